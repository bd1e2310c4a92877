// Compare chart implementation, drawn with ImDrawList like the inside view's strip chart and with
// its plot kit (styled lines, grid). The right edge is the latest moment any room has reached; the
// separations are marked per room as a band in the room's colour under the plot, because after a
// curtailed separation the rooms' episodes no longer line up.
#include "app/panel/compare_chart.h"

#include <algorithm>
#include <cmath>
#include <imgui.h>
#include <vector>

#include "app/panel/em.h"
#include "app/panel/inside_colours.h"
#include "app/panel/plot_kit.h"

namespace sb::app {

namespace {

constexpr float kAxisMargin = 30.0f;  // design px left of the plot for the value labels
constexpr float kBandH = 6.0f;        // design px of each room's "caregiver out" band

ImU32 Colour(int room, int alpha = 255) {
    const RoomColour c = CompareColour(room);
    return IM_COL32(c.r, c.g, c.b, alpha);
}

struct Frame {
    ImVec2 a, b;
    double t0 = 0.0;
    double span = 1.0;
    float X(double t) const { return a.x + static_cast<float>((t - t0) / span) * (b.x - a.x); }
    float Y(double v) const { return b.y - static_cast<float>(std::clamp(v, 0.0, 1.0)) * (b.y - a.y); }
};

// About a point every two pixels: a smooth line at a quarter of the vertices of one per step.
template <typename Value>
std::vector<ImVec2> Points(const HiddenHistory& h, const Frame& f, Value value) {
    std::vector<ImVec2> pts;
    if (h.Empty()) return pts;
    const float wanted = std::max(1.0f, (f.b.x - f.a.x) / Em(2.0f));
    const std::size_t stride = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(h.Size() / wanted)));
    pts.reserve(h.Size() / stride + 2);
    for (std::size_t i = 0; i < h.Size(); i += stride)
        if (h.At(i).t >= f.t0) pts.emplace_back(f.X(h.At(i).t), f.Y(value(h.At(i))));
    if ((h.Size() - 1) % stride != 0) pts.emplace_back(f.X(h.Latest().t), f.Y(value(h.Latest())));
    return pts;
}

// The stretches of `h` with the caregiver out of the room, as a band at height y.
void SeparationBand(ImDrawList* dl, const HiddenHistory& h, const Frame& f, float y, ImU32 colour) {
    std::size_t i = 0;
    while (i < h.Size()) {
        if (h.At(i).caregiver_present) { ++i; continue; }
        const std::size_t start = i;
        while (i < h.Size() && !h.At(i).caregiver_present) ++i;
        const float x0 = std::max(f.a.x, f.X(h.At(start).t));
        const float x1 = std::min(f.b.x, f.X(h.At(i - 1).t));
        if (x1 > x0) dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + Em(kBandH)), colour);
    }
}

}  // namespace

void CompareChart(const CompareSession& session, float height) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const int n = session.Count();
    const float bands_h = Em(4.0f) + n * Em(kBandH + 2.0f);
    // The key to the bands goes between the two ends of the time axis when it fits there, else (a
    // narrow panel at a projector's size, or zoomed in) on a line of its own under them.
    const char* left = "\u2190 2 min ago";
    const char* mid = "bands: caregiver out";
    const char* right = "now";
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float plot_w = width - Em(kAxisMargin);
    const bool mid_fits = ImGui::CalcTextSize(mid).x + 2.0f * (std::max(ImGui::CalcTextSize(left).x, ImGui::CalcTextSize(right).x) + gap) <= plot_w;
    const float labels_h = ImGui::GetTextLineHeight() * (mid_fits ? 1.0f : 2.0f) + Em(2.0f);
    ImGui::Dummy(ImVec2(width, Em(height) + bands_h + labels_h));
    if (!ImGui::IsItemVisible()) return;

    Frame f;
    f.a = ImVec2(origin.x + Em(kAxisMargin), origin.y);
    f.b = ImVec2(origin.x + width, origin.y + Em(height));
    f.span = kHiddenWindow_s;
    double latest = 0.0;
    for (int i = 0; i < n; ++i)
        if (!session.Run(i).Hidden().Empty()) latest = std::max(latest, session.Run(i).Hidden().Latest().t);
    f.t0 = latest - f.span;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(f.a, f.b, inside_colours::kChartBg, Em(3.0f));
    DrawValueGrid(dl, f.a, f.b, Em(kAxisMargin), 0.0, 1.0, {0.0, 0.5, 1.0}, {"0", ".5", "1"});
    dl->PushClipRect(ImVec2(f.a.x, f.a.y - Em(4.0f)), ImVec2(f.b.x + Em(4.0f), f.b.y + Em(4.0f)), true);
    // Crying first and arousal on top: the felt line is the one the comparison is about.
    for (int i = n; i-- > 0;) {
        const HiddenHistory& h = session.Run(i).Hidden();
        const LineLook shown{"", Colour(i), LineStyle::Dashed, 2.5f};
        DrawStyledPolyline(dl, Points(h, f, [](const HiddenSample& s) { return s.inner.expressed; }), shown);
    }
    for (int i = n; i-- > 0;) {
        const HiddenHistory& h = session.Run(i).Hidden();
        const LineLook felt{"", Colour(i), LineStyle::Solid, 3.5f};
        const std::vector<ImVec2> pts = Points(h, f, [](const HiddenSample& s) { return s.inner.arousal; });
        DrawStyledPolyline(dl, pts, felt);
        if (!pts.empty()) dl->AddCircleFilled(pts.back(), Em(5.0f), felt.colour);
    }
    dl->PopClipRect();

    // "Caregiver out" per room, under the plot.
    float y = f.b.y + Em(4.0f);
    for (int i = 0; i < n; ++i, y += Em(kBandH + 2.0f)) {
        dl->AddRectFilled(ImVec2(f.a.x, y), ImVec2(f.b.x, y + Em(kBandH)), inside_colours::kTrack);
        SeparationBand(dl, session.Run(i).Hidden(), f, y, Colour(i));
    }
    dl->AddText(ImVec2(f.a.x, y), inside_colours::kMutedText, left);
    dl->AddText(ImVec2(f.b.x - ImGui::CalcTextSize(right).x, y), inside_colours::kMutedText, right);
    if (mid_fits) dl->AddText(ImVec2((f.a.x + f.b.x - ImGui::CalcTextSize(mid).x) * 0.5f, y), inside_colours::kMutedText, mid);
    else dl->AddText(ImVec2(f.a.x, y + ImGui::GetTextLineHeight()), inside_colours::kMutedText, mid);
}

}  // namespace sb::app
