// Resistance (RS), 1-7: angry, ambivalent resistance to contact or interaction with a person —
// pushing away, hitting, squirming angrily to get down, throwing offered toys. The 7 and 6 anchors
// follow the published descriptions; the counts and durations are our operational rules.
#include <algorithm>

#include "coding/bouts.h"
#include "coding/scales.h"

namespace sb {

ScaleScore ScoreResistance(const EpisodeSlice& s, AgentId person) {
    auto near_person = [&](const Snapshot& f) {
        return f.Of(person).present && (InContactWith(f, person) || Distance(f.Infant().pos, f.Of(person).pos) <= 0.8);
    };
    // The cheap test first: the distance is measured only for frames that could count.
    const auto acts = FindBouts(s, [&](const Snapshot& f) { return f.Infant().action == VisibleAction::Resisting && near_person(f); }, 1.0);
    int n = 0, angry_acts = 0;
    double total = 0, longest = 0;
    double first_at = -1;
    for (const Bout& b : acts) {
        if (b.Duration() < 0.5) continue;
        ++n;
        total += b.Duration();
        longest = std::max(longest, b.Duration());
        if (first_at < 0) first_at = b.start_s;
        std::size_t angry = 0;
        for (std::size_t i = b.begin; i < b.end; ++i) angry += s.Frame(i).Infant().affect == Affect::Angry;
        angry_acts += 2 * angry >= (b.end - b.begin);
    }
    ScaleScore out;
    const std::string counted = std::to_string(n) + (n == 1 ? " act" : " acts") + " of resistance (" + Secs(total) +
                                " s in all, " + std::to_string(angry_acts) + " angry), the first at " + Clock(first_at);
    if (n >= 2 && angry_acts == n && total >= 6) out = {7, first_at, "very intense and persistent: " + counted};
    else if (total >= 6 || (n >= 2 && angry_acts >= 1)) out = {6, first_at, "strong or persistent: " + counted};
    else if (n >= 1 && longest >= 3 && angry_acts >= 1) out = {5, first_at, "a clear angry push away: " + counted};
    else if (n >= 1 && longest >= 1.5) out = {4, first_at, "resisted her: " + counted};
    else if (n >= 1) out = {3, first_at, "a brief resistance at " + Clock(first_at)};
    else {
        const auto cross = FindBouts(s, [&](const Snapshot& f) { return f.Infant().affect == Affect::Angry && near_person(f); }, 0.5);
        double angry_s = 0;
        for (const Bout& b : cross) angry_s += b.Duration();
        if (angry_s >= 2.0) out = {2, cross.front().start_s, "angry and petulant near her for " + Secs(angry_s) + " s, without pushing away"};
        else out = {1, -1, "no resistance to her"};
    }
    return out;
}

}  // namespace sb
