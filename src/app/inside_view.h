// Inside view: the panel's "Inside" tab — the infant's hidden state, which the observer never sees:
// gauges for now, scrolling plots of the last two minutes (felt arousal against shown distress
// above all), the working model learned in the first year, and the caregiver's history and today.
#pragma once

#include "app_fonts.h"
#include "caregiver_controls.h"
#include "playback.h"

namespace sb::app {

class InsideView {
public:
    // Lays out the tab in the current ImGui window (between NewFrame and Render).
    void Show(Playback& playback, const AppFonts& fonts);

private:
    CaregiverControls caregiver_;
};

}  // namespace sb::app
