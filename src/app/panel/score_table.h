// Score table: the scorecard's grid — episodes down, PS CM RS AV DI toward the caregiver and the
// stranger, search and crying across — with each cell's background as strong as its score, the
// running episode's scores dimmed as provisional, a tooltip saying why, and click to replay.
#pragma once

#include <optional>
#include <vector>

#include "app/panel/panel_fonts.h"
#include "app/run/scorecard_rows.h"

namespace sb::app {

// How long before a score's moment a replay stops, so the viewer sees the moment happen.
inline constexpr double kReplayLeadIn_s = 2.0;

// A click on a cell that has a moment behind it.
struct CellClick {
    CellRef cell;
    double at_s = -1.0;  // the moment that set the score (or the first crying)
};

// Draws the table at the cursor, full width, with `jumped_to` outlined; tooltips name episodes by
// `roles`. Returns the cell clicked if it has a moment to replay.
std::optional<CellClick> ScoreTable(const std::vector<ScorecardRow>& rows, const ProtocolRoles& roles,
                                    const CellRef& jumped_to, const PanelFonts& fonts);

}  // namespace sb::app
