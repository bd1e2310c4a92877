// Population view: the Population tab. Runs many dyads of the first-year caregiver on screen in the
// background (app/run/population_runner.h) and shows the A/B/C/D shares as bars beside the published
// low-risk reference, the subgroups, and the last runs with their settings — so a lecturer can drag
// consistency from 0.85 to 0.2 and show hundreds of infants moving toward C while the room goes on.
// A released first-year slider (here or on any tab) starts a new run; a run going is replaced.
#pragma once

#include "app/panel/first_year_controls.h"
#include "app/panel/panel_fonts.h"
#include "app/run/playback.h"
#include "app/run/population_runner.h"

namespace sb::app {

class PopulationView {
public:
    PopulationView();
    // Lays out the tab for this frame; starts a run when the settings differ from the last one asked for.
    void Show(Playback& playback, const PanelFonts& fonts);

private:
    PopulationSettings Wanted(const Playback& playback) const;
    void Choices(const Playback& playback, const PanelFonts& fonts);
    void Progress(const Playback& playback);
    void Shares(const PanelFonts& fonts);
    void Subgroups(const PanelFonts& fonts);
    void History(const PanelFonts& fonts);

    FirstYearControls first_year_{"population_first_year", 126.0f};
    PopulationRunner runner_;
    PopulationSpread spread_ = PopulationSpread::LikeThisCaregiver;
    int n_ = 500;
};

}  // namespace sb::app
