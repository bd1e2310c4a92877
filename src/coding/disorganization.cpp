// Disorganization: each observed index gets a severity on the 1-9 scale; the rating is the highest
// severity, one point higher when three or more different indices are seen. A rating of 5 or more
// classifies D (Main & Solomon 1990). Which behaviours count and their severities are our
// operational rules (docs/coding.md): the stream shows freezing, averted approach, interrupted
// approach and apprehension; stereotypies and anomalous postures are not in it. Lapses weigh most
// in the reunions, where attachment is activated; the same brief lapse before any separation
// weighs less, and returning to play after touching base is no lapse at all.
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

// `freezing` in the stream is a stilled posture with a dazed, trance-like face. Shorter than this
// it is a still moment, not freezing.
constexpr double kMinFreeze_s = 2.0;
// Main & Solomon (1990, as recalled): freezing of about 20 s or more is a strong index wherever it
// is seen.
constexpr double kStrongFreeze_s = 20.0;
// Outside the reunions (before any separation, in the standard procedure) a lapse short of the
// strong freeze weighs this much less: attachment is hardly activated there, and a brief still or
// turn there says less about the infant's strategy towards her.
constexpr int kUnactivatedDiscount = 1;
constexpr int kUnactivatedFreezeDiscount = 2;
constexpr double kCrying = 0.25;  // cry intensity that is crying (as in the interval codes)

bool Frozen(const Snapshot& f) { return f.Infant().action == VisibleAction::Freezing; }

int FreezeSeverity(double d, bool reunion) {
    if (d >= kStrongFreeze_s) return reunion ? 8 : 7;
    const int at_reunion = d >= 10 ? 7 : d >= 5 ? 6 : 4;
    return reunion ? at_reunion : at_reunion - kUnactivatedFreezeDiscount;
}

