// The values the window ended with, one line per registry parameter with its range, so a test that
// drives the window at random (tests/gui/soak.sh) can check afterwards that every value stayed in range.
#pragma once

#include <string>

#include "sim/simulation.h"

namespace sb::app {

// A tab-separated table with a header line: name, value, min, max, kind ("real", "whole" or
// "flag"), every registry parameter of `def` in registry order, then the playback speed
// ("playback.speed", 1 to 64). Values are printed so that they read back exactly.
std::string ParamDump(const SimulationDef& def, double speed);

}  // namespace sb::app
