// Simulated colour-vision deficiency and perceived colour difference, so tests can check that
// colours a lecture depends on stay apart for students with protanopia or deuteranopia.
#pragma once

#include "app/run/okabe_ito.h"

namespace sb::app {

enum class Vision { Typical, Protanopia, Deuteranopia };

// How `c` looks with that vision: Vienot, Brettel & Mollon (1999), in linear sRGB.
Rgb Simulate(Rgb c, Vision vision);

// CIE 1976 colour difference (Delta E*ab) between two sRGB colours: about 2.3 is just noticeable,
// above 20 clearly different colours.
double DeltaE(Rgb a, Rgb b);

// The difference as seen with `vision`.
double DeltaE(Rgb a, Rgb b, Vision vision);

}  // namespace sb::app
