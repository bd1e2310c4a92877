// Control panel: the ImGui column docked on the right — transport and speed, where the procedure
// is, the episode timeline, the infant's visible state, today's caregiver and the seed.
#pragma once

#include <cstdint>
#include <random>

#include "app_fonts.h"
#include "playback.h"

namespace sb::app {

// Width of the docked panel at UI scale 1 (1280x720).
inline constexpr float kPanelWidth_px = 400.0f;
inline float PanelWidth(float ui_scale) { return kPanelWidth_px * ui_scale; }

// Dark theme with larger spacing and rounder widgets, readable when projected, at a UI scale.
void ApplyPanelStyle(float ui_scale);

class ControlPanel {
public:
    ControlPanel();

    // Lays out the panel for this frame (between NewFrame and Render) and applies what was changed.
    void Show(Playback& playback, const AppFonts& fonts, float panel_w, float window_w, float window_h);

private:
    void Transport(Playback& playback);
    void Procedure(Playback& playback, const AppFonts& fonts);
    void InfantReadout(const Playback& playback, const AppFonts& fonts);
    void CaregiverControls(Playback& playback, const AppFonts& fonts);
    void SeedControls(Playback& playback);
    void KeyboardHelp(const AppFonts& fonts);

    std::uint64_t seed_edit_ = 1;  // the seed field's value while it is being typed
    std::mt19937_64 seed_source_;  // "New seed" draws from here; seeded from the OS once
};

}  // namespace sb::app
