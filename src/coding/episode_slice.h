// Cuts a visible trace into episodes and answers the questions every scale asks of one: which
// frames, how long each frame lasted, when a person came in, who is the "person" of a scale.
#pragma once

#include <cstddef>
#include <vector>

#include "world/visible_trace.h"

namespace sb {

struct EpisodeSlice {
    const VisibleTrace* trace = nullptr;
    int number = 0;
    std::size_t first = 0;      // frame indices [first, last)
    std::size_t last = 0;
    double start_s = 0.0;
    double end_s = 0.0;
    bool complete = false;      // a later episode began, or an episode_end event closes it
    bool curtailed = false;
    bool extended = false;

    const Snapshot& Frame(std::size_t i) const { return trace->frames[i]; }
    // Seconds frame i stands for: the time since the previous frame (0 for the very first frame).
    double Dt(std::size_t i) const;
    // When `who` came through the door in this episode; -1 if they did not.
    double EntryTime(AgentId who) const;
    double Duration() const { return end_s - start_s; }
};

std::vector<EpisodeSlice> SliceEpisodes(const VisibleTrace& trace);

// The gaze target that means "looking at this person".
GazeTarget GazeAt(AgentId person);

// Distance within which the infant counts as having reached a person (m): arm's length plus the
// adult's body.
inline constexpr double kReach_m = 0.45;

}  // namespace sb
