// Distance interaction (DI), 1-7: smiling, vocalising, showing toys to a person across a distance.
// Counted as bouts of looking at her with a smile or a vocalisation while out of reach.
#include "coding/bouts.h"
#include "coding/scales.h"

namespace sb {

ScaleScore ScoreDistanceInteraction(const EpisodeSlice& s, AgentId person) {
    const GazeTarget look = GazeAt(person);
    const auto bouts = FindBouts(s, [&](const Snapshot& f) {
        const AgentView& b = f.Infant();
        return f.Of(person).present && !b.in_contact && Distance(b.pos, f.Of(person).pos) > kReach_m && b.gaze == look &&
               (b.affect == Affect::Positive || b.vocalising);
    }, 0.5);
    int n = 0;
    double total = 0, first = -1;
    for (const Bout& b : bouts) {
        if (b.Duration() < 0.5) continue;
        ++n;
        total += b.Duration();
        if (first < 0) first = b.start_s;
    }
    const std::string counted = std::to_string(n) + (n == 1 ? " bout" : " bouts") + " of smiling or vocalising to her across the room (" +
                                Secs(total) + " s), the first at " + Clock(first);
    if (n >= 4 || total >= 20) return {7, first, counted};
    if (n >= 3 || total >= 12) return {6, first, counted};
    if (n >= 2 && total >= 4) return {5, first, counted};
    if (n >= 2) return {4, first, counted};
    if (n == 1 && total >= 2) return {3, first, counted};
    if (n == 1) return {2, first, counted};
    return {1, -1, "no smiling or vocalising to her across a distance"};
}

}  // namespace sb
