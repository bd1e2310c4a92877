// First-year controls implementation. A preset sets the first-year caregiver from birth and then
// today's caregiver to the one the year ended with, as loading the preset's scenario would.
#include "app/panel/first_year_controls.h"

#include <imgui.h>

#include "app/panel/em.h"
#include "app/panel/param_sliders.h"
#include "app/run/caregiver_presets.h"
#include "app/run/parameter_section.h"

namespace sb::app {

namespace {

constexpr float kButtonGap = 4.0f;
const ImVec4 kChosen(0.0f, 0.56f, 0.53f, 1.0f);  // the caregiver's teal, as the panel's other choices
const ImVec4 kMuted(0.72f, 0.75f, 0.80f, 1.0f);

}  // namespace

void FirstYearControls::Show(Playback& playback, const PanelFonts& fonts) {
    ImGui::PushID(id_);
    Presets(playback);
    if (!dragging_) edit_ = playback.Source().sim;
    const SliderEvents e = ParamSliders(HistoryCaregiverSection(), edit_, Em(label_w_));
    dragging_ = e.active;
    if (e.released) playback.SetHistoryCaregiver(edit_.history.caregiver);
    if (!playback.HistoryCaregiving().changes.empty()) {
        // Depends on the scenario only, so it never appears or goes during a drag.
        ImGui::PushFont(fonts.panel_small);
        ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
        ImGui::TextWrapped("From birth; she changes later in the year (Inside tab)");
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    ImGui::PopID();
}

void FirstYearControls::Presets(Playback& playback) {
    const std::vector<CaregiverPreset>& presets = CaregiverPresets();
    const float w = (ImGui::GetContentRegionAvail().x - kButtonGap) / 2.0f;
    const CaregiverDef& from_birth = playback.HistoryCaregiving().caregiver;
    // Full names ("Sensitive caregiver") when all four fit, else all short: the width is fixed, so
    // the choice never changes from one frame to the next.
    bool full_fits = true;
    for (const CaregiverPreset& p : presets)
        full_fits &= ImGui::CalcTextSize(p.name.c_str()).x + ImGui::GetStyle().FramePadding.x * 2.0f <= w;
    for (std::size_t i = 0; i < presets.size(); ++i) {
        const CaregiverPreset& p = presets[i];
        if (i % 2 == 1) ImGui::SameLine(0.0f, kButtonGap);
        const bool on = p.Matches(from_birth);
        if (on) {
            ImGui::PushStyleColor(ImGuiCol_Button, kChosen);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kChosen);
        }
        const bool clicked = ImGui::Button(full_fits ? p.name.c_str() : p.button.c_str(), ImVec2(w, 0.0f));
        if (on) ImGui::PopStyleColor(2);
        // No tooltip for a button just clicked until the pointer leaves it: it would sit on the run
        // the click started.
        const bool hovered = ImGui::IsItemHovered();
        if (!hovered && quiet_preset_ == static_cast<int>(i)) quiet_preset_ = -1;
        if (hovered && quiet_preset_ != static_cast<int>(i)) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(Em(380.0f));
            ImGui::Text("%s: %s.", p.name.c_str(), p.why.c_str());
            ImGui::TextColored(kMuted, "Sensitivity %.0f, consistency %.2f, acceptance %.0f, frightening %.1f",
                               p.sensitivity, p.consistency, p.acceptance, p.frightening);
            ImGui::TextColored(kMuted, "Sets her first year and today; the year re-runs and the procedure restarts.");
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        if (clicked) {
            playback.SetHistoryCaregiver(p.Apply(from_birth));
            playback.MatchTodayToHistory();
            dragging_ = false;
            quiet_preset_ = static_cast<int>(i);
        }
    }
}

}  // namespace sb::app
