// Inside view implementation. The order on the tab is the order of a lecture: what the infant
// feels now and what it learned, how feeling and showing diverge over the episodes, the cortisol
// those episodes lead to half an hour later, then the first year month by month and the controls
// that change it or change today.
#include "app/panel/inside_view.h"

#include <cstdio>
#include <imgui.h>
#include <string>
#include <vector>

#include "app/panel/cortisol_chart.h"
#include "app/panel/em.h"
#include "app/panel/inside_colours.h"
#include "app/panel/meter_bar.h"
#include "app/panel/panel_text.h"
#include "app/panel/strip_chart.h"
#include "app/panel/working_model_view.h"
#include "app/run/describe.h"

namespace sb::app {

namespace {

// The plots' series. Each gauge wears its series' colour, so a bar and its line read as one thing.
const LineLook kArousalLine{"arousal (felt)", inside_colours::kArousal, LineStyle::Solid, 3.5f};
const LineLook kSustainedLine{"sustained arousal", inside_colours::kSustainedArousal, LineStyle::Dashed, 2.5f};
const LineLook kShownLine{"crying (shown)", inside_colours::kShown, LineStyle::Solid, 3.5f};
const LineLook kSecurityLine{"felt security", inside_colours::kSecurity, LineStyle::Solid, 3.0f};
const LineLook kAttachmentLine{"attachment", inside_colours::kAttachment, LineStyle::Dashed, 3.0f};
const LineLook kExplorationLine{"exploration", inside_colours::kExploration, LineStyle::Dotted, 2.5f};
const LineLook kCortisolLine{"cortisol (\u00d7 baseline)", inside_colours::kCortisol, LineStyle::Solid, 3.5f};
const LineLook kCortisolAfterLine{"after the procedure (projected)", inside_colours::kCortisol, LineStyle::Dashed, 3.0f};
const LineLook kDriveLine{"HPA drive (shaded, 0\u20130.5)", inside_colours::kHpaDriveFill, LineStyle::Solid, 10.0f};

void Heading(const PanelFonts& fonts, const char* text) {
    ImGui::PushFont(fonts.panel_bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

// The warning across the top: none of this is visible, to the observer or to a camera.
void HiddenBanner(const PanelFonts& fonts) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float pad = Em(5.0f);
    ImGui::PushFont(fonts.panel_bold);
    const float h = ImGui::GetTextLineHeight() + 2.0f * pad;
    dl->AddRectFilled(a, ImVec2(a.x + w, a.y + h), inside_colours::kHiddenBanner, Em(4.0f));
    dl->AddText(ImVec2(a.x + pad * 2.0f, a.y + pad), inside_colours::kHiddenText,
                "HIDDEN STATE \u2014 the observer never sees this");
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(w, h));
}

// Red and unmistakable while a lapse is under way; an empty slot otherwise, so nothing jumps.
void LapseIndicator(bool lapse, const PanelFonts& fonts) {
    ImGui::PushFont(fonts.panel_bold);
    const char* text = "DISORGANIZED LAPSE";
    const ImVec2 size = ImGui::CalcTextSize(text);
    const float pad = Em(5.0f);
    const float w = size.x + 2.0f * pad;
    ImGui::SameLine(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - w);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, size.y));
    if (lapse) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(ImVec2(a.x, a.y - Em(2.0f)), ImVec2(a.x + w, a.y + size.y + Em(2.0f)), inside_colours::kLapse,
                          Em(4.0f));
        dl->AddText(ImVec2(a.x + pad, a.y), IM_COL32_WHITE, text);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Freezing, approach then freeze, approach with the head averted or apprehension: "
                              "approach and flight in conflict (Main & Solomon 1990)");
    }
    ImGui::PopFont();
}

void Gauges(const InfantInner& in, const PanelFonts& fonts) {
    Heading(fonts, "Right now");
    LapseIndicator(in.lapse, fonts);
    // The label column fits the longest label, so none is cut off at any UI scale.
    const float label_w = ImGui::CalcTextSize("Sustained arousal").x + Em(10.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, Em(3.0f)));
    MeterRow("Arousal", label_w, in.arousal, inside_colours::kArousal, "Physiological stress, the \"heart rate\": felt, not shown");
    MeterRow("Sustained arousal", label_w, in.sustained_arousal, inside_colours::kSustainedArousal,
             "The slow part of arousal: follows it over minutes and outlasts the episode (not cortisol: see the cortisol chart below)");
    char cortisol[16];
    std::snprintf(cortisol, sizeof cortisol, "%.2f\u00d7", in.cortisol);
    // The bar is full at twice the baseline.
    MeterRowText("Cortisol", label_w, in.cortisol - 1.0, cortisol, inside_colours::kCortisol,
                 "Salivary cortisol relative to its own baseline (1\u00d7), lagged: it peaks 20 to 30 minutes after a stressor, "
                 "so now it shows the stress of the last half hour, not of this moment. The bar is full at 2\u00d7.");
    MeterRow("Felt security", label_w, in.felt_security, inside_colours::kSecurity,
             "How safe it feels: rises with her closeness and with how available it expects her to be");
    MeterRow("Attachment", label_w, in.attachment, inside_colours::kAttachment,
             "Activation of the attachment system: how much it needs her close now");
    MeterRow("Exploration", label_w, in.exploration, inside_colours::kExploration, "Pull of the toys");
    MeterRow("Wariness", label_w, in.wariness, inside_colours::kWariness, "Wariness of the stranger and the strange room");
    MeterRow("Anger", label_w, in.anger, inside_colours::kAnger, "Anger: resistant, ambivalent contact");
    MeterRow("Crying shown", label_w, in.expressed, inside_colours::kShown,
             "Expressed distress: the one thing here a camera sees, as crying");
    ImGui::PopStyleVar();
}

