// Meter bars, drawn with ImDrawList so they can be thin, exact and labelled in place. The number is
// printed with a shadow so it reads on the filled and the empty part alike.
#include "app/panel/meter_bar.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/panel/em.h"
#include "app/panel/inside_colours.h"

namespace sb::app {

namespace {

// Reserves a row — the label, then the bar's box across the rest of the line — and returns the box.
// Rows are only a text line high, so eight gauges fit beside the working model.
void BeginRow(const char* label, float label_w, const char* tooltip, ImVec2& a, ImVec2& b) {
    const ImVec2 row = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = ImGui::GetTextLineHeight() + Em(3.0f);
    ImGui::Dummy(ImVec2(w, h));
    if (tooltip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText(ImVec2(row.x, row.y + (h - ImGui::GetTextLineHeight()) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text), label);
    a = ImVec2(row.x + label_w, row.y + Em(1.0f));
    b = ImVec2(row.x + w, row.y + h - Em(1.0f));
}

bool IsLight(ImU32 colour) {
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
    return 0.299f * c.x + 0.587f * c.y + 0.114f * c.z > 0.6f;
}

// The number, in ink that reads on whatever is under it: dark on a light fill that reaches it,
// white with a shadow on dark fills and on the empty track.
void Number(ImDrawList* dl, ImVec2 a, ImVec2 b, const char* text, float fill_to, ImU32 fill, float x_centre = -1.0f) {
    const ImVec2 size = ImGui::CalcTextSize(text);
    const float x = x_centre >= 0.0f ? x_centre - size.x * 0.5f : b.x - size.x - Em(6.0f);
    const ImVec2 at(x, (a.y + b.y - size.y) * 0.5f);
    if (fill_to > x + size.x * 0.5f && IsLight(fill)) {
        dl->AddText(at, IM_COL32(20, 20, 24, 255), text);
        return;
    }
    dl->AddText(ImVec2(at.x + 1.0f, at.y + 1.0f), IM_COL32(0, 0, 0, 230), text);
    dl->AddText(at, IM_COL32_WHITE, text);
}

}  // namespace

void MeterRowText(const char* label, float label_w, double fill, const char* text, ImU32 colour, const char* tooltip) {
    ImVec2 a, b;
    BeginRow(label, label_w, tooltip, a, b);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float k = static_cast<float>(std::clamp(fill, 0.0, 1.0));
    const float fill_to = a.x + (b.x - a.x) * k;
    dl->AddRectFilled(a, b, inside_colours::kTrack, Em(3.0f));
    if (k > 0.0f) dl->AddRectFilled(a, ImVec2(fill_to, b.y), colour, Em(3.0f));
    Number(dl, a, b, text, fill_to, colour);
}

void MeterRow(const char* label, float label_w, double value, ImU32 colour, const char* tooltip) {
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", value);
    MeterRowText(label, label_w, value, text, colour, tooltip);
}

void CentredMeterRow(const char* label, float label_w, double value, ImU32 colour, const char* tooltip) {
    ImVec2 a, b;
    BeginRow(label, label_w, tooltip, a, b);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float k = static_cast<float>(std::clamp(value, -1.0, 1.0));
    const float mid = (a.x + b.x) * 0.5f;
    const float to = mid + (b.x - a.x) * 0.5f * k;
    dl->AddRectFilled(a, b, inside_colours::kTrack, Em(3.0f));
    dl->AddRectFilled(ImVec2(std::min(mid, to), a.y), ImVec2(std::max(mid, to), b.y), colour, Em(2.0f));
    dl->AddLine(ImVec2(mid, a.y - Em(3.0f)), ImVec2(mid, b.y + Em(3.0f)), IM_COL32_WHITE, Em(2.0f));
    char text[16];
    // Rounded first, so a strategy of -0.001 reads "+0.00", not "-0.00".
    std::snprintf(text, sizeof text, "%+.2f", std::abs(value) < 0.005 ? 0.0 : value);
    // The number sits in the half the bar does not fill, so the fill never hides it.
    Number(dl, a, b, text, a.x, colour, k < 0.0f ? (mid + b.x) * 0.5f : (a.x + mid) * 0.5f);
}

}  // namespace sb::app
