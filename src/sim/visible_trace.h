// VisibleTrace: a whole run as a camera saw it — every instant's Snapshot and every event. It is
// all the observer is allowed to know about a run.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/visible.h"

namespace sb {

struct VisibleTrace {
    std::string scenario;      // for the record only
    std::uint64_t seed = 0;    // for the record only
    double step_s = 0.1;       // s between instants
    std::vector<Snapshot> frames;
    std::vector<SimEvent> events;
};

// Appends one instant and the events that happened in the step leading to it.
inline void AppendFrame(VisibleTrace& trace, const Snapshot& now, const std::vector<SimEvent>& step_events) {
    trace.frames.push_back(now);
    trace.events.insert(trace.events.end(), step_events.begin(), step_events.end());
}

}  // namespace sb
