// Inside view: the panel's "Inside" tab — the infant's hidden state, which the observer never sees:
// gauges for now, scrolling plots of the last two minutes (felt arousal against shown distress
// above all), the working model learned in the first year, and the caregiver's history and today.
#pragma once

#include "app/panel/caregiver_controls.h"
#include "app/panel/panel_fonts.h"
#include "app/run/playback.h"

namespace sb::app {

class InsideView {
public:
    // Lays out the tab in the current ImGui window (between NewFrame and Render).
    void Show(Playback& playback, const PanelFonts& fonts);

private:
    CaregiverControls caregiver_;
};

}  // namespace sb::app
