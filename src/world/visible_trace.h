// VisibleTrace: a whole run as a camera saw it — a header (the room and the protocol's episode
// roles), every instant's Snapshot and every event. It is all the observer is allowed to know about
// a run, and all it needs: the coder takes the door and the roles from the header.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
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
// measurable share of recording a run; equal to std::round for every double
// (tests/sim/test_step_shortcuts.cpp). Below 2^51, adding and taking away 1.5 x 2^52 rounds to a
// whole number with ties to even (the default rounding mode); a tie is then moved away from zero.
inline double RoundHalfAway(double v) {
    if (!(std::fabs(v) < 2251799813685248.0)) return std::round(v);  // 2^51 and beyond (and not numbers)
    constexpr double kShift = 6755399441055744.0;                      // 1.5 x 2^52
    double r = (v + kShift) - kShift;
    if (std::fabs(v - r) == 0.5) r = v + std::copysign(0.5, v);  // exact: v is a whole number and a half
    return std::copysign(r, v);
}

inline double RoundTo(double v, int decimals) {
    const double scale = decimals == 6 ? 1e6 : 1e4;
    return RoundHalfAway(v * scale) / scale;
}

// RoundTo(v, kTraceValueDecimals) for a value that is often the same as last time (a seated adult's
// place, a quiet infant's cry): the last value and its rounding are kept, and compared bit for bit.
struct RoundedLast {
    std::uint64_t raw_bits = 0;  // +0.0, and RoundTo(0.0) is 0.0
    double rounded = 0.0;
};
inline double RoundValueKept(double v, RoundedLast& last) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    if (bits != last.raw_bits) {
        last.raw_bits = bits;
        last.rounded = RoundTo(v, kTraceValueDecimals);
    }
    return last.rounded;
}

// Appends one instant and the events that happened in the step leading to it, on the file's grid.
inline void AppendFrame(VisibleTrace& trace, const Snapshot& now, const std::vector<SimEvent>& step_events) {
    Snapshot& f = trace.frames.emplace_back(now);
    f.t = RoundTo(f.t, kTraceTimeDecimals);
    f.episode_t = RoundTo(f.episode_t, kTraceTimeDecimals);
    // Most agents' numbers stand still from one instant to the next; the kept roundings are a
    // pure function's results, so sharing them across the traces one thread records is safe.
    thread_local std::array<RoundedLast, 4 * kAgentCount> kept;
    for (std::size_t k = 0; k < f.agents.size(); ++k) {
        AgentView& a = f.agents[k];
        a.pos.x = RoundValueKept(a.pos.x, kept[4 * k]);
        a.pos.y = RoundValueKept(a.pos.y, kept[4 * k + 1]);
        a.facing = RoundValueKept(a.facing, kept[4 * k + 2]);
        a.cry = RoundValueKept(a.cry, kept[4 * k + 3]);
    }
    for (SimEvent e : step_events) {
        e.t = RoundTo(e.t, kTraceTimeDecimals);
        trace.events.push_back(e);
    }
}

}  // namespace sb
