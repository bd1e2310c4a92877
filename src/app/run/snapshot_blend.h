// Drawing between two simulation steps: positions and headings blended, everything else as of the
// latest step.
#pragma once

#include "world/visible.h"

namespace sb::app {

// An agent that moved further than this in one step was placed, not walked (e.g. an adult coming
// in from outside to the doorway): drawing it in between would show a slide through the wall.
inline constexpr double kTeleportJump_m = 0.5;

// The snapshot `alpha` of the way from `prev` to `now` (0 = prev, 1 = now).
Snapshot BlendSnapshots(const Snapshot& prev, const Snapshot& now, double alpha);

}  // namespace sb::app
