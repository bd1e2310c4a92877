// Scorecard panel: the observer's score sheet for the run on screen — the score table, filling in
// episode by episode, then the disorganization rating and the classification with its reasons.
// Clicking a score replays the run to just before the moment that set it.
#pragma once

#include "app/panel/panel_fonts.h"
#include "app/run/playback.h"
#include "app/run/scorecard_rows.h"

namespace sb::app {

class ScorecardPanel {
public:
    // Lays out the card in the current ImGui window (between NewFrame and Render).
    void Show(Playback& playback, const PanelFonts& fonts);

private:
    void ReplayNote(const Playback& playback, const PanelFonts& fonts) const;

    CellRef jumped_to_;         // the cell last clicked, outlined until another is
    double jumped_moment_s_ = -1.0;
};

}  // namespace sb::app
