// Cortisol chart implementation, drawn with ImDrawList like the strip charts but on a fixed time
// axis from the start of the procedure to past the post sample: the lag is the lesson, so the
// whole course stays in view instead of scrolling.
#include "app/panel/cortisol_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <imgui.h>
#include <string>
#include <vector>

#include "app/panel/em.h"
#include "app/panel/inside_colours.h"
#include "app/panel/plot_kit.h"
#include "app/run/describe.h"

namespace sb::app {

namespace {

constexpr double kDriveTop = kCortisolChartDriveTop;

constexpr float kAxisMargin = 40.0f;  // design px left of the plot for "1.25"

struct Frame {
    ImVec2 a, b;
    double span = 1.0;  // s from the start of the procedure to the right edge
    double top = 1.5;   // cortisol (x baseline) at the top edge; the bottom is the baseline, 1

    float X(double t) const { return a.x + static_cast<float>(std::clamp(t / span, 0.0, 1.0)) * (b.x - a.x); }
    float Y(double cortisol) const {
        return b.y - static_cast<float>(std::clamp((cortisol - 1.0) / (top - 1.0), 0.0, 1.0)) * (b.y - a.y);
    }
    // The drive has its own scale, 0..kDriveTop over the full height, drawn as a faint fill behind:
    // a secure infant's drive is small, and it should still show.
    float YDrive(double drive) const { return b.y - static_cast<float>(std::clamp(drive / kDriveTop, 0.0, 1.0)) * (b.y - a.y); }
};

// The top of the cortisol scale: the next half above the highest value, at least 1.5x.
double ScaleTop(const std::vector<CortisolPoint>& pts) {
    double hi = 1.0;
    for (const CortisolPoint& p : pts) hi = std::max(hi, p.cortisol);
    return std::max(1.5, 1.0 + 0.5 * std::ceil((hi - 1.0) / 0.5 + 1e-9));
}

void ShadeAbsences(ImDrawList* dl, const std::vector<CortisolPoint>& pts, const Frame& f) {
    std::size_t i = 0;
    while (i < pts.size()) {
        if (pts[i].caregiver_present) { ++i; continue; }
        const std::size_t start = i;
        while (i < pts.size() && !pts[i].caregiver_present) ++i;
        const double to = i < pts.size() ? pts[i].t : pts[i - 1].t;
        dl->AddRectFilled(ImVec2(f.X(pts[start].t), f.a.y), ImVec2(f.X(to), f.b.y), inside_colours::kSeparation);
    }
}

void DriveFill(ImDrawList* dl, const std::vector<CortisolPoint>& pts, const Frame& f) {
    const ImDrawListFlags saved = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (std::size_t i = 1; i < pts.size(); ++i) {
        const float x0 = f.X(pts[i - 1].t), x1 = f.X(pts[i].t);
        dl->AddQuadFilled(ImVec2(x0, f.YDrive(pts[i - 1].drive)), ImVec2(x1, f.YDrive(pts[i].drive)), ImVec2(x1, f.b.y),
                          ImVec2(x0, f.b.y), inside_colours::kHpaDriveFill);
    }
    dl->Flags = saved;
}

// A labelled vertical marker; the label sits at the top or the bottom, left of the line if it
// would overflow. Two markers a few minutes apart keep their labels apart by using both ends.
void Marker(ImDrawList* dl, const Frame& f, double t, const char* label, ImU32 colour, bool dashed, bool top) {
    const float x = f.X(t);
    if (dashed) {
        for (float y = f.a.y; y < f.b.y; y += Em(10.0f))
            dl->AddLine(ImVec2(x, y), ImVec2(x, std::min(f.b.y, y + Em(6.0f))), colour, Em(2.0f));
    } else {
        dl->AddLine(ImVec2(x, f.a.y), ImVec2(x, f.b.y), colour, Em(2.0f));
    }
    const ImVec2 size = ImGui::CalcTextSize(label);
    const float lx = x + Em(4.0f) + size.x > f.b.x ? x - Em(4.0f) - size.x : x + Em(4.0f);
    const ImVec2 at(lx, top ? f.a.y + Em(2.0f) : f.b.y - Em(2.0f) - size.y);
    dl->AddRectFilled(ImVec2(at.x - Em(2.0f), at.y), ImVec2(at.x + size.x + Em(2.0f), at.y + size.y), IM_COL32(15, 16, 20, 200),
                      Em(2.0f));
    dl->AddText(at, colour, label);
}

void MinuteLabels(ImDrawList* dl, const Frame& f) {
    const float y = f.b.y + Em(2.0f);
    for (int minute = 0; minute * 60.0 <= f.span + 1e-6; minute += 5) {
        char text[16];
        std::snprintf(text, sizeof text, minute == 0 ? "0 min" : "%d", minute);
        const float x = f.X(minute * 60.0);
        const ImVec2 size = ImGui::CalcTextSize(text);
        const float lx = std::clamp(x - size.x * 0.5f, f.a.x, f.b.x - size.x);
        dl->AddLine(ImVec2(x, f.b.y), ImVec2(x, f.b.y + Em(3.0f)), inside_colours::kMutedText, 1.0f);
        dl->AddText(ImVec2(lx, y), inside_colours::kMutedText, text);
    }
}

void HoverReadout(ImDrawList* dl, const std::vector<CortisolPoint>& pts, const Frame& f) {
    const float mx = ImGui::GetIO().MousePos.x;
    const double t = (mx - f.a.x) / (f.b.x - f.a.x) * f.span;
    if (pts.empty() || t < pts.front().t || t > pts.back().t) return;
    const auto near = std::min_element(pts.begin(), pts.end(), [&](const CortisolPoint& p, const CortisolPoint& q) {
        return std::fabs(p.t - t) < std::fabs(q.t - t);
    });
    dl->AddLine(ImVec2(mx, f.a.y), ImVec2(mx, f.b.y), IM_COL32(255, 255, 255, 120), 1.0f);
    ImGui::BeginTooltip();
    ImGui::Text("%s%s", FormatMoment(near->t).c_str(), near->after_procedure ? ", after the procedure (projected)" : "");
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(inside_colours::kCortisol), "cortisol");
    ImGui::SameLine();
    ImGui::Text("%.2f x baseline", near->cortisol);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(inside_colours::kHpaDrive), "HPA drive");
    ImGui::SameLine();
    ImGui::Text("%.2f", near->drive);
    ImGui::EndTooltip();
}

}  // namespace

