// Strip chart implementation, drawn with ImDrawList. The x axis is simulated time ending at the
// latest sample, so paused, stepping and fast-forwarded runs all show the same picture of the same
// moment.
#include "app/panel/strip_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <imgui.h>
#include <string>
#include <utility>
#include <vector>

#include "app/panel/em.h"
#include "app/panel/inside_colours.h"
#include "app/run/episode_wording.h"

namespace sb::app {

namespace {

constexpr float kAxisMargin = 30.0f;  // design px left of the plot for the value labels

struct Frame {
    ImVec2 a, b;       // plot box, top-left and bottom-right
    double t0 = 0.0;   // simulated time at the left edge
    double span = 1.0; // s across the box

    float X(double t) const { return a.x + static_cast<float>((t - t0) / span) * (b.x - a.x); }
    float Y(double v) const { return b.y - static_cast<float>(std::clamp(v, 0.0, 1.0)) * (b.y - a.y); }
};

// Calls `band(from_t, to_t)` for each stretch of samples for which `on` holds.
template <typename Pred, typename Band>
void ForEachRun(const HiddenHistory& h, Pred on, Band band) {
    std::size_t i = 0;
    while (i < h.Size()) {
        if (!on(h.At(i))) { ++i; continue; }
        const std::size_t start = i;
        while (i < h.Size() && on(h.At(i))) ++i;
        band(h.At(start).t, h.At(i - 1).t);
    }
}

void ShadeSeparations(ImDrawList* dl, const HiddenHistory& h, const Frame& f) {
    ForEachRun(h, [](const HiddenSample& s) { return !s.caregiver_present; }, [&](double from, double to) {
        const float x0 = std::max(f.a.x, f.X(from));
        const float x1 = std::min(f.b.x, f.X(to));
        dl->AddRectFilled(ImVec2(x0, f.a.y), ImVec2(x1, f.b.y), inside_colours::kSeparation);
        const char* note = "caregiver out";
        const ImVec2 size = ImGui::CalcTextSize(note);
        // Named at the top right of the band: the episode number has the top left.
        if (x1 - x0 > size.x + Em(56.0f))
            dl->AddText(ImVec2(x1 - size.x - Em(5.0f), f.a.y + Em(2.0f)), IM_COL32(190, 180, 255, 230), note);
    });
}

void MarkLapses(ImDrawList* dl, const HiddenHistory& h, const Frame& f) {
    ForEachRun(h, [](const HiddenSample& s) { return s.inner.lapse; }, [&](double from, double to) {
        const float x0 = std::max(f.a.x, f.X(from));
        const float x1 = std::max(x0 + Em(3.0f), std::min(f.b.x, f.X(to)));
        dl->AddRectFilled(ImVec2(x0, f.a.y), ImVec2(x1, f.a.y + Em(7.0f)), inside_colours::kLapse);
    });
}

// A line where each episode begins, with its short name; the episode already running at the left
// edge is named there too, so every stretch of the plot says which episode it is. A name is cut
// off at the next episode's line rather than written over it: a curtailed separation can be short.
void MarkEpisodes(ImDrawList* dl, const HiddenHistory& h, const ProtocolRoles& roles, const Frame& f) {
    auto label = [&](float x, float until, int episode) {
        const std::string text = roles.ShortName(episode);
        const ImVec2 at(x + Em(4.0f), f.a.y + Em(9.0f));
        dl->PushClipRect(ImVec2(x, f.a.y), ImVec2(std::max(x, until - Em(3.0f)), f.b.y), true);
        dl->AddText(ImVec2(at.x + 1.0f, at.y + 1.0f), IM_COL32(0, 0, 0, 220), text.c_str());
        dl->AddText(at, IM_COL32_WHITE, text.c_str());
        dl->PopClipRect();
    };
    std::vector<std::pair<float, int>> starts;  // where each episode begins on the plot, and which
    for (std::size_t i = 1; i < h.Size(); ++i) {
        if (h.At(i).episode == h.At(i - 1).episode) continue;
        const float x = f.X(h.At(i).t);
        starts.emplace_back(x, h.At(i).episode);
        dl->AddLine(ImVec2(x, f.a.y), ImVec2(x, f.b.y), inside_colours::kEpisodeLine, Em(2.0f));
    }
    for (std::size_t k = 0; k < starts.size(); ++k)
        label(starts[k].first, k + 1 < starts.size() ? starts[k + 1].first : f.b.x, starts[k].second);
    const float left = f.X(h.At(0).t);
    const float first_line = starts.empty() ? f.b.x : starts.front().first;
    const std::string running = roles.ShortName(h.At(0).episode);
    if (first_line - left > ImGui::CalcTextSize(running.c_str()).x + Em(10.0f)) label(left, first_line, h.At(0).episode);
}

std::vector<ImVec2> SeriesPoints(const HiddenHistory& h, const ChartSeries& s, const Frame& f) {
    // A point every two pixels or so: the lines are smooth (the state relaxes, it does not jump
    // about), and every point costs triangles on a software renderer.
    const float points = std::max(1.0f, (f.b.x - f.a.x) / Em(2.0f));
    const std::size_t stride = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(h.Size() / points)));
    std::vector<ImVec2> pts;
    pts.reserve(h.Size() / stride + 2);
    for (std::size_t i = 0; i < h.Size(); i += stride) pts.emplace_back(f.X(h.At(i).t), f.Y(s.value(h.At(i))));
    const HiddenSample& last = h.Latest();
    if ((h.Size() - 1) % stride != 0) pts.emplace_back(f.X(last.t), f.Y(s.value(last)));
    return pts;
}

