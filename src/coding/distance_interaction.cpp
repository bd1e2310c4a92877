// Distance interaction (DI), 1-7: smiling, vocalising, showing toys to a person across a distance,
// scored by its amount over the episode. A bout is looking at her with a smile or a vocalisation
// while out of reach; a glance back with a smile counts only towards the middle of the scale, the
// top needs sustained exchanges. Rules in docs/coding.md.
#include "coding/bouts.h"
#include "coding/scales.h"

namespace sb {

namespace {
constexpr double kMinBout_s = 0.5;       // shorter is a flicker of the eyes, not a signal to her
constexpr double kExchange_s = 2.0;      // a bout this long is an exchange, more than a glance with a smile
constexpr int kFrequentGlances = 6;      // this many smiling glances over the episode is frequent
}  // namespace

ScaleScore ScoreDistanceInteraction(const EpisodeSlice& s, AgentId person) {
    const GazeTarget look = GazeAt(person);
    // The stream has no "showing a toy" yet; smiling or vocalising while looking at her is what
    // it shows of a signal directed at her.
    const auto bouts = FindBouts(s, [&](const Snapshot& f) {
        const AgentView& b = f.Infant();
        return f.Of(person).present && !b.in_contact && b.gaze == look && (b.affect == Affect::Positive || b.vocalising) &&
               Distance(b.pos, f.Of(person).pos) > kReach_m;
    }, 0.5);
    int n = 0, exchanges = 0;
    double total = 0, exchange_total = 0, first = -1;
    for (const Bout& b : bouts) {
        if (b.Duration() < kMinBout_s) continue;
        ++n;
        total += b.Duration();
        if (b.Duration() >= kExchange_s) {
            ++exchanges;
            exchange_total += b.Duration();
        }
        if (first < 0) first = b.start_s;
    }
    if (n == 0) return {1, -1, "no smiling or vocalising to her across a distance"};
    const int glances = n - exchanges;
    std::string counted;
    if (exchanges > 0)
        counted = std::to_string(exchanges) + (exchanges == 1 ? " exchange" : " exchanges") + " of 2 s or more (" +
                  Secs(exchange_total) + " s)" + (glances > 0 ? " and " : "");
    if (glances > 0) counted += std::to_string(glances) + (glances == 1 ? " glance" : " glances");
    counted += " with a smile or a sound to her across the room (" + Secs(total) + " s in all), the first at " + Clock(first);
    if (exchanges >= 4 || exchange_total >= 20) return {7, first, counted};
    if (exchanges >= 3 || exchange_total >= 12) return {6, first, counted};
    if (exchanges >= 2 || n >= kFrequentGlances) return {5, first, counted};
    if (n >= 3 || (exchanges >= 1 && n >= 2)) return {4, first, counted};
    if (n == 2 || exchanges == 1) return {3, first, counted};
    return {2, first, counted};
}

}  // namespace sb
