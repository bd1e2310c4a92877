// Bout and approach detection.
#include "coding/bouts.h"

#include <algorithm>
#include <limits>

namespace sb {

namespace {
constexpr double kMinApproach_m = 0.15;      // shorter moves are shuffles, not approaches
constexpr double kApproachBridge_s = 1.0;    // a pause of a second does not end an approach
constexpr double kClosingSpeed_mps = 0.05;   // own movement must close the distance at least this fast
}  // namespace

double Approach::Covered() const {
    const double needed = start_distance_m - kReach_m;
    if (needed <= 0.0) return 1.0;
    return std::clamp((start_distance_m - end_distance_m) / needed, 0.0, 1.0);
}

namespace {
// Runs of the infant's own movement that change its distance to `person` in `sign` direction
// (-1 closing in, +1 moving off), measured against where the person was, so her movement does
// not count as the infant's.
std::vector<Approach> FindMoves(const EpisodeSlice& s, AgentId person, double sign);
}  // namespace

std::vector<Approach> FindApproaches(const EpisodeSlice& s, AgentId person) { return FindMoves(s, person, -1.0); }
std::vector<Approach> FindRetreats(const EpisodeSlice& s, AgentId person) { return FindMoves(s, person, +1.0); }

namespace {
// The infant's own closing speed towards `person` at frame i (see OwnMoves), measured against
// where the person was, so her movement does not count as the infant's.
double OwnRate(const EpisodeSlice& s, AgentId person, std::size_t i) {
    const double none = std::numeric_limits<double>::quiet_NaN();
    if (i == 0 || i <= s.first) return none;
    const Snapshot& a = s.Frame(i - 1);
    const Snapshot& b = s.Frame(i);
    if (!a.Of(person).present || !b.Of(person).present) return none;
    if (a.Infant().in_contact || b.Infant().in_contact) return none;
    const double dt = s.Dt(i);
    if (dt <= 0) return none;
    const double before = Distance(a.Infant().pos, a.Of(person).pos);
    const double after = Distance(b.Infant().pos, a.Of(person).pos);
    return (after - before) / dt;
}

// The slice's rates towards `person`, frames [first, last), measured once per slice and person
// (a slice without its memo measures them into `scratch` every time).
const std::vector<double>& OwnRates(const EpisodeSlice& s, AgentId person, std::vector<double>& scratch) {
    const auto p = static_cast<std::size_t>(person);
    std::vector<double>& rate = s.own_moves ? s.own_moves->rate[p] : scratch;
    if (s.own_moves && s.own_moves->ready[p] && rate.size() == s.last - s.first) return rate;
    rate.resize(s.last - s.first);
    for (std::size_t i = s.first; i < s.last; ++i) rate[i - s.first] = OwnRate(s, person, i);
    if (s.own_moves) s.own_moves->ready[p] = true;
    return rate;
}

std::vector<Approach> FindMoves(const EpisodeSlice& s, AgentId person, double sign) {
    std::vector<Approach> out;
    const GazeTarget look = GazeAt(person);
    std::vector<double> scratch;
    const std::vector<double>& rate = OwnRates(s, person, scratch);
    // NaN (no own movement to measure) compares false.
    auto closing = [&](std::size_t i) { return sign * rate[i - s.first] >= kClosingSpeed_mps; };
    std::size_t i = s.first;
    while (i < s.last) {
        if (!closing(i)) { ++i; continue; }
        Approach ap;
        ap.bout.begin = i;
        ap.bout.start_s = s.Frame(i - 1).t;
        ap.start_distance_m = Distance(s.Frame(i - 1).Infant().pos, s.Frame(i - 1).Of(person).pos);
        std::size_t end = i + 1;
        std::size_t j = i + 1;
        while (j < s.last) {
            if (closing(j)) { end = j + 1; ++j; continue; }
            if (s.Frame(j).t - s.Frame(end - 1).t > kApproachBridge_s) break;
            if (s.Frame(j).Infant().in_contact) break;
            ++j;
        }
        ap.bout.end = end;
        ap.bout.end_s = s.Frame(end - 1).t;
        const Snapshot& last = s.Frame(end - 1);
        ap.end_distance_m = Distance(last.Infant().pos, last.Of(person).pos);
        int looking = 0;
        for (std::size_t k = ap.bout.begin; k < end; ++k) looking += s.Frame(k).Infant().gaze == look;
        ap.gaze_on_person_share = static_cast<double>(looking) / static_cast<double>(end - ap.bout.begin);
        const double moved = sign * (ap.end_distance_m - ap.start_distance_m);
        if (moved >= kMinApproach_m) out.push_back(ap);
        i = end;
    }
    return out;
}
}  // namespace

}  // namespace sb
