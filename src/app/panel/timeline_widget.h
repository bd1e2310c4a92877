// Episode timeline: the eight episodes as one bar, each segment as long as the episode lasted (or,
// not yet reached, its nominal length), with the current one's progress and curtailed or extended
// episodes marked. Clicking a segment asks to jump there.
#pragma once

#include <string>
#include <vector>

#include "app/panel/panel_fonts.h"
#include "sim/simulation.h"

namespace sb::app {

struct TimelineSegment {
    int number = 0;
    std::string name;
    double nominal_s = 0.0;
    double length_s = 0.0;    // s the segment stands for: actual if finished, else at least nominal
    double elapsed_s = 0.0;   // s run so far (equals length_s once finished)
    bool finished = false;
    bool current = false;
    bool curtailed = false;
    bool extended = false;
    bool caregiver_present = false;
};

std::vector<TimelineSegment> BuildTimeline(const Simulation& sim);

// Draws the bar and its legend at the cursor, full width. Returns the episode clicked, or 0.
int EpisodeTimeline(const Simulation& sim, const PanelFonts& fonts);

}  // namespace sb::app
