// Bouts: runs of frames in which something visible holds (contact, reaching, freezing...), and
// approaches: runs in which the infant's own locomotion closes the distance to a person.
#pragma once

#include <vector>

#include "coding/episode_slice.h"

namespace sb {

struct Bout {
    std::size_t begin = 0;  // frame indices [begin, end)
    std::size_t end = 0;
    double start_s = 0.0;
    double end_s = 0.0;
    double Duration() const { return end_s - start_s; }
};

// Runs of frames of the slice where `holds(const Snapshot&)` is true; gaps of up to `bridge_s` join
// two runs. A template so that the test inlines into the scan: every scale runs several of these
// over each episode's frames.
template <class Holds>
std::vector<Bout> FindBouts(const EpisodeSlice& s, const Holds& holds, double bridge_s = 0.0) {
    // Frame i stands for the interval (t_i - dt_i, t_i].
    std::vector<Bout> out;
    for (std::size_t i = s.first; i < s.last; ++i) {
        if (!holds(s.Frame(i))) continue;
        const double t = s.Frame(i).t;
        const double from = t - s.Dt(i);
        if (out.empty() || from - out.back().end_s > bridge_s + 1e-9) out.push_back({i, i, from, t});
        out.back().end = i + 1;
        out.back().end_s = t;
    }
    return out;
}

struct Approach {
    Bout bout;
    double start_distance_m = 0.0;
    double end_distance_m = 0.0;
    double gaze_on_person_share = 0.0;  // of the approach's frames, the share looking at the person
    bool Full() const { return end_distance_m <= kReach_m; }
    // Share of the way to arm's length that the approach covered (0..1).
    double Covered() const;
};

// Approaches to `person` by the infant's own locomotion (not carried), at least 0.15 m long.
std::vector<Approach> FindApproaches(const EpisodeSlice& slice, AgentId person);
// The opposite: the infant's own locomotion taking it away from `person`, at least 0.15 m.
// (Approach::start/end distances then grow; Full() is meaningless.)
std::vector<Approach> FindRetreats(const EpisodeSlice& slice, AgentId person);

// Body contact between the infant and `person`.
inline bool InContactWith(const Snapshot& f, AgentId person) {
    return f.Infant().in_contact && f.Of(person).present && f.Of(person).in_contact;
}

}  // namespace sb
