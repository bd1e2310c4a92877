// Cuts a visible trace into episodes and answers the questions every scale asks of one: which
// frames, how long each frame lasted, when a person came in, who is the "person" of a scale.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <vector>

#include "world/visible_trace.h"

namespace sb {

// The infant's own speed of closing in on each person at every frame of a slice (m/s, negative
// moving off; NaN where it does not apply), worked out on first use (bouts.cpp): the approaches
// and retreats that several scales ask for all read these numbers instead of measuring again.
// Owned by the slices of one CodeTrace call, so never shared between threads; a slice's frames are
// fixed once it is cut.
struct OwnMoves {
    std::array<bool, kAgentCount> ready{};
    std::array<std::vector<double>, kAgentCount> rate;
};

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
    std::shared_ptr<OwnMoves> own_moves = std::make_shared<OwnMoves>();

    const Snapshot& Frame(std::size_t i) const { return trace->frames[i]; }
    // Seconds frame i stands for: the time since the previous frame (0 for the very first frame).
    double Dt(std::size_t i) const { return i == 0 ? 0.0 : trace->frames[i].t - trace->frames[i - 1].t; }
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
