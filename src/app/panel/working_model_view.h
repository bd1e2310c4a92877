// Working model view: what the infant learned in its first year, from Simulation::History() — its
// expectations of her and its signalling strategy as bars with a plain-words reading, and the same
// quantities month by month with the months her caregiving changed.
#pragma once

#include "app/panel/panel_fonts.h"
#include "model/home_history.h"

namespace sb::app {

// Bars for availability, predictability, rejection and threat, the strategy from minimising to
// maximising, and one sentence saying what that means. Lays out at the cursor, full width.
void WorkingModelSummary(const WorkingModel& model, const PanelFonts& fonts);

// The working model at the end of each month of the first year: expectations above, the strategy
// below, a line at each month the scenario's caregiving changed. `height` in design px.
void WorkingModelByMonth(const HistoryResult& learned, const HistoryDef& history, const PanelFonts& fonts, float height);

}  // namespace sb::app
