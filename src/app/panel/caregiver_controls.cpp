// Caregiver controls implementation. Both sections show the same four registry parameters, one
// group each ("caregiver" and "today"), so the only difference a lecturer has to explain is *when*
// they act.
#include "app/panel/caregiver_controls.h"

#include <imgui.h>
#include <string>
#include <vector>

#include "app/panel/em.h"
#include "app/panel/inside_colours.h"
#include "app/panel/panel_text.h"
#include "app/panel/param_sliders.h"
#include "app/run/describe.h"

namespace sb::app {

namespace {

const ImVec4 kMuted(0.72f, 0.75f, 0.80f, 1.0f);
const ImVec4 kAmber(1.0f, 0.80f, 0.40f, 1.0f);

// A coloured band naming the section, with what its changes do underneath.
void SectionBand(const PanelFonts& fonts, const char* title, const char* effect, ImU32 colour) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float pad = Em(6.0f);
    ImGui::PushFont(fonts.panel_bold);
    const float h = ImGui::GetTextLineHeight() + 2.0f * pad;
    dl->AddRectFilled(a, ImVec2(a.x + w, a.y + h), colour, Em(4.0f));
    dl->AddText(ImVec2(a.x + pad * 1.5f, a.y + pad), IM_COL32_WHITE, title);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(w, h));
    ImGui::PushFont(fonts.panel_small);
    ImGui::TextColored(kMuted, "%s", effect);
    ImGui::PopFont();
}

}  // namespace

void CaregiverControls::Show(Playback& playback, const PanelFonts& fonts) {
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX;
    if (ImGui::BeginTable("##caregiver_history_today", 2, kFlags)) {
        ImGui::TableNextColumn();
        HistoryColumn(playback, fonts);
        ImGui::TableNextColumn();
        TodayColumn(playback, fonts);
        ImGui::EndTable();
    }
    ImGui::Spacing();
    if (ImGui::Button("Today = history")) playback.MatchTodayToHistory();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Today's caregiver becomes the one the first year ended with, and the procedure restarts");
    ImGui::SameLine();
    ImGui::PushFont(fonts.panel_small);
    ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
    ImGui::TextWrapped("Set today sensitive and keep a rejecting history to show an infant who still expects the "
                       "old pattern.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void CaregiverControls::HistoryColumn(Playback& playback, const PanelFonts& fonts) {
    SectionBand(fonts, "First year (history)", "A change re-runs the year and restarts", inside_colours::kHistory);
    const HistoryDef& history = playback.HistoryCaregiving();
    if (!history_dragging_) history_edit_ = playback.Source().sim;
    if (!history.changes.empty()) {
        ImGui::PushFont(fonts.panel_small);
        ImGui::TextColored(kMuted, "From birth:");
        ImGui::PopFont();
    }
    const SliderEvents e = ParamSliders(HistoryCaregiverSection(), history_edit_, Em(112.0f));
    history_dragging_ = e.active;
    if (e.released) playback.SetHistoryCaregiver(history_edit_.history.caregiver);

    // The scenario's later changes are part of the story it tells; they are shown, not edited.
    ImGui::PushFont(fonts.panel_small);
    for (const CaregivingChange& ch : history.changes) {
        const CaregiverDef& c = ch.caregiver;
        ImGui::TextColored(kAmber, "From month %g:", ch.at_month);
        ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
        ImGui::TextWrapped("sensitivity %.1f, consistency %.2f, acceptance %.1f, frightening %.2f", c.sensitivity,
                           c.consistency, c.acceptance, c.frightening);
        ImGui::PopStyleColor();
    }
    ImGui::PopFont();
}

void CaregiverControls::TodayColumn(Playback& playback, const PanelFonts& fonts) {
    SectionBand(fonts, "Today (in the procedure)", "Acts at once, from the next step", inside_colours::kToday);
    SimulationDef def = playback.Source().sim;
    if (!playback.HistoryCaregiving().changes.empty()) {
        // Level with the history's sliders, which sit under a "From birth:" line.
        ImGui::PushFont(fonts.panel_small);
        ImGui::TextUnformatted(" ");
        ImGui::PopFont();
    }
    if (ParamSliders(TodayCaregiverSection(), def, Em(112.0f)).changed) playback.SetCaregiver(def.caregiver);
    const CaregiverDef& today = def.caregiver;

    const HistoryDef& h = playback.HistoryCaregiving();
    const std::vector<std::string> change = DescribeCaregiverChange(CaregiverAt(h, h.months), today);
    ImGui::PushFont(fonts.panel_small);
    if (change.empty()) {
        ImGui::TextColored(kMuted, "As at the end of the first year.");
    } else {
        WrappedItems("Not as the first year ended:", change, kAmber);
        ImGui::PushStyleColor(ImGuiCol_Text, kAmber);
        ImGui::TextWrapped("The infant still expects what it learned then.");
        ImGui::PopStyleColor();
    }
    ImGui::PopFont();
}

}  // namespace sb::app
