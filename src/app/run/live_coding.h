// Live coding: the run on screen as the observer sees it. Records the visible trace step by step
// and keeps the observer's coding of it current — at once when an episode ends or the run
// finishes, and every few simulated seconds in between so the running episode's scores fill in.
#pragma once

#include <cstdint>

#include "coding/coder.h"
#include "coding/coding.h"
#include "sim/simulation.h"
#include "world/visible_trace.h"

namespace sb::app {

class LiveCoding {
public:
    // Starts a fresh trace at the simulation's current instant, with every event so far.
    void Begin(const Simulation& sim);
    // Records the instant the last Step() produced, with that step's events.
    void Record(const Simulation& sim);

    // Called once a frame with the real time it took: recodes if an episode ended or the run
    // finished since the last coding, or if the running episode has moved on enough to be worth it.
    void Refresh(double real_s, bool paused);
    // Codes the whole trace now (after a restart or a jump, when there is nothing to wait for).
    void RecodeNow();

    const Coding& Current() const { return coding_; }
    // The visible trace of the run on screen so far, and which trace it is: a new number every time
    // recording starts again (a restart or a jump), so readers of the trace know to start over.
    const VisibleTrace& Trace() const { return trace_; }
    std::uint64_t Generation() const { return generation_; }

private:
    double RecordedUpTo_s() const;

    VisibleTrace trace_;
    Coding coding_;
    bool episode_ended_ = false;  // an episode closed (or the run finished) since the last coding
    double coded_up_to_s_ = -1.0; // simulated time of the last instant coded
    double real_since_code_s_ = 0.0;
    std::uint64_t generation_ = 0;
};

}  // namespace sb::app
