// Verdict view: the bottom of the scorecard — the disorganization rating so far and, once both
// reunions are coded, the classification in large type with its two dimensions and the coder's
// reasons in words.
#pragma once

#include "app/panel/panel_fonts.h"
#include "coding/coding.h"

namespace sb::app {

// Draws at the cursor, full width; the reasons scroll in whatever height is left.
// `procedure_finished`: the run has ended, so a missing reunion will not come any more.
void VerdictView(const Coding& coding, bool procedure_finished, const PanelFonts& fonts);

}  // namespace sb::app
