// Control panel: the ImGui column docked on the right — transport and speed above four tabs: "Run"
// (where the procedure is, the episode timeline, the infant's visible state, the first-year caregiver
// with presets, today's caregiver and the seed), "Scorecard" (the observer's scores, rating and
// classification), "Inside" (the infant's hidden state, its working model, and the caregiver's first
// year against today) and "Population" (many dyads of the first-year caregiver, in the background).
#pragma once

#include <cstdint>
#include <random>

#include "app/panel/compare_panel.h"
#include "app/panel/first_year_controls.h"
#include "app/panel/inside_view.h"
#include "app/panel/panel_fonts.h"
#include "app/panel/population_view.h"
#include "app/panel/quiz_panel.h"
#include "app/panel/scorecard_panel.h"
#include "app/run/narration.h"
#include "app/run/playback.h"

namespace sb::app {

// Width of the docked panel at UI scale 1 (1280x720). The scorecard's twelve columns need more; the
// room is square and limited by the window's height, so it loses almost nothing to them.
inline constexpr float kPanelWidth_px = 400.0f;
inline constexpr float kScorecardPanelWidth_px = 620.0f;
// The inside view sets its gauges beside the working model and its plots need width to show two
// minutes; like the scorecard it costs the room nothing at 16:9.
inline constexpr float kInsidePanelWidth_px = 640.0f;
// The population's bars need room for their labels and the reference; the history table its columns.
inline constexpr float kPopulationPanelWidth_px = 560.0f;

enum class PanelTab { Run, Scorecard, Inside, Population, Quiz };

// Dark theme with larger spacing and rounder widgets, readable when projected, at a UI scale.
void ApplyPanelStyle(float ui_scale);

class ControlPanel {
public:
    explicit ControlPanel(PanelTab first = PanelTab::Run);

    // Lays out the panel for this frame (between NewFrame and Render) and applies what was changed.
    void Show(Playback& playback, const PanelFonts& fonts, float ui_scale, float window_w, float window_h);

    // Which tab is up. The key C switches between the run and the scorecard, I between the run and
    // the inside view.
    PanelTab Showing() const { return tab_; }
    void ToggleScorecard() { Toggle(quiz_ ? PanelTab::Quiz : PanelTab::Scorecard); }
    void ToggleInside() { if (!quiz_) Toggle(PanelTab::Inside); }
    void TogglePopulation() { if (!quiz_) Toggle(PanelTab::Population); }
    // The narration the Run tab switches and whose end-of-procedure announcement it shows; the window
    // owns it. Without one the tab has no narration controls.
    void SetNarration(Narration* narration) { narration_ = narration; }
    void ToggleNarration() { if (narration_) narration_->on = !narration_->on; }
    // Quiz mode (the window owns the quiz): the Run tab loses the caregiver and seed controls, and
    // the Scorecard, Inside and Population tabs give way to the Quiz tab, so nothing shows the
    // answer early.
    void SetQuiz(QuizPanel* quiz) { quiz_ = quiz; }
    // The panel's width for the tab that is up.
    float Width(float ui_scale) const;
    // The Compare menu in the title row (and in the compare panel, which borrows it).
    ComparePicker& Picker() { return compare_picker_; }

private:
    void Toggle(PanelTab tab);
    void Tabs(Playback& playback, const PanelFonts& fonts);
    void RunTab(Playback& playback, const PanelFonts& fonts);
    void Transport(Playback& playback);
    void Procedure(Playback& playback, const PanelFonts& fonts);
    void InfantReadout(const Playback& playback, const PanelFonts& fonts);
    void CaregiverControls(Playback& playback, const PanelFonts& fonts);
    void SeedControls(Playback& playback);
    void KeyboardHelp(const PanelFonts& fonts);

    ScorecardPanel scorecard_;
    InsideView inside_;
    PopulationView population_;
    FirstYearControls first_year_{"run_first_year", 126.0f};
    Narration* narration_ = nullptr;
    QuizPanel* quiz_ = nullptr;
    ComparePicker compare_picker_;
    PanelTab tab_ = PanelTab::Run;
    bool tab_switch_pending_ = false;  // the tab bar must be told to select the other tab
    std::uint64_t seed_edit_ = 1;  // the seed field's value while it is being typed
    std::mt19937_64 seed_source_;  // "New seed" draws from here; seeded from the OS once
};

}  // namespace sb::app
