// Caregiver controls: the caregiver's parameters in two sections that must not be confused — her
// caregiving in the first year (the history the infant learned from; a change re-runs the year and
// restarts the procedure) and her behaviour today in the room (acts at once) — so a lecturer can
// show a caregiver who is sensitive today meeting an infant who still expects the old pattern.
#pragma once

#include "app/panel/panel_fonts.h"
#include "app/run/playback.h"
#include "sim/simulation.h"

namespace sb::app {

class CaregiverControls {
public:
    // Lays out both sections side by side at the cursor, then "Today = history" and a hint.
    void Show(Playback& playback, const PanelFonts& fonts);

private:
    void HistoryColumn(Playback& playback, const PanelFonts& fonts);
    void TodayColumn(Playback& playback, const PanelFonts& fonts);

    // The first-year sliders edit this copy of the scenario and hand its first-year caregiver over
    // only when a drag is released: each hand-over re-runs a year of learning and restarts the run.
    SimulationDef history_edit_;
    bool history_dragging_ = false;
};

}  // namespace sb::app
