// Disorganization: each observed index gets a severity on the 1-9 scale; the rating is the highest
// severity, one point higher when three or more different indices are seen. A rating of 5 or more
// classifies D (Main & Solomon 1990). Which behaviours count and their severities are our
// operational rules (docs/coding.md): the stream shows freezing, averted approach, interrupted
// approach and apprehension; stereotypies and anomalous postures are not in it.
#include <algorithm>
#include <set>

#include "coding/bouts.h"
#include "coding/disorganization.h"
#include "coding/scales.h"

namespace sb {

std::string_view ToString(DIndex d) {
    switch (d) {
        case DIndex::SequentialContradiction: return "sequential contradictory behaviour";
        case DIndex::SimultaneousContradiction: return "simultaneous contradictory behaviour";
        case DIndex::InterruptedMovement: return "interrupted or misdirected movement";
        case DIndex::FreezingStilling: return "freezing or stilling";
        case DIndex::Apprehension: return "apprehension of the parent";
    }
    return "?";
}

namespace {

constexpr AgentId kParent = AgentId::Caregiver;

bool Frozen(const Snapshot& f) { return f.Infant().action == VisibleAction::Freezing; }

int FreezeSeverity(double d) {
    if (d >= 20) return 8;
    if (d >= 10) return 7;
    if (d >= 5) return 6;
    if (d >= 2) return 4;
    return 2;
}

void CodeEpisode(const EpisodeSlice& s, std::vector<DObservation>& out) {
    const std::string ep = " in episode " + std::to_string(s.number);
    // (5) Freezing and stilling in the parent's presence.
    const auto freezes = FindBouts(s, [](const Snapshot& f) { return Frozen(f) && f.Of(kParent).present; }, 0.5);
    for (const Bout& b : freezes) {
        if (b.Duration() < 1.0) continue;
        out.push_back({DIndex::FreezingStilling, s.number, b.start_s, b.Duration(), FreezeSeverity(b.Duration()),
                       "froze, motionless, for " + Secs(b.Duration()) + " s at " + Clock(b.start_s) + ep});
    }
    // (1) Approach to the parent, then freezing or turning away within 3 s, without contact.
    const auto approaches = FindApproaches(s, kParent);
    const auto retreats = FindRetreats(s, kParent);
    // Moving away from her (not from the stranger) starting between `from` and `to`.
    auto retreat_from_parent = [&](double from, double to) {
        for (const Approach& r : retreats) {
            if (r.bout.start_s < from || r.bout.start_s > to) continue;
            // Backing away while watching the stranger is wariness of her, not of the parent.
            std::size_t at_stranger = 0;
            for (std::size_t i = r.bout.begin; i < r.bout.end; ++i) at_stranger += s.Frame(i).Infant().gaze == GazeTarget::Stranger;
            if (2 * at_stranger <= r.bout.end - r.bout.begin) return true;
        }
        return false;
    };
    for (const Approach& ap : approaches) {
        for (std::size_t i = ap.bout.end; i < s.last && s.Frame(i).t - ap.bout.end_s <= 3.0; ++i) {
            const Snapshot& f = s.Frame(i);
            if (f.Infant().in_contact) break;
            if (Frozen(f)) {
                double d = 0;
                for (const Bout& b : freezes) if (b.begin <= i && i < b.end) d = b.Duration();
                out.push_back({DIndex::SequentialContradiction, s.number, ap.bout.start_s, d, d >= 5 ? 7 : 6,
                               "approached her at " + Clock(ap.bout.start_s) + " and then froze for " + Secs(d) + " s" + ep});
                break;
            }
            // A full approach may end in moving off without contact (sequential contradiction); an
            // approach abandoned half-way only counts when the infant turns away from her, since
            // wandering back to the toys is ordinary toddler behaviour.
            const bool turned = f.Infant().action == VisibleAction::TurningAway;
            if (turned || (ap.Full() && retreat_from_parent(ap.bout.end_s - 0.5, f.t))) {
                if (ap.Full()) {
                    out.push_back({DIndex::SequentialContradiction, s.number, ap.bout.start_s, 0, 4,
                                   "approached her at " + Clock(ap.bout.start_s) + " and then turned away" + ep});
                } else {
                    out.push_back({DIndex::InterruptedMovement, s.number, ap.bout.start_s, 0, 4,
                                   "an approach to her at " + Clock(ap.bout.start_s) + " broke off and veered away" + ep});
                }
                break;
            }
        }
        // (2) Approach with the head averted: moving to her while looking elsewhere.
        const double moved = ap.start_distance_m - ap.end_distance_m;
        // Looking at the stranger while going to the parent is wariness of the stranger, not an
        // averted head: the averted look must go to no one.
        std::size_t at_stranger = 0;
        for (std::size_t i = ap.bout.begin; i < ap.bout.end; ++i) at_stranger += s.Frame(i).Infant().gaze == GazeTarget::Stranger;
        const double stranger_share = static_cast<double>(at_stranger) / static_cast<double>(ap.bout.end - ap.bout.begin);
        if (ap.Full() && moved >= 0.3 && ap.gaze_on_person_share <= 0.2 && stranger_share < 0.5 && ap.bout.Duration() >= 1.0) {
            out.push_back({DIndex::SimultaneousContradiction, s.number, ap.bout.start_s, ap.bout.Duration(), 5,
                           "approached her with head averted at " + Clock(ap.bout.start_s) + " (looked at her " +
                               std::to_string(static_cast<int>(ap.gaze_on_person_share * 100 + 0.5)) + "% of the approach)" + ep});
        }
    }
    // (6) Apprehension: a wary, fearful face towards the parent.
    const double entry = s.EntryTime(kParent);
    // With the stranger in the room a wary look to the parent is as likely social referencing
    // about the stranger; only wariness towards the parent alone counts.
    const auto wary = FindBouts(s, [](const Snapshot& f) {
        return f.Of(kParent).present && !f.Stranger().present && f.Infant().affect == Affect::Wary &&
               f.Infant().gaze == GazeTarget::Caregiver;
    }, 0.5);
    for (const Bout& b : wary) {
        if (b.Duration() < 1.5) continue;
        const bool at_entry = entry >= 0 && b.start_s - entry <= 10.0;
        const int sev = b.Duration() >= 4 ? (at_entry ? 6 : 5) : (at_entry ? 5 : 4);
        out.push_back({DIndex::Apprehension, s.number, b.start_s, b.Duration(), sev,
                       std::string("looked at her fearfully for ") + Secs(b.Duration()) + " s at " + Clock(b.start_s) +
                           (at_entry ? " just after her entry" : "") + ep});
    }
}

}  // namespace

Disorganization CodeDisorganization(const std::vector<EpisodeSlice>& episodes) {
    Disorganization d;
    for (const EpisodeSlice& s : episodes) CodeEpisode(s, d.observations);
    if (d.observations.empty()) {
        d.why = "no disorganized or disoriented behaviour seen in her presence";
        return d;
    }
    const auto worst = std::max_element(d.observations.begin(), d.observations.end(),
                                        [](const DObservation& a, const DObservation& b) { return a.severity < b.severity; });
    std::set<DIndex> kinds;
    for (const DObservation& o : d.observations) if (o.severity >= 4) kinds.insert(o.index);
    d.rating = worst->severity;
    d.why = "strongest: " + worst->what + " (" + std::string(ToString(worst->index)) + ")";
    if (kinds.size() >= 3) {
        d.rating = std::min(9, d.rating + 1);
        d.why += "; raised one point because " + std::to_string(kinds.size()) + " different indices were seen";
    }
    return d;
}

}  // namespace sb
