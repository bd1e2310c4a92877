// Avoidance (AV), 1-7: ignoring, looking away, turning or moving away from a person — judged on
// its promptness, duration and intensity, and always as a response to her: her entry, her
// approach or her bid. At an entry it is read from how long the infant takes to greet her (look,
// approach, reach or call) and whether it actively turns or moves away; for a person already
// present, only turning or moving away in answer to her approach or bid counts — leaving a seated
// caregiver to play is the secure base at work. Rules in docs/coding.md.
#include <algorithm>

#include "coding/bouts.h"
#include "coding/scales.h"

namespace sb {

namespace {
constexpr double kEntryWindow_s = 60.0;   // the reunion's first minute carries the avoidance
constexpr double kResponse_s = 5.0;       // turning or moving away this soon after her bid answers it
constexpr double kHerApproach_mps = 0.2;  // her own walking towards the infant at least this fast is an approach

// Whether `person` is making a bid for the infant at frame i: coming over to it by her own
// movement, or — looking at it — greeting, calling, offering, playing, picking it up or soothing.
// Sitting in her chair watching, reading, talking to the other adult or prompting play with the
// toys asks nothing of the infant.
bool Bids(const EpisodeSlice& s, std::size_t i, AgentId person) {
    const Snapshot& f = s.Frame(i);
    const AgentView& her = f.Of(person);
    if (!her.present) return false;
    switch (her.action) {
        case VisibleAction::Greeting:
        case VisibleAction::ApproachingInfant:
        case VisibleAction::PickingUp:
        case VisibleAction::PlayingWithInfant:
        case VisibleAction::Soothing:
        case VisibleAction::Looming:
            return true;
        default:
            break;
    }
    if (her.gaze == GazeTarget::Infant && (her.vocalising || her.action == VisibleAction::OfferingToy)) return true;
    if (i > s.first && s.Dt(i) > 0) {
        const Snapshot& prev = s.Frame(i - 1);
        if (prev.Of(person).present) {
            const double before = Distance(prev.Of(person).pos, prev.Infant().pos);
            const double after = Distance(her.pos, prev.Infant().pos);
            if ((before - after) / s.Dt(i) >= kHerApproach_mps) return true;
        }
    }
    return false;
}
}  // namespace

ScaleScore ScoreAvoidance(const EpisodeSlice& s, AgentId person) {
    const GazeTarget look = GazeAt(person);
    const double entry = s.EntryTime(person);
    const double from = entry >= 0 ? entry : s.start_s;
    const double to = entry >= 0 ? std::min(entry + kEntryWindow_s, s.end_s) : s.end_s;

    // For a person already present, an act answers her only if it starts during or soon after a
    // bid of hers; after an entry, the entry itself is the bid for the first minute.
    std::vector<double> bids;
    if (entry < 0)
        for (std::size_t i = s.first; i < s.last; ++i)
            if (Bids(s, i, person)) bids.push_back(s.Frame(i).t);
    auto answers_her = [&](double t) {
        if (entry >= 0) return true;
        const auto it = std::upper_bound(bids.begin(), bids.end(), t + s.trace->header.step_s);
        return it != bids.begin() && t - *(it - 1) <= kResponse_s;
    };

    // Active avoidance: turning away from her, or crawling away from her while she is near
    // (within 1.5 m) without looking at her.
    std::vector<double> acts;
    const auto turns = FindBouts(s, [&](const Snapshot& f) {
        return f.Of(person).present && f.t >= from && f.t <= to && f.Infant().action == VisibleAction::TurningAway &&
               f.Infant().gaze != look;
    }, 1.0);
    for (const Bout& b : turns)
        if (b.Duration() >= 0.3 && answers_her(b.start_s)) acts.push_back(b.start_s);
    // Going back to the toys after being held is the secure base at work, not avoidance: only
    // retreats before the first contact with her count.
    double first_contact = to + 1.0;
    for (std::size_t i = s.first; i < s.last; ++i)
        if (s.Frame(i).t >= from && InContactWith(s.Frame(i), person)) { first_contact = s.Frame(i).t; break; }
    for (const Approach& r : FindRetreats(s, person)) {
        if (r.bout.start_s < from || r.bout.start_s > std::min(to, first_contact) || r.start_distance_m > 1.5 ||
            r.gaze_on_person_share > 0.5 || !answers_her(r.bout.start_s))
            continue;
        bool overlaps = false;
        for (const Bout& b : turns) overlaps |= r.bout.start_s <= b.end_s + 1.0 && b.start_s <= r.bout.end_s + 1.0;
        if (!overlaps) acts.push_back(r.bout.start_s);
    }
    std::sort(acts.begin(), acts.end());
    const int active = static_cast<int>(acts.size());
    const double first_active = acts.empty() ? -1.0 : acts.front();

    int value = 1;
    std::string why;
    if (entry >= 0) {
        // Latency to the first sign of greeting: a look, an approach, a reach, a cry towards her.
        double greet = -1;
        for (std::size_t i = s.first; i < s.last; ++i) {
            const Snapshot& f = s.Frame(i);
            if (f.t < entry || !f.Of(person).present) continue;
            const AgentView& b = f.Infant();
            const bool orient = b.gaze == look || b.action == VisibleAction::Reaching ||
                                (b.action == VisibleAction::Approaching && b.gaze == look);
            if (orient) { greet = f.t; break; }
        }
        const double ignored = greet < 0 ? to - entry : greet - entry;
        if (ignored < 2) value = 1;
        else if (ignored < 5) value = 2;
        else if (ignored < 10) value = 3;
        else if (ignored < 20) value = 4;
        else if (ignored < 40) value = 5;
        else value = 6;
        why = greet < 0 ? "did not look at or greet her in the " + Secs(to - entry) + " s after her entry"
                        : "first looked at or greeted her " + Secs(ignored) + " s after her entry";
        if (active >= 1) {
            value = std::min(7, std::max(value + 1, 3));
            if (active >= 2) value = std::max(value, 5);
            why += ", and turned or moved away from her " + std::to_string(active) + (active == 1 ? " time" : " times") +
                   " (first at " + Clock(first_active) + ")";
        }
        return {value, greet < 0 || value >= 3 ? (first_active >= 0 ? first_active : entry) : greet, why};
    }
    if (active == 0) return {1, -1, "no turning or moving away from her when she came over or made a bid"};
    value = active == 1 ? 3 : active == 2 ? 5 : 6;
    return {value, first_active, "turned or moved away from her " + std::to_string(active) + (active == 1 ? " time" : " times") +
                                     " as she came over or made a bid (first at " + Clock(first_active) + ")"};
}

}  // namespace sb
