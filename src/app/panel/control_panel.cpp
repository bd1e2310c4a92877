// Control panel implementation. Widgets edit copies of the scenario's values and hand changes to
// Playback at once, so what the panel shows is always what the next step runs with.
#include "app/panel/control_panel.h"
#include "app/panel/panel_widgets.h"

#include <algorithm>
#include <cstdio>
#include <imgui.h>
#include <iterator>
#include <string>

#include "app/panel/em.h"
#include "app/panel/help_window.h"
#include "app/panel/key_moments_panel.h"
#include "app/panel/narration_panel.h"
#include "app/panel/param_sliders.h"
#include "app/panel/scenario_picker.h"
#include "app/panel/timeline_widget.h"
#include "app/run/describe.h"

namespace sb::app {

namespace {

constexpr double kSpeeds[] = {1, 2, 4, 8, 16, 32, 64};
const ImVec4 kEndNote(0.55f, 0.92f, 0.55f, 1.0f);
const ImVec4 kMuted(0.72f, 0.75f, 0.80f, 1.0f);

ImVec4 AffectColour(Affect a) {
    switch (a) {
        case Affect::Positive: return {0.55f, 0.90f, 0.50f, 1.0f};
        case Affect::Neutral: return {0.85f, 0.85f, 0.85f, 1.0f};
        case Affect::Wary: return {1.00f, 0.80f, 0.35f, 1.0f};
        case Affect::Distressed: return {1.00f, 0.42f, 0.42f, 1.0f};
        case Affect::Angry: return {1.00f, 0.55f, 0.25f, 1.0f};
    }
    return {1, 1, 1, 1};
}

const char* CryWord(double cry) {
    if (cry < 0.05) return "silent";
    if (cry < 0.3) return "fussing";
    if (cry < 0.6) return "crying";
    return "crying hard";
}

// Label on the left, widget filling the rest of the line: reads better than ImGui's label-right.
void RowLabel(const char* text, float label_w) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::SameLine(label_w);
    ImGui::SetNextItemWidth(-1.0f);
}

}  // namespace

void ApplyPanelStyle(float ui_scale) {
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();  // start from the unscaled defaults each time the scale changes
    ImGui::StyleColorsDark();
    s.WindowPadding = ImVec2(14, 12);
    s.FramePadding = ImVec2(8, 5);
    s.ItemSpacing = ImVec2(8, 6);
    s.FrameRounding = 4.0f;
    s.GrabRounding = 4.0f;
    s.GrabMinSize = 16.0f;
    s.WindowRounding = 0.0f;
    s.WindowBorderSize = 0.0f;
    s.Colors[ImGuiCol_WindowBg] = ImVec4(0.10f, 0.11f, 0.14f, 1.0f);
    s.Colors[ImGuiCol_Separator] = ImVec4(0.35f, 0.38f, 0.45f, 1.0f);
    s.Colors[ImGuiCol_Text] = ImVec4(0.96f, 0.96f, 0.97f, 1.0f);
    s.ScaleAllSizes(ui_scale);
}

ControlPanel::ControlPanel(PanelTab first)
    : tab_(first), tab_switch_pending_(first != PanelTab::Run), seed_source_(std::random_device{}()) {}

void ControlPanel::Toggle(PanelTab tab) {
    tab_ = tab_ == tab ? PanelTab::Run : tab;
    tab_switch_pending_ = true;
}

float ControlPanel::Width(float ui_scale) const {
    switch (tab_) {
        case PanelTab::Run: return kPanelWidth_px * ui_scale;
        case PanelTab::Scorecard: return kScorecardPanelWidth_px * ui_scale;
        case PanelTab::Inside: return kInsidePanelWidth_px * ui_scale;
        case PanelTab::Population: return kPopulationPanelWidth_px * ui_scale;
        case PanelTab::Quiz: return kScorecardPanelWidth_px * ui_scale;
    }
    return kPanelWidth_px * ui_scale;
}

void ControlPanel::Show(Playback& playback, const PanelFonts& fonts, float ui_scale, float window_w, float window_h) {
    const float panel_w = Width(ui_scale);
    BeginDockedPanel("SecureBase", "SecureBase", fonts, panel_w, window_w, window_h);
    ImGui::SameLine();
    ScenarioHeader(playback.Source(), fonts);  // which scenario is on screen, and what it is
    // The Compare menu at the end of the header's key hint, or under it when the panel is narrow. A
    // quiz has none: rooms side by side would name the hidden caregiver.
    if (!quiz_) {
        const float compare_w = ImGui::CalcTextSize("Compare\u2026").x + ImGui::GetStyle().FramePadding.x * 2.0f + ImGui::GetFrameHeight();
        const float hint_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
        const float compare_x = ImGui::GetWindowContentRegionMax().x - compare_w;
        if (hint_end + ImGui::GetStyle().ItemSpacing.x < compare_x) ImGui::SameLine(compare_x, 0.0f);
        else ImGui::SetCursorPosX(compare_x);
        compare_picker_.Show("Compare\u2026", false, compare_w);
    }
    ImGui::Separator();

    Transport(playback);
    ImGui::Spacing();
    Tabs(playback, fonts);
    ImGui::End();
}