void CodeEpisode(const EpisodeSlice& s, bool reunion, std::vector<DObservation>& out) {
    const std::string ep = " in episode " + std::to_string(s.number);
    const int discount = reunion ? 0 : kUnactivatedDiscount;
    // (5) Freezing and stilling in the parent's presence.
    const auto freezes = FindBouts(s, [](const Snapshot& f) { return Frozen(f) && f.Of(kParent).present; }, 0.5);
    for (const Bout& b : freezes) {
        if (b.Duration() < kMinFreeze_s) continue;
        out.push_back({DIndex::FreezingStilling, s.number, b.start_s, b.Duration(), FreezeSeverity(b.Duration(), reunion),
                       "froze, motionless, for " + Secs(b.Duration()) + " s at " + Clock(b.start_s) + ep});
    }
    // (1) Approach to the parent, then freezing or turning away within 3 s, without contact.
    const auto approaches = FindApproaches(s, kParent);
    const auto retreats = FindRetreats(s, kParent);
    // Moving away from her starting between `from` and `to` — not back to the toys, which is the
    // secure-base excursion ending (Ainsworth et al. 1978), and not from the stranger, which is
    // wariness of her rather than of the parent.
    auto retreat_from_parent = [&](double from, double to) {
        for (const Approach& r : retreats) {
            if (r.bout.start_s < from || r.bout.start_s > to) continue;
            std::size_t at_stranger = 0, to_play = 0;
            for (std::size_t i = r.bout.begin; i < r.bout.end; ++i) {
                const AgentView& b = s.Frame(i).Infant();
                at_stranger += b.gaze == GazeTarget::Stranger;
                to_play += b.action == VisibleAction::Exploring || b.gaze == GazeTarget::Toy;
            }
            const std::size_t n = r.bout.end - r.bout.begin;
            if (2 * at_stranger <= n && 2 * to_play <= n) return true;
        }
        return false;
    };
    for (const Approach& ap : approaches) {
        // Crying or a distressed face for a third of the way or more: strong attachment behaviour.
        std::size_t upset = 0;
        for (std::size_t i = ap.bout.begin; i < ap.bout.end; ++i) {
            const AgentView& b = s.Frame(i).Infant();
            upset += b.cry >= kCrying || b.affect == Affect::Distressed;
        }
        const bool strong = 3 * upset >= ap.bout.end - ap.bout.begin;
        for (std::size_t i = ap.bout.end; i < s.last && s.Frame(i).t - ap.bout.end_s <= 3.0; ++i) {
            const Snapshot& f = s.Frame(i);
            if (f.Infant().in_contact) break;
            if (Frozen(f)) {
                double d = 0;
                for (const Bout& b : freezes) if (b.begin <= i && i < b.end) d = b.Duration();
                if (d < kMinFreeze_s) break;  // a still moment on arrival is not a freeze
                int severity = d >= 5 ? 7 : 6;
                if (!reunion && d < kStrongFreeze_s) severity -= kUnactivatedFreezeDiscount;
                out.push_back({DIndex::SequentialContradiction, s.number, ap.bout.start_s, d, severity,
                               "approached her at " + Clock(ap.bout.start_s) + " and then froze for " + Secs(d) + " s" + ep});
                break;
            }
            // Main & Solomon's contradiction is very strong attachment behaviour followed suddenly by
            // avoidance of her: here, an approach made crying or distressed that ends in turning
            // away from her, or in moving off from her other than back to play. A calm approach that
            // ends in turning away is the avoidant mix of an A2 infant (Ainsworth et al. 1978), scored
            // on the avoidance scale, and wandering back to the toys after reaching her — or
            // half-way — is ordinary toddler behaviour.
            const bool turned = f.Infant().action == VisibleAction::TurningAway;
            if (strong && (turned || (ap.Full() && retreat_from_parent(ap.bout.end_s - 0.5, f.t)))) {
                if (ap.Full()) {
                    out.push_back({DIndex::SequentialContradiction, s.number, ap.bout.start_s, 0, 4 - discount,
                                   "approached her in distress at " + Clock(ap.bout.start_s) + " and then turned away" + ep});
                } else {
                    out.push_back({DIndex::InterruptedMovement, s.number, ap.bout.start_s, 0, 4 - discount,
                                   "a distressed approach to her at " + Clock(ap.bout.start_s) + " broke off and veered away" + ep});
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

Disorganization CodeDisorganization(const std::vector<EpisodeSlice>& episodes, const ProtocolRoles& roles) {
    Disorganization d;
    for (const EpisodeSlice& s : episodes) {
        const EpisodeRoles* role = roles.Find(s.number);
        CodeEpisode(s, role && role->reunion, d.observations);
    }
    if (d.observations.empty()) {
        d.why = "no disorganized or disoriented behaviour seen in her presence";
        return d;
    }
    const auto worst = std::max_element(d.observations.begin(), d.observations.end(),
                                        [](const DObservation& a, const DObservation& b) { return a.severity < b.severity; });
    std::set<DIndex> kinds;
    for (const DObservation& o : d.observations) if (o.severity >= 4) kinds.insert(o.index);
    d.rating = worst->severity;
    // The moment the reasons cite: a reunion's, where attachment is activated and D is classified,
    // when one there is within a point of the strongest — a freeze before any separation is not the
    // moment to show a class when a comparable lapse came as she returned.
    auto in_reunion = [&](const DObservation& o) {
        const EpisodeRoles* role = roles.Find(o.episode);
        return role && role->reunion;
    };
    const DObservation* cited = &*worst;
    for (const DObservation& o : d.observations) {
        if (!in_reunion(o) || o.severity < worst->severity - 1) continue;
        if (!in_reunion(*cited) || o.severity > cited->severity) cited = &o;
    }
    d.strongest = static_cast<std::size_t>(cited - d.observations.data());
    d.why = "strongest: " + cited->what + " (" + std::string(ToString(cited->index)) + ")";
    if (cited != &*worst && worst->severity > cited->severity)
        d.why += "; one point stronger outside the reunions: " + worst->what;
    if (kinds.size() >= 3) {
        d.rating = std::min(9, d.rating + 1);
        d.why += "; raised one point because " + std::to_string(kinds.size()) + " different indices were seen";
    }
    return d;
}

}  // namespace sb
