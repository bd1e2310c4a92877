// Key moments: the handful of moments of a run a class should see — the first greeting of a
// reunion, the first ignored return, the first disorganized lapse the coder notes, the widest gap
// between what the infant feels and what it shows (hidden state, labelled so), and each curtailed
// separation — each with where a replay of it starts.
#pragma once

#include <string>
#include <vector>

#include "app/run/hidden_history.h"
#include "app/run/narration_log.h"
#include "coding/coding.h"
#include "world/visible_trace.h"

namespace sb::app {

struct KeyMoment {
    std::string what;     // "First reunion greeting"
    std::string detail;   // the reading or the coder's words
    double at_s = 0.0;    // s since the procedure began
    int episode = 0;
    bool hidden = false;  // read from the infant's hidden state, not from what a camera sees
};

// How far before a moment a replay starts, so the lead-up can be watched.
inline constexpr double kMomentLeadIn_s = 2.0;

// Where a replay of a moment in `episode` starts: kMomentLeadIn_s before it, but never before the
// episode began — a score of the first reunion replays inside the first reunion.
double ReplayFrom(double at_s, int episode, const VisibleTrace& trace);

// The run's key moments so far, in the order they happened. The widest felt-not-shown gap comes
// from `hidden` (the whole run's widest, as HiddenHistory keeps it) when it is wide enough to show.
std::vector<KeyMoment> FindKeyMoments(const VisibleTrace& trace, const NarrationLog& log, const Coding& coding,
                                      const HiddenHistory& hidden);

}  // namespace sb::app
