// Proximity and contact seeking (PS), 1-7. The 7 anchor (own locomotion all the way, contact over
// 15 s, the 30-s delay cap in eps 5, 7, 8) is Ainsworth et al.'s; the lower points are our
// operational rules, documented in docs/coding.md.
#include <algorithm>
#include <limits>

#include "coding/bouts.h"
#include "coding/scales.h"

namespace sb {

namespace {
constexpr double kContactAfterApproach_s = 10.0;  // a pick-up this soon after arriving answers the approach
constexpr double kStayedNear_m = 0.6;             // ...provided the infant stayed this close meanwhile
constexpr double kSevenContact_s = 15.0;
constexpr double kDelayCap_s = 30.0;
constexpr double kPurposefulGaze = 0.3;           // an approach is purposeful if she is watched this much of it

// Ainsworth et al. (1978): the baby purposefully approaches, it "does not merely happen to approach
// while pursuing a toy". Purpose shows as watching her on the way, or as locomotion the camera
// sees is towards her (an approach with the head averted is still one).
bool Purposeful(const EpisodeSlice& s, const Approach& ap) {
    if (ap.gaze_on_person_share >= kPurposefulGaze) return true;
    std::size_t towards = 0;
    for (std::size_t i = ap.bout.begin; i < ap.bout.end; ++i) towards += s.Frame(i).Infant().action == VisibleAction::Approaching;
    return 2 * towards > ap.bout.end - ap.bout.begin;
}

void Raise(ScaleScore& best, int value, double at, std::string why) {
    if (value > best.value) best = {value, at, std::move(why)};
}

// The contact bout that the approach led to, if any.
const Bout* ContactAfter(const EpisodeSlice& s, const Approach& ap, const std::vector<Bout>& contacts, AgentId person) {
    for (const Bout& c : contacts) {
        if (c.start_s < ap.bout.start_s || c.start_s > ap.bout.end_s + kContactAfterApproach_s) continue;
        bool stayed = true;
        for (std::size_t i = ap.bout.end; i < c.begin && i < s.last; ++i)
            stayed &= Distance(s.Frame(i).Infant().pos, s.Frame(i).Of(person).pos) <= kStayedNear_m;
        if (stayed) return &c;
    }
    return nullptr;
}
}  // namespace

ScaleScore ScoreProximitySeeking(const EpisodeSlice& s, AgentId person, bool delay_rule) {
    ScaleScore best;
    best.why = "no effort to gain proximity or contact";
    // Crawling somewhere that happens to be her way — or to a toy beside her — is not seeking her.
    std::vector<Approach> approaches;
    for (const Approach& ap : FindApproaches(s, person))
        if (Purposeful(s, ap)) approaches.push_back(ap);
    const std::vector<Bout> contacts = FindBouts(s, [&](const Snapshot& f) { return InContactWith(f, person); }, 0.5);
    const double entry = s.EntryTime(person);
    const bool late_first = delay_rule && entry >= 0 && !approaches.empty() &&
                            approaches.front().bout.start_s - entry > kDelayCap_s;

    for (const Approach& ap : approaches) {
        const double after_entry = entry >= 0 ? ap.bout.start_s - entry : -1;
        const std::string when = entry >= 0 ? Secs(after_entry) + " s after her entry" : "at " + Clock(ap.bout.start_s);
        if (ap.Full()) {
            if (const Bout* c = ContactAfter(s, ap, contacts, person)) {
                const double held = c->Duration();
                if (held > kSevenContact_s && !late_first) {
                    Raise(best, 7, ap.bout.start_s,
                          "approached all the way by itself (" + when + ") and was in contact for " + Secs(held) + " s");
                } else if (held > kSevenContact_s) {
                    Raise(best, 6, ap.bout.start_s,
                          "approached all the way and held contact for " + Secs(held) +
                              " s, but the first approach began " + Secs(approaches.front().bout.start_s - entry) +
                              " s after her entry (a 7 needs it within 30 s)");
                } else {
                    Raise(best, 6, ap.bout.start_s,
                          "approached all the way (" + when + ") but the contact lasted only " + Secs(held) + " s (a 7 needs over 15 s)");
                }
            } else {
                Raise(best, 5, ap.bout.start_s, "approached all the way (" + when + ") without gaining contact");
            }
        } else if (ap.Covered() >= 0.5) {
            Raise(best, 4, ap.bout.start_s,
                  "approached part of the way (" + std::to_string(static_cast<int>(ap.Covered() * 100 + 0.5)) + "%, " + when + ")");
        } else {
            Raise(best, 3, ap.bout.start_s, "a weak approach, less than half the way (" + when + ")");
        }
    }

    // Signals without locomotion: reaching and directed crying.
    const GazeTarget look = GazeAt(person);
    const auto reaching = FindBouts(s, [&](const Snapshot& f) {
        return f.Of(person).present && f.Infant().action == VisibleAction::Reaching &&
               Distance(f.Infant().pos, f.Of(person).pos) <= 0.8;
    }, 0.5);
    for (const Bout& r : reaching) {
        const Bout* lifted = nullptr;
        for (const Bout& c : contacts)
            if (c.start_s >= r.start_s && c.start_s <= r.end_s + 2.0) lifted = &c;
        if (lifted && lifted->Duration() > kSevenContact_s) {
            // Already within reach, it needed no locomotion: everything of a 7 but the approach.
            Raise(best, 6, r.start_s, "reached up to her at " + Clock(r.start_s) + " and held on for " + Secs(lifted->Duration()) + " s");
        } else if (lifted) {
            Raise(best, 5, r.start_s, "reached up to her and was picked up at " + Clock(r.start_s));
        } else {
            Raise(best, 4, r.start_s, "reached to her at " + Clock(r.start_s) + " without being picked up");
        }
    }
    const auto calling = FindBouts(s, [&](const Snapshot& f) {
        return f.Of(person).present && f.Infant().cry >= 0.25 && f.Infant().gaze == look;
    }, 0.5);
    for (const Bout& c : calling) {
        if (c.Duration() >= 2.0) Raise(best, 3, c.start_s, "cried towards her at " + Clock(c.start_s) + " (a bid for contact)");
        else Raise(best, 2, c.start_s, "a brief cry towards her at " + Clock(c.start_s));
    }
    return best;
}

}  // namespace sb
