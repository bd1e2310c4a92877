// The marks of a curtailed and an extended episode, shared by the timeline and the scorecard:
// Okabe-Ito colours (run/okabe_ito.h) and different shapes — a cross-hatch and a square "stop"
// for curtailed, a one-way hatch and a "+" for extended — so they differ without colour, and
// neither is a letter that could be read as an attachment group.
#pragma once

#include <imgui.h>

#include "app/run/okabe_ito.h"

namespace sb::app {

inline constexpr ImU32 ToImU32(Rgb c, int alpha = 255) { return IM_COL32(c.r, c.g, c.b, alpha); }

// Hatching over the rectangle a..b: curtailed crosses both ways, extended runs one way.
void HatchCurtailed(ImDrawList* dl, ImVec2 a, ImVec2 b);
void HatchExtended(ImDrawList* dl, ImVec2 a, ImVec2 b);

// The icons, `size` px across, centred on `centre`, with a dark outline that reads on any fill.
void CurtailedIcon(ImDrawList* dl, ImVec2 centre, float size);
void ExtendedIcon(ImDrawList* dl, ImVec2 centre, float size);

// An icon as an inline item at the cursor, one text line high (for legends and tooltips).
void CurtailedIconItem();
void ExtendedIconItem();

}  // namespace sb::app