// The tint under a line, as one strip of quads without anti-aliased edges: the line on top gives
// the edge, and unfringed quads are a quarter of the triangles.
void FillUnder(ImDrawList* dl, const std::vector<ImVec2>& pts, float base, ImU32 colour) {
    const ImDrawListFlags saved = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (std::size_t i = 1; i < pts.size(); ++i)
        dl->AddQuadFilled(pts[i - 1], pts[i], ImVec2(pts[i].x, base), ImVec2(pts[i - 1].x, base), colour);
    dl->Flags = saved;
}

// While the pointer is over the chart: a cursor line and the values at that moment.
void HoverReadout(ImDrawList* dl, const HiddenHistory& h, const ProtocolRoles& roles,
                  const std::vector<ChartSeries>& series, const Frame& f) {
    const float mx = ImGui::GetIO().MousePos.x;
    const double t = f.t0 + (mx - f.a.x) / (f.b.x - f.a.x) * f.span;
    if (t < h.At(0).t || t > h.Latest().t) return;
    // Samples are one step apart, so the nearest is found by arithmetic.
    const double step = h.Size() > 1 ? (h.Latest().t - h.At(0).t) / static_cast<double>(h.Size() - 1) : 1.0;
    const auto i = static_cast<std::size_t>(std::clamp(std::lround((t - h.At(0).t) / std::max(step, 1e-9)), 0L,
                                                       static_cast<long>(h.Size() - 1)));
    const HiddenSample& s = h.At(i);
    dl->AddLine(ImVec2(mx, f.a.y), ImVec2(mx, f.b.y), IM_COL32(255, 255, 255, 120), 1.0f);
    ImGui::BeginTooltip();
    ImGui::Text("%s%s", MomentIn(roles, s.t, s.episode).c_str(), s.caregiver_present ? "" : " (caregiver out)");
    for (const ChartSeries& c : series) {
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(c.look.colour), "%s", c.look.label);
        ImGui::SameLine();
        ImGui::Text("%.2f", c.value(s));
    }
    if (s.inner.lapse) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(inside_colours::kLapse), "disorganized lapse");
    ImGui::EndTooltip();
}

