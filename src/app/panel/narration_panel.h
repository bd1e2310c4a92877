// Narration on the Run tab: the switch (also key N), the last few readings, and the announcement of
// the observer's classification at the end of the procedure.
#pragma once

#include "app/panel/panel_fonts.h"
#include "app/run/narration.h"
#include "app/run/playback.h"

namespace sb::app {

// The checkbox and, while narration is on, the readings of the last minute or so.
void NarrationControls(Narration& narration, const PanelFonts& fonts);

// "Classification: B (B3)" large, its one sentence, the coder's first reason and "press R".
void ClassificationAnnouncement(const Playback& playback, const Narration& narration, const PanelFonts& fonts);

}  // namespace sb::app
