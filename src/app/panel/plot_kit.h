// Plot kit: the few pieces every line chart of the panel needs and ImGui lacks — lines drawn
// solid, dashed or dotted (so series differ by more than colour), and a legend that shows each
// line in its own style.
#pragma once

#include <imgui.h>
#include <vector>

namespace sb::app {

enum class LineStyle { Solid, Dashed, Dotted };

// A series' look; widths are at the design size and scale with the panel font.
struct LineLook {
    const char* label = "";
    ImU32 colour = IM_COL32_WHITE;
    LineStyle style = LineStyle::Solid;
    float width = 2.5f;
};

// Draws a polyline through `points` (screen px) in the look's style.
void DrawStyledPolyline(ImDrawList* dl, const std::vector<ImVec2>& points, const LineLook& look);

// A row of legend entries — a short sample of each line, then its label — wrapping to a new line
// when the panel is too narrow. Advances the ImGui cursor.
void Legend(const std::vector<LineLook>& looks);

// Horizontal grid lines with their values in a left margin of `margin` px; `lo`..`hi` maps to the
// bottom..top of the box.
void DrawValueGrid(ImDrawList* dl, ImVec2 a, ImVec2 b, float margin, double lo, double hi,
                   const std::vector<double>& at, const std::vector<const char*>& labels);

}  // namespace sb::app