// The lapse mark's entry at the end of a legend row.
void LapseKey() {
    ImGui::SameLine(0.0f, Em(16.0f));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.3f), ImVec2(p.x + Em(22.0f), p.y + h * 0.3f + Em(7.0f)),
                                              inside_colours::kLapse);
    ImGui::Dummy(ImVec2(Em(22.0f), h));
    ImGui::SameLine(0.0f, Em(6.0f));
    ImGui::TextUnformatted("lapse");
}

// When she cares today otherwise than in the first year, say so beside the infant's state now: its
// behaviour follows what it learned in the year, not today's caregiver, and that is the point.
void TodayNote(const SimulationDef& def, const PanelFonts& fonts) {
    const std::vector<std::string> change = DescribeCaregiverChange(CaregiverAt(def.history, def.history.months), def.caregiver);
    if (change.empty()) return;
    ImGui::PushFont(fonts.panel_small);
    WrappedItems("Today she cares otherwise:", change, ImVec4(0.45f, 0.90f, 0.85f, 1.0f));  // today's teal, lightened
    ImGui::PopFont();
}

void FeltAndShown(const HiddenHistory& h, const ProtocolRoles& roles, const PanelFonts& fonts) {
    Heading(fonts, "What it feels and what it shows");
    ImGui::PushFont(fonts.panel_small);
    Legend({kArousalLine, kShownLine, kSustainedLine});
    LapseKey();
    StripChartDef def;
    def.id = "##felt_shown";
    def.height = 120.0f;
    def.time_labels = false;  // the chart below shares the time axis and carries its labels
    def.mark_lapses = true;
    def.gap_from = 0;  // arousal...
    def.gap_to = 1;    // ...above crying: felt, not shown
    def.gap_min = 0.4;
    def.gap_label = "felt, not shown";
    StripChart(h, roles,
               {{kArousalLine, [](const HiddenSample& s) { return s.inner.arousal; }, 0},
                {kShownLine, [](const HiddenSample& s) { return s.inner.expressed; }, inside_colours::kShownFill},
                {kSustainedLine, [](const HiddenSample& s) { return s.inner.sustained_arousal; }, 0}},
               def);
    ImGui::PopFont();
}

void SecureBase(const HiddenHistory& h, const ProtocolRoles& roles, const PanelFonts& fonts) {
    ImGui::Dummy(ImVec2(0.0f, Em(2.0f)));  // keeps this legend off the chart above
    ImGui::PushFont(fonts.panel_small);
    Legend({kSecurityLine, kAttachmentLine, kExplorationLine});
    StripChartDef def;
    def.id = "##secure_base";
    def.height = 78.0f;
    StripChart(h, roles,
               {{kSecurityLine, [](const HiddenSample& s) { return s.inner.felt_security; }, 0},
                {kAttachmentLine, [](const HiddenSample& s) { return s.inner.attachment; }, 0},
                {kExplorationLine, [](const HiddenSample& s) { return s.inner.exploration; }, 0}},
               def);
    ImGui::PopFont();
}

// Cortisol last of the physiology: its own time axis, the whole procedure and the wait after it.
void Cortisol(const CortisolCourse& course, const PanelFonts& fonts) {
    ImGui::Dummy(ImVec2(0.0f, Em(2.0f)));
    Heading(fonts, "Cortisol (lagged, peaks 20\u201330 min after stress)");
    CortisolSampleLine(course);
    ImGui::PushFont(fonts.panel_small);
    Legend({kCortisolLine, kCortisolAfterLine, kDriveLine});
    CortisolChart(course, "##cortisol", 96.0f);
    ImGui::TextWrapped("Stress it cannot regulate drives it (sustained arousal over a threshold, buffered by a caregiver "
                       "who has never alarmed it; fright and lapses unbuffered). After the procedure it is projected, "
                       "not simulated: back with her, the infant calms. Behaviour never reads it.");
    ImGui::PopFont();
}

}  // namespace

void InsideView::Show(Playback& playback, const PanelFonts& fonts) {
    // The tab scrolls under the transport buttons, which stay put.
    ImGui::BeginChild("##inside_scroll", ImVec2(0.0f, 0.0f), false);
    const Simulation& sim = playback.Sim();
    HiddenBanner(fonts);

    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV;
    if (ImGui::BeginTable("##now_and_learned", 2, kFlags)) {
        ImGui::TableNextColumn();
        Gauges(sim.Inner(), fonts);
        TodayNote(sim.Def(), fonts);
        ImGui::TableNextColumn();
        Heading(fonts, "Learned in the first year");
        WorkingModelSummary(sim.History().model, fonts);
        ImGui::EndTable();
    }

    ImGui::Spacing();
    FeltAndShown(playback.Hidden(), playback.Coded().roles, fonts);
    SecureBase(playback.Hidden(), playback.Coded().roles, fonts);
    Cortisol(playback.Cortisol(), fonts);

    ImGui::Separator();
    Heading(fonts, "The first year, month by month");
    WorkingModelByMonth(sim.History(), sim.Def().history, fonts, 150.0f);
    ImGui::Spacing();
    // Last, because a first-year change rebuilds the simulation `sim` refers to.
    caregiver_.Show(playback, fonts);
    ImGui::EndChild();
}

}  // namespace sb::app
