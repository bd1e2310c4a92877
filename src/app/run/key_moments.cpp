// Key moments implementation: the visible ones come from the narration's readings, the coder's
// observations and the trace's events; only the felt-not-shown gap reads the hidden history.
#include "app/run/key_moments.h"

#include <algorithm>
#include <cstdio>

namespace sb::app {

namespace {

// The gap between arousal and crying (both 0..1) worth pointing out: the inside view brackets the
// same gap from 0.4.
constexpr double kWideGap = 0.4;

bool IsReunion(const ProtocolRoles& roles, int episode) {
    const EpisodeRoles* r = roles.Find(episode);
    return r && r->reunion;
}

}  // namespace

double ReplayFrom(double at_s, int episode, const VisibleTrace& trace) {
    double start = 0.0;
    for (const SimEvent& e : trace.events) {
        if (e.kind == EventKind::EpisodeStart && e.episode == episode) {
            start = e.t;
            break;
        }
    }
    return std::max({0.0, start, at_s - kMomentLeadIn_s});
}

std::vector<KeyMoment> FindKeyMoments(const VisibleTrace& trace, const NarrationLog& log, const Coding& coding,
                                      const HiddenHistory& hidden) {
    const ProtocolRoles& roles = trace.header.roles;
    std::vector<KeyMoment> out;
    for (const NarrationLine& l : log.Lines()) {
        if (l.from != NarrationLine::From::Reading || l.reading != Reading::GreetsReturn || !IsReunion(roles, l.episode)) continue;
        out.push_back({"First reunion greeting", l.text, l.t, l.episode, false});
        break;
    }
    if (const NarrationLine* l = log.First(Reading::IgnoresReturn))
        out.push_back({"First ignored return", l->text, l->t, l->episode, false});

    const DObservation* first_lapse = nullptr;
    for (const DObservation& o : coding.disorganization.observations)
        if (o.severity >= 4 && (!first_lapse || o.at_s < first_lapse->at_s)) first_lapse = &o;
    if (first_lapse) out.push_back({"First disorganized lapse", "The coder: " + first_lapse->what, first_lapse->at_s, first_lapse->episode, false});

    const HiddenHistory::Gap& gap = hidden.WidestFeltNotShown();
    if (gap.gap >= kWideGap) {
        char detail[160];
        std::snprintf(detail, sizeof detail, "Hidden state: arousal %.2f while the distress shown was %.2f",
                      gap.at.inner.arousal, gap.at.inner.expressed);
        out.push_back({"Widest felt-not-shown gap (hidden)", detail, gap.at.t, gap.at.episode, true});
    }

    for (const SimEvent& e : trace.events) {
        if (e.kind != EventKind::Curtailed) continue;
        out.push_back({"Separation curtailed", roles.Name(e.episode) + " was cut short: the infant was too distressed",
                       e.t, e.episode, false});
    }
    std::stable_sort(out.begin(), out.end(), [](const KeyMoment& a, const KeyMoment& b) { return a.at_s < b.at_s; });
    return out;
}

}  // namespace sb::app
