// Working model view implementation. The month chart shares its look with the strip charts
// (plot_kit), so the same quantity never changes colour or line style between views.
#include "app/panel/working_model_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <imgui.h>
#include <string>
#include <vector>

#include "app/panel/em.h"
#include "app/panel/inside_colours.h"
#include "app/panel/meter_bar.h"
#include "app/panel/plot_kit.h"
#include "app/run/describe.h"

namespace sb::app {

namespace {

constexpr float kAxisMargin = 52.0f;  // design px left of the month chart for "open", "max", ...

const LineLook kAvailabilityLine{"expects comfort", inside_colours::kAvailability, LineStyle::Solid, 3.0f};
const LineLook kRejectionLine{"expects rebuff", inside_colours::kRejection, LineStyle::Dashed, 3.0f};
const LineLook kThreatLine{"threat", inside_colours::kThreat, LineStyle::Dotted, 2.5f};
const LineLook kStrategyLine{"strategy", inside_colours::kStrategy, LineStyle::Solid, 3.0f};

// The labels under the strategy bar, at its two ends and its centre.
void StrategyScale() {
    const float x0 = ImGui::GetCursorScreenPos().x;
    const float w = ImGui::GetContentRegionAvail().x;
    const float y = ImGui::GetCursorScreenPos().y - Em(2.0f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const char* open = "open";
    dl->AddText(ImVec2(x0, y), inside_colours::kMutedText, "\u2190 minimising");
    dl->AddText(ImVec2(x0 + (w - ImGui::CalcTextSize(open).x) * 0.5f, y), inside_colours::kMutedText, open);
    const char* maxi = "maximising \u2192";
    dl->AddText(ImVec2(x0 + w - ImGui::CalcTextSize(maxi).x, y), inside_colours::kMutedText, maxi);
    ImGui::Dummy(ImVec2(w, ImGui::GetTextLineHeight() - Em(2.0f)));
}

struct MonthFrame {
    ImVec2 a, b;
    double months = 12.0;
    double lo = 0.0, hi = 1.0;
    float X(double month) const { return a.x + static_cast<float>(month / months) * (b.x - a.x); }
    float Y(double v) const { return b.y - static_cast<float>((std::clamp(v, lo, hi) - lo) / (hi - lo)) * (b.y - a.y); }
};

template <typename Get>
std::vector<ImVec2> MonthPoints(const HistoryResult& learned, const MonthFrame& f, Get get) {
    std::vector<ImVec2> pts;
    for (std::size_t k = 0; k < learned.by_month.size(); ++k)
        pts.emplace_back(f.X(static_cast<double>(k + 1)), f.Y(get(learned.by_month[k])));
    return pts;
}

void DrawMonthLine(ImDrawList* dl, const std::vector<ImVec2>& pts, const LineLook& look) {
    DrawStyledPolyline(dl, pts, look);
    for (const ImVec2& p : pts) dl->AddCircleFilled(p, Em(look.width * 0.9f), look.colour);
}

// Gold lines where the caregiving changed, in both strips, with the month in the top one.
void MarkChanges(ImDrawList* dl, const HistoryDef& history, const MonthFrame& top, const MonthFrame& bottom) {
    for (const CaregivingChange& ch : history.changes) {
        if (ch.at_month <= 0.0 || ch.at_month >= history.months) continue;
        const float x = top.X(ch.at_month);
        dl->AddLine(ImVec2(x, top.a.y), ImVec2(x, bottom.b.y), inside_colours::kHistory, Em(3.0f));
        char text[32];
        std::snprintf(text, sizeof text, "change at month %g", ch.at_month);
        const float w = ImGui::CalcTextSize(text).x;
        // Right of the line if it fits, else left of it.
        const float tx = x + Em(4.0f) + w < top.b.x ? x + Em(4.0f) : x - Em(4.0f) - w;
        dl->AddText(ImVec2(tx, top.a.y + Em(1.0f)), IM_COL32(235, 200, 120, 255), text);
    }
}

void MonthTicks(ImDrawList* dl, const MonthFrame& f) {
    const int months = static_cast<int>(std::floor(f.months));
    const int every = months > 12 ? 2 : 1;
    for (int m = every; m <= months; m += every) {
        const std::string text = m == every ? "month " + std::to_string(m) : std::to_string(m);
        const float w = ImGui::CalcTextSize(text.c_str()).x;
        const float x = m == every ? f.X(m) - ImGui::CalcTextSize("month ").x - ImGui::CalcTextSize("1").x * 0.5f
                                   : f.X(m) - w * 0.5f;
        dl->AddText(ImVec2(x, f.b.y + Em(2.0f)), inside_colours::kMutedText, text.c_str());
    }
}

}  // namespace

void WorkingModelSummary(const WorkingModel& m, const PanelFonts& fonts) {
    const float label_w = Em(118.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, Em(3.0f)));
    MeterRow("Availability", label_w, m.availability, inside_colours::kAvailability,
             "Expected chance that a signal brings comfort");
    MeterRow("Predictability", label_w, m.predictability, inside_colours::kPredictability,
             "How little that outcome varied from one occasion to the next");
    MeterRow("Rejection", label_w, m.rejection, inside_colours::kRejection,
             "Expected chance that an answered bid is rebuffed");
    MeterRow("Threat", label_w, m.threat, inside_colours::kThreat, "Expected chance that she is frightening");
    MeterRow("Comes back", label_w, m.separation_confidence, inside_colours::kComesBack,
             "Learned from everyday separations that she leaves and comes back: 0 never left, 1 left often");
    // The strategy gets the column's whole width: its three named points need the room.
    ImGui::TextUnformatted("Strategy (how it signals distress)");
    CentredMeterRow("", 0.0f, m.strategy, inside_colours::kStrategy,
                    "The first year's learned signalling: -1 minimise (hide distress), 0 open, +1 maximise (escalate it)");
    ImGui::PushFont(fonts.panel_small);
    StrategyScale();
    ImGui::PopFont();
    ImGui::PopStyleVar();
    ImGui::PushFont(fonts.panel_small);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(inside_colours::kHiddenText));
    ImGui::TextWrapped("%s", ReadWorkingModel(m).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void WorkingModelByMonth(const HistoryResult& learned, const HistoryDef& history, const PanelFonts& fonts, float height) {
    ImGui::PushFont(fonts.panel_small);
    Legend({kAvailabilityLine, kRejectionLine, kThreatLine, kStrategyLine});
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = Em(10.0f);
    const float strip = (Em(height) - gap) * 0.5f;
    ImGui::Dummy(ImVec2(width, Em(height) + ImGui::GetTextLineHeight() + Em(4.0f)));
    if (!ImGui::IsItemVisible()) {
        ImGui::PopFont();
        return;
    }

    MonthFrame top;
    top.a = ImVec2(origin.x + Em(kAxisMargin), origin.y);
    top.b = ImVec2(origin.x + width - Em(8.0f), origin.y + strip);
    top.months = std::max(1.0, history.months);
    MonthFrame bottom = top;
    bottom.a.y = top.b.y + gap;
    bottom.b.y = bottom.a.y + strip;
    bottom.lo = -1.0;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const MonthFrame* f : {&top, &bottom}) dl->AddRectFilled(f->a, f->b, inside_colours::kChartBg, Em(3.0f));
    DrawValueGrid(dl, top.a, top.b, Em(kAxisMargin), 0.0, 1.0, {0.0, 1.0}, {"0", "1"});
    DrawValueGrid(dl, bottom.a, bottom.b, Em(kAxisMargin), -1.0, 1.0, {-1.0, 0.0, 1.0}, {"min", "open", "max"});
    MarkChanges(dl, history, top, bottom);
    DrawMonthLine(dl, MonthPoints(learned, top, [](const WorkingModel& w) { return w.threat; }), kThreatLine);
    DrawMonthLine(dl, MonthPoints(learned, top, [](const WorkingModel& w) { return w.rejection; }), kRejectionLine);
    DrawMonthLine(dl, MonthPoints(learned, top, [](const WorkingModel& w) { return w.availability; }), kAvailabilityLine);
    DrawMonthLine(dl, MonthPoints(learned, bottom, [](const WorkingModel& w) { return w.strategy; }), kStrategyLine);
    MonthTicks(dl, bottom);
    ImGui::PopFont();
}

}  // namespace sb::app