void MarkGap(ImDrawList* dl, const HiddenHistory& h, const std::vector<ChartSeries>& series, const StripChartDef& def,
             const Frame& f) {
    const int n = static_cast<int>(series.size());
    if (def.gap_from < 0 || def.gap_to < 0 || def.gap_from >= n || def.gap_to >= n) return;
    const double hi = series[def.gap_from].value(h.Latest());
    const double lo = series[def.gap_to].value(h.Latest());
    if (hi - lo < def.gap_min) return;
    const float x = f.b.x - Em(16.0f);
    const float y0 = f.Y(hi) + Em(7.0f);
    const float y1 = f.Y(lo) - Em(5.0f);
    const ImU32 ink = IM_COL32_WHITE;
    const float w = Em(2.0f);
    const float head = Em(5.0f);
    dl->AddLine(ImVec2(x, y0), ImVec2(x, y1), ink, w);
    dl->AddTriangleFilled(ImVec2(x, y0 - head * 0.4f), ImVec2(x - head, y0 + head), ImVec2(x + head, y0 + head), ink);
    dl->AddTriangleFilled(ImVec2(x, y1 + head * 0.4f), ImVec2(x - head, y1 - head), ImVec2(x + head, y1 - head), ink);
    // The label goes between the two lines, so only when there is room for it there.
    const ImVec2 size = ImGui::CalcTextSize(def.gap_label);
    if (y1 - y0 < size.y + Em(14.0f)) return;
    const ImVec2 at(x - Em(8.0f) - size.x, (y0 + y1 - size.y) * 0.5f);
    const float pad = Em(3.0f);
    dl->AddRectFilled(ImVec2(at.x - pad, at.y - pad), ImVec2(at.x + size.x + pad, at.y + size.y + pad),
                      IM_COL32(15, 16, 20, 220), Em(3.0f));
    dl->AddText(at, ink, def.gap_label);
}

void TimeLabels(ImDrawList* dl, const Frame& f, double window_s) {
    char left[32];
    std::snprintf(left, sizeof left, "\u2190 %g min ago", window_s / 60.0);
    const char* right = "now";
    const float y = f.b.y + Em(2.0f);
    dl->AddText(ImVec2(f.a.x, y), inside_colours::kMutedText, left);
    dl->AddText(ImVec2(f.b.x - ImGui::CalcTextSize(right).x, y), inside_colours::kMutedText, right);
}

}  // namespace

void StripChart(const HiddenHistory& history, const ProtocolRoles& roles, const std::vector<ChartSeries>& series,
                const StripChartDef& def) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float labels_h = def.time_labels ? ImGui::GetTextLineHeight() + Em(2.0f) : 0.0f;
    ImGui::InvisibleButton(def.id, ImVec2(width, Em(def.height) + labels_h));
    const bool hovered = ImGui::IsItemHovered();
    // Scrolled out of sight: nothing to draw (a chart is a few thousand vertices).
    if (history.Empty() || !ImGui::IsItemVisible()) return;

    Frame f;
    f.a = ImVec2(origin.x + Em(kAxisMargin), origin.y);
    f.b = ImVec2(origin.x + width, origin.y + Em(def.height));
    f.span = history.Window_s();
    f.t0 = history.Latest().t - f.span;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(f.a, f.b, inside_colours::kChartBg, Em(3.0f));
    dl->PushClipRect(f.a, f.b, true);
    ShadeSeparations(dl, history, f);
    dl->PopClipRect();
    DrawValueGrid(dl, f.a, f.b, Em(kAxisMargin), 0.0, 1.0, {0.0, 0.5, 1.0}, {"0", ".5", "1"});

    // Fills first, then the lines from last to first, so the first series (the one the chart is
    // about) is on top of every tint and every other line.
    dl->PushClipRect(ImVec2(f.a.x, f.a.y - Em(4.0f)), ImVec2(f.b.x + Em(4.0f), f.b.y + Em(4.0f)), true);
    std::vector<std::vector<ImVec2>> lines;
    for (const ChartSeries& s : series) lines.push_back(SeriesPoints(history, s, f));
    for (std::size_t i = 0; i < series.size(); ++i)
        if (series[i].fill_under) FillUnder(dl, lines[i], f.b.y, series[i].fill_under);
    for (std::size_t i = series.size(); i-- > 0;) {
        DrawStyledPolyline(dl, lines[i], series[i].look);
        // A dot at "now" ties the line to its gauge's current value.
        if (!lines[i].empty()) dl->AddCircleFilled(lines[i].back(), Em(series[i].look.width * 1.6f), series[i].look.colour);
    }
    dl->PopClipRect();
    dl->PushClipRect(f.a, f.b, true);
    MarkEpisodes(dl, history, roles, f);
    if (def.mark_lapses) MarkLapses(dl, history, f);
    MarkGap(dl, history, series, def, f);
    dl->PopClipRect();
    if (def.time_labels) TimeLabels(dl, f, history.Window_s());
    if (hovered) HoverReadout(dl, history, roles, series, f);
}

}  // namespace sb::app
