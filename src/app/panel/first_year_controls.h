// First-year controls: the lever that shapes what the infant expects — four caregiver presets and
// the first year's four sliders (sensitivity, consistency, acceptance, frightening). A preset or a
// released slider re-runs the year and restarts the procedure; while a slider is dragged nothing
// re-runs and nothing above or beside it changes size, so it stays under the pointer. Shown on the
// Run tab and on the Population tab.
#pragma once

#include "app/panel/panel_fonts.h"
#include "app/run/playback.h"
#include "sim/simulation.h"

namespace sb::app {

class FirstYearControls {
public:
    // `id` keeps two instances' widgets apart; `label_w` is the sliders' label column.
    FirstYearControls(const char* id, float label_w_design_px) : id_(id), label_w_(label_w_design_px) {}

    // Lays out the presets (two by two) and the sliders at the cursor.
    void Show(Playback& playback, const PanelFonts& fonts);
    // A first-year slider is being dragged or typed into.
    bool Editing() const { return dragging_; }

private:
    void Presets(Playback& playback);

    const char* id_;
    float label_w_;  // design px (Em)
    // The sliders edit this copy and hand its first-year caregiver over only when a drag is released:
    // each hand-over re-runs a year of learning and restarts the run.
    SimulationDef edit_;
    bool dragging_ = false;
    int quiet_preset_ = -1;  // the preset button clicked last, while the pointer is still on it
};

}  // namespace sb::app
