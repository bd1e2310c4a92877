// Key moments on the Run tab: the run's moments a class should see, each a click away from a replay
// that stops just before it.
#pragma once

#include "app/panel/panel_fonts.h"
#include "app/run/narration.h"
#include "app/run/playback.h"

namespace sb::app {

// Lists the key moments of the run so far and replays to the one clicked (paused 2 s before it,
// inside its episode). Call it where nothing after it in the frame still holds references into
// the simulation: the replay builds a new one.
void KeyMomentsList(Playback& playback, const Narration& narration, const PanelFonts& fonts);

}  // namespace sb::app
