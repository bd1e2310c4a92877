// Control panel: the ImGui column docked on the right — transport and speed above two tabs: "Run"
// (where the procedure is, the episode timeline, the infant's visible state, today's caregiver and
// the seed) and "Scorecard" (the observer's scores, rating and classification).
#pragma once

#include <cstdint>
#include <random>

#include "app_fonts.h"
#include "playback.h"
#include "scorecard_panel.h"

namespace sb::app {

// Width of the docked panel at UI scale 1 (1280x720). The scorecard's twelve columns need more; the
// room is square and limited by the window's height, so it loses almost nothing to them.
inline constexpr float kPanelWidth_px = 400.0f;
inline constexpr float kScorecardPanelWidth_px = 620.0f;

// Dark theme with larger spacing and rounder widgets, readable when projected, at a UI scale.
void ApplyPanelStyle(float ui_scale);

class ControlPanel {
public:
    explicit ControlPanel(bool show_scorecard = false);

    // Lays out the panel for this frame (between NewFrame and Render) and applies what was changed.
    void Show(Playback& playback, const AppFonts& fonts, float ui_scale, float window_w, float window_h);

    // Which tab is up; the key C switches.
    bool ShowingScorecard() const { return show_scorecard_; }
    void ToggleScorecard();
    // The panel's width for the tab that is up.
    float Width(float ui_scale) const;

private:
    void Tabs(Playback& playback, const AppFonts& fonts);
    void RunTab(Playback& playback, const AppFonts& fonts);
    void Transport(Playback& playback);
    void Procedure(Playback& playback, const AppFonts& fonts);
    void InfantReadout(const Playback& playback, const AppFonts& fonts);
    void CaregiverControls(Playback& playback, const AppFonts& fonts);
    void SeedControls(Playback& playback);
    void KeyboardHelp(const AppFonts& fonts);

    ScorecardPanel scorecard_;
    bool show_scorecard_ = false;
    bool tab_switch_pending_ = false;  // the tab bar must be told to select the other tab
    std::uint64_t seed_edit_ = 1;  // the seed field's value while it is being typed
    std::mt19937_64 seed_source_;  // "New seed" draws from here; seeded from the OS once
};

}  // namespace sb::app