void ControlPanel::Tabs(Playback& playback, const PanelFonts& fonts) {
    if (!ImGui::BeginTabBar("##panel_tabs")) return;
    // A tab chosen by key is selected for one frame; after that the tab bar remembers it.
    auto flags = [&](PanelTab tab) {
        return tab_switch_pending_ && tab_ == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
    };
    const ImGuiTabItemFlags run_flags = flags(PanelTab::Run);
    const ImGuiTabItemFlags card_flags = flags(PanelTab::Scorecard);
    const ImGuiTabItemFlags inside_flags = flags(PanelTab::Inside);
    const ImGuiTabItemFlags population_flags = flags(PanelTab::Population);
    const ImGuiTabItemFlags quiz_flags = flags(PanelTab::Quiz);
    tab_switch_pending_ = false;
    if (ImGui::BeginTabItem("Run", nullptr, run_flags)) {
        tab_ = PanelTab::Run;
        RunTab(playback, fonts);
        ImGui::EndTabItem();
    }
    if (quiz_) {
        if (ImGui::BeginTabItem("Quiz", nullptr, quiz_flags)) {
            tab_ = PanelTab::Quiz;
            quiz_->Show(playback, fonts);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
        return;
    }
    if (ImGui::BeginTabItem("Scorecard", nullptr, card_flags)) {
        tab_ = PanelTab::Scorecard;
        scorecard_.Show(playback, fonts);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Inside", nullptr, inside_flags)) {
        tab_ = PanelTab::Inside;
        inside_.Show(playback, fonts);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Population", nullptr, population_flags)) {
        tab_ = PanelTab::Population;
        population_.Show(playback, fonts);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

void ControlPanel::RunTab(Playback& playback, const PanelFonts& fonts) {
    Procedure(playback, fonts);
    if (narration_) NarrationControls(*narration_, fonts);
    ImGui::Separator();
    if (narration_) KeyMomentsList(playback, *narration_, fonts);
    if (!quiz_) {  // the caregiver, first year or today, and the seed would give a quiz item away
        // The caregiver first: the first year is the lever that changes what the infant does.
        Heading(fonts, "First-year caregiver");
        ImGui::PushFont(fonts.panel_small);
        ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
        ImGui::TextWrapped("What the infant learned to expect. A change re-runs the year and restarts.");
        ImGui::PopStyleColor();
        ImGui::PopFont();
        first_year_.Show(playback, fonts);
        ImGui::Spacing();
        CaregiverControls(playback, fonts);
        ImGui::Separator();
    }
    InfantReadout(playback, fonts);
    ImGui::Separator();
    if (!quiz_) {
        SeedControls(playback);
        ImGui::Separator();
    }
    KeyboardHelp(fonts);
}

void ControlPanel::Transport(Playback& playback) {
    const float w = EvenWidth(3);
    if (ImGui::Button(playback.Paused() ? "\u25B6 Play" : "Pause", ImVec2(w, 0))) playback.SetPaused(!playback.Paused());
    ImGui::SameLine(0.0f, kButtonGap);
    if (ImGui::Button("Step", ImVec2(w, 0))) playback.StepOnce();
    ImGui::SameLine(0.0f, kButtonGap);
    if (ImGui::Button("Restart", ImVec2(w, 0))) playback.Restart();

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Speed");
    ImGui::SameLine();
    const float sw = EvenWidth(static_cast<int>(std::size(kSpeeds)));
    for (std::size_t i = 0; i < std::size(kSpeeds); ++i) {
        if (i > 0) ImGui::SameLine(0.0f, kButtonGap);
        char label[16];
        std::snprintf(label, sizeof label, "%g\u00D7", kSpeeds[i]);
        if (ToggleButton(label, playback.Speed() == kSpeeds[i], sw)) playback.SetSpeed(kSpeeds[i]);
    }
}

void ControlPanel::Procedure(Playback& playback, const PanelFonts& fonts) {
    const Simulation& sim = playback.Sim();
    const Snapshot& now = sim.Now();
    const EpisodeDef* ep = FindEpisode(sim.Protocol(), now.episode);
    // The title takes as many lines as the longest episode's would, and the end note takes the clocks'
    // line, so nothing below (the sliders) moves when the episode changes or the procedure ends.
    ImGui::PushFont(fonts.panel_bold);
    const float title_top = ImGui::GetCursorPosY();
    float title_h = 0.0f;
    const float wrap_w = ImGui::GetContentRegionAvail().x;
    for (const EpisodeDef& e : sim.Protocol().episodes) {
        const std::string t = "Episode " + std::to_string(e.number) + " of 00 \u2014 " + e.name;
        title_h = std::max(title_h, ImGui::CalcTextSize(t.c_str(), nullptr, false, wrap_w).y);
    }
    ImGui::TextWrapped("Episode %d of %zu \u2014 %s", now.episode, sim.Protocol().episodes.size(),
                       ep ? ep->name.c_str() : "");
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), title_top + title_h + ImGui::GetStyle().ItemSpacing.y));
    ImGui::PopFont();
    ImGui::TextColored(kMuted, "In the room:");
    ImGui::SameLine();
    ImGui::TextUnformatted(WhoIsPresent(now).c_str());
    if (sim.Finished()) {
        // In place of the clocks, so the lines below stay where they were (with narration, the
        // classification and its meaning).
        if (narration_) {
            ClassificationAnnouncement(playback, *narration_, fonts);
        } else {
            ImGui::TextColored(kEndNote, "Procedure complete \u2014 press R to restart");
        }
    } else {
        ImGui::TextColored(kMuted, "Episode:");
        ImGui::SameLine();
        ImGui::Text("%s / %s", FormatClock(now.episode_t).c_str(), FormatClock(ep ? ep->nominal_s : 0.0).c_str());
        ImGui::SameLine(0.0f, Em(24.0f));
        ImGui::TextColored(kMuted, "Total:");
        ImGui::SameLine();
        ImGui::TextUnformatted(FormatClock(now.t).c_str());
    }

    ImGui::Spacing();
    // A jump replaces the Simulation that `sim`, `now` and `episodes` refer to, so it waits until
    // nothing below reads them (jumping at once left them dangling: a crash the GUI soak found).
    int jump_to = EpisodeTimeline(sim, fonts);

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Jump to");
    ImGui::SameLine();
    const auto& episodes = sim.Protocol().episodes;
    const float w = EvenWidth(static_cast<int>(episodes.size()));
    for (std::size_t i = 0; i < episodes.size(); ++i) {
        if (i > 0) ImGui::SameLine(0.0f, kButtonGap);
        const std::string label = std::to_string(episodes[i].number);
        if (ToggleButton(label.c_str(), episodes[i].number == now.episode, w)) jump_to = episodes[i].number;
    }
    if (jump_to > 0) playback.JumpToEpisode(jump_to);
}