void CortisolSampleLine(const CortisolCourse& course) {
    const std::string at = FormatMoment(course.SampleTime_s());
    if (course.Sampled()) {
        ImGui::Text("Saliva sample at %s: %.2f \u00d7 baseline", at.c_str(), course.Ratio());
    } else {
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(inside_colours::kMutedText),
                           "Saliva sample at %s: not taken yet (baseline sample at 0:00)", at.c_str());
    }
}

void CortisolChart(const CortisolCourse& course, const char* id, float height) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float labels_h = ImGui::GetTextLineHeight() + Em(4.0f);
    ImGui::InvisibleButton(id, ImVec2(width, Em(height) + labels_h));
    const bool hovered = ImGui::IsItemHovered();
    const std::vector<CortisolPoint>& pts = course.Points();
    if (pts.empty() || !ImGui::IsItemVisible()) return;

    Frame f;
    f.a = ImVec2(origin.x + Em(kAxisMargin), origin.y);
    f.b = ImVec2(origin.x + width, origin.y + Em(height));
    f.span = course.Horizon_s();
    f.top = ScaleTop(pts);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(f.a, f.b, inside_colours::kChartBg, Em(3.0f));
    dl->PushClipRect(f.a, f.b, true);
    ShadeAbsences(dl, pts, f);
    DriveFill(dl, pts, f);
    dl->PopClipRect();

    char mid[16], top[16];
    // The baseline is labelled as such ("1x"); the legend gives the unit of the others.
    std::snprintf(mid, sizeof mid, "%g", (1.0 + f.top) * 0.5);
    std::snprintf(top, sizeof top, "%g", f.top);
    DrawValueGrid(dl, f.a, f.b, Em(kAxisMargin), 1.0, f.top, {1.0, (1.0 + f.top) * 0.5, f.top}, {"1\u00d7", mid, top});

    // The course: solid while the procedure runs, dashed for the wait after it (projected).
    std::vector<ImVec2> during, after;
    for (const CortisolPoint& p : pts) {
        const ImVec2 q(f.X(p.t), f.Y(p.cortisol));
        if (!p.after_procedure) during.push_back(q);
        else {
            if (after.empty() && !during.empty()) after.push_back(during.back());
            after.push_back(q);
        }
    }
    dl->PushClipRect(ImVec2(f.a.x, f.a.y - Em(4.0f)), ImVec2(f.b.x + Em(4.0f), f.b.y + Em(4.0f)), true);
    DrawStyledPolyline(dl, during, {"", inside_colours::kCortisol, LineStyle::Solid, 3.5f});
    DrawStyledPolyline(dl, after, {"", inside_colours::kCortisol, LineStyle::Dashed, 3.0f});
    if (course.End_s() < 0.0 && !during.empty()) dl->AddCircleFilled(during.back(), Em(5.5f), inside_colours::kCortisol);
    dl->PopClipRect();

    dl->PushClipRect(f.a, f.b, true);
    if (course.End_s() >= 0.0) Marker(dl, f, course.End_s(), "end", inside_colours::kMutedText, false, false);
    char sample[48];
    if (course.Sampled()) std::snprintf(sample, sizeof sample, "sample %.2f\u00d7", course.Ratio());
    else std::snprintf(sample, sizeof sample, "sample %s", FormatMoment(course.SampleTime_s()).c_str());
    Marker(dl, f, course.SampleTime_s(), sample, IM_COL32_WHITE, true, true);
    if (course.Sampled()) dl->AddCircleFilled(ImVec2(f.X(course.SampleTime_s()), f.Y(course.Ratio())), Em(5.5f), IM_COL32_WHITE);
    dl->PopClipRect();
    MinuteLabels(dl, f);
    if (hovered) HoverReadout(dl, pts, f);
}

}  // namespace sb::app
