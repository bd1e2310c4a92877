// Compare chart: every room's felt arousal and shown crying over the last two minutes, overlaid on
// one time axis — one colour per room, arousal solid and crying dashed — so a room where the solid
// line is high and the dashed one flat (stressed, not showing it) stands out beside the others.
#pragma once

#include "app/run/compare_session.h"

namespace sb::app {

// Draws the chart at the cursor across the available width, `height` px tall at the design size,
// and advances the cursor past it.
void CompareChart(const CompareSession& session, float height);

}  // namespace sb::app
