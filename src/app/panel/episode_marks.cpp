// Episode marks implementation, drawn with ImDrawList at the panel's scale (Em).
#include "app/panel/episode_marks.h"

#include <algorithm>

#include "app/panel/em.h"

namespace sb::app {

namespace {

constexpr ImU32 kOutline = IM_COL32(20, 20, 24, 255);

void Diagonals(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour, float spacing, float width, bool rising) {
    dl->PushClipRect(a, b, true);
    const float h = b.y - a.y;
    for (float x = a.x - h; x < b.x; x += spacing) {
        if (rising) dl->AddLine({x, b.y}, {x + h, a.y}, colour, width);
        else dl->AddLine({x, a.y}, {x + h, b.y}, colour, width);
    }
    dl->PopClipRect();
}

void IconItem(void (*icon)(ImDrawList*, ImVec2, float)) {
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    icon(ImGui::GetWindowDrawList(), ImVec2(p.x + h * 0.5f, p.y + h * 0.5f), h * 0.8f);
    ImGui::Dummy(ImVec2(h, h));
}

}  // namespace

void HatchCurtailed(ImDrawList* dl, ImVec2 a, ImVec2 b) {
    const ImU32 c = ToImU32(kCurtailedMark, 235);
    Diagonals(dl, a, b, c, Em(9.0f), Em(2.5f), true);
    Diagonals(dl, a, b, c, Em(9.0f), Em(2.5f), false);
}

void HatchExtended(ImDrawList* dl, ImVec2 a, ImVec2 b) {
    Diagonals(dl, a, b, ToImU32(kExtendedMark, 225), Em(7.0f), Em(2.5f), true);
}

void CurtailedIcon(ImDrawList* dl, ImVec2 centre, float size) {
    const float r = size * 0.42f;
    const float o = std::max(1.0f, size * 0.08f);
    dl->AddRectFilled(ImVec2(centre.x - r - o, centre.y - r - o), ImVec2(centre.x + r + o, centre.y + r + o), kOutline, o);
    dl->AddRectFilled(ImVec2(centre.x - r, centre.y - r), ImVec2(centre.x + r, centre.y + r), ToImU32(kCurtailedMark), o * 0.5f);
}

void ExtendedIcon(ImDrawList* dl, ImVec2 centre, float size) {
    const float r = size * 0.5f;
    const float t = size * 0.16f;  // half the bar's thickness
    const float o = std::max(1.0f, size * 0.08f);
    dl->AddRectFilled(ImVec2(centre.x - r - o, centre.y - t - o), ImVec2(centre.x + r + o, centre.y + t + o), kOutline);
    dl->AddRectFilled(ImVec2(centre.x - t - o, centre.y - r - o), ImVec2(centre.x + t + o, centre.y + r + o), kOutline);
    const ImU32 c = ToImU32(kExtendedMark);
    dl->AddRectFilled(ImVec2(centre.x - r, centre.y - t), ImVec2(centre.x + r, centre.y + t), c);
    dl->AddRectFilled(ImVec2(centre.x - t, centre.y - r), ImVec2(centre.x + t, centre.y + r), c);
}

void CurtailedIconItem() { IconItem(&CurtailedIcon); }
void ExtendedIconItem() { IconItem(&ExtendedIcon); }

}  // namespace sb::app