void ControlPanel::InfantReadout(const Playback& playback, const PanelFonts& fonts) {
    const AgentView& infant = playback.Sim().Now().Infant();
    Heading(fonts, "Infant (as a camera sees it)");
    const float kLabelW = Em(110.0f);
    ImGui::TextColored(kMuted, "Doing:");
    ImGui::SameLine(kLabelW);
    ImGui::TextUnformatted(InfantActionText(infant.action));
    ImGui::TextColored(kMuted, "Affect:");
    ImGui::SameLine(kLabelW);
    ImGui::TextColored(AffectColour(infant.affect), "%s", AffectText(infant.affect));
    RowLabel("Crying:", kLabelW);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImVec4(0.86f, 0.20f, 0.25f, 1.0f));
    ImGui::ProgressBar(static_cast<float>(infant.cry), ImVec2(-1.0f, 0.0f), CryWord(infant.cry));
    ImGui::PopStyleColor();
}

void ControlPanel::CaregiverControls(Playback& playback, const PanelFonts& fonts) {
    Heading(fonts, "Today only (in the procedure)");
    // Fixed text above the sliders: it never changes, so it never pushes a slider under the pointer.
    ImGui::PushFont(fonts.panel_small);
    ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
    ImGui::TextWrapped("Acts from the next step, but the infant still expects what a year of care taught it: a "
                       "few minutes today do not rewrite that.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    SimulationDef def = playback.Source().sim;
    if (ParamSliders(RunTodaySection(), def, Em(126.0f)).changed) playback.SetCaregiver(def.caregiver);
}

void ControlPanel::SeedControls(Playback& playback) {
    const float kLabelW = Em(126.0f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Seed");
    ImGui::SameLine(kLabelW);
    const float button_w = ImGui::CalcTextSize("New seed").x + ImGui::GetStyle().FramePadding.x * 2.0f;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - button_w - kButtonGap);
    ImGui::InputScalar("##seed", ImGuiDataType_U64, &seed_edit_, nullptr, nullptr, "%llu");
    // A new seed is a new run: apply when the field is left, not at every digit typed.
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        if (seed_edit_ != playback.Seed()) playback.SetSeed(seed_edit_);
    } else if (!ImGui::IsItemActive()) {
        seed_edit_ = playback.Seed();  // follow restarts and "New seed" while nobody is typing
    }
    ImGui::SameLine(0.0f, kButtonGap);
    if (ImGui::Button("New seed")) {
        // Short seeds are easy to read out and write down in a class.
        playback.SetSeed(std::uniform_int_distribution<std::uint64_t>(1, 999999)(seed_source_));
    }
}

void ControlPanel::KeyboardHelp(const PanelFonts& fonts) {
    if (!ImGui::CollapsingHeader("Keyboard  (? or F1: all keys)")) return;
    ImGui::PushFont(fonts.panel_small);
    for (int i = 0; i < kKeyHelpCount; ++i) ImGui::Text("%s  —  %s", kKeyHelp[i].keys, kKeyHelp[i].action);
    ImGui::PopFont();
}

}  // namespace sb::app
