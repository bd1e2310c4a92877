// VisibleTrace: a whole run as a camera saw it — a header (the room and the protocol's episode
// roles), every instant's Snapshot and every event. It is all the observer is allowed to know about
// a run, and all it needs: the coder takes the door and the roles from the header.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "world/episode_roles.h"
#include "world/room.h"
#include "world/visible.h"

namespace sb {

struct TraceHeader {
    std::string scenario;      // for the record only
    std::uint64_t seed = 0;    // for the record only
    double step_s = 0.1;       // s between instants
    RoomDef room;              // the room as filmed: door, chairs, toys
    ProtocolRoles roles;       // what each episode is for: scored toward whom, separations, reunions
};

struct VisibleTrace {
    TraceHeader header;
    std::vector<Snapshot> frames;
    std::vector<SimEvent> events;
};

// The precision the trace file keeps (decimal places): times to the microsecond, positions,
// headings and cry intensity to 1e-4. A trace in memory is rounded to the same grid, so coding a
// run in memory and coding its file give the same result, bit for bit.
inline constexpr int kTraceTimeDecimals = 6;
inline constexpr int kTraceValueDecimals = 4;

// std::round (halves away from zero, the sign of zero kept) without the library call, which was a
// measurable share of recording a run; equal to std::round for every double (tests/core).
inline double RoundHalfAway(double v) {
    if (!(std::fabs(v) < 4503599627370496.0)) return std::round(v);  // 2^52 and beyond are whole (or not numbers)
    const double whole = static_cast<double>(static_cast<std::int64_t>(v));  // towards zero
    const double rest = v - whole;                                          // exact below 2^52
    double r = whole;
    if (rest >= 0.5) r += 1.0;
    else if (rest <= -0.5) r -= 1.0;
    return std::copysign(r, v);
}

inline double RoundTo(double v, int decimals) {
    const double scale = decimals == 6 ? 1e6 : 1e4;
    return RoundHalfAway(v * scale) / scale;
}

// Appends one instant and the events that happened in the step leading to it, on the file's grid.
inline void AppendFrame(VisibleTrace& trace, const Snapshot& now, const std::vector<SimEvent>& step_events) {
    Snapshot& f = trace.frames.emplace_back(now);
    f.t = RoundTo(f.t, kTraceTimeDecimals);
    f.episode_t = RoundTo(f.episode_t, kTraceTimeDecimals);
    for (AgentView& a : f.agents) {
        a.pos.x = RoundTo(a.pos.x, kTraceValueDecimals);
        a.pos.y = RoundTo(a.pos.y, kTraceValueDecimals);
        a.facing = RoundTo(a.facing, kTraceValueDecimals);
        a.cry = RoundTo(a.cry, kTraceValueDecimals);
    }
    for (SimEvent e : step_events) {
        e.t = RoundTo(e.t, kTraceTimeDecimals);
        trace.events.push_back(e);
    }
}

}  // namespace sb
