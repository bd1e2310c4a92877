// The coder's pass over a trace: each episode scored as its role in the trace header says (in the
// standard procedure, Ainsworth et al. 1978: toward the caregiver before the separations and in the
// reunions, toward the stranger while she is with the infant, search in the separations).
#include "coding/coder.h"

#include "coding/classification.h"
#include "coding/disorganization.h"
#include "coding/scales.h"

namespace sb {

double EpisodeCoding::CryingIntervals() const {
    double n = 0;
    for (const IntervalCode& c : intervals) n += c.cried();
    return n;
}

const EpisodeCoding* Coding::Episode(int number) const {
    for (const EpisodeCoding& e : episodes)
        if (e.number == number) return &e;
    return nullptr;
}

namespace {

bool Present(const EpisodeSlice& s, AgentId who) {
    for (std::size_t i = s.first; i < s.last; ++i)
        if (s.Frame(i).Of(who).present) return true;
    return false;
}

InteractiveScales ScoreToward(const EpisodeSlice& s, AgentId person, bool entry_delay_rule) {
    InteractiveScales m;
    if (!Present(s, person)) return m;
    m.scored = true;
    m.ps = ScoreProximitySeeking(s, person, entry_delay_rule);
    m.cm = ScoreContactMaintaining(s, person);
    m.rs = ScoreResistance(s, person);
    m.av = ScoreAvoidance(s, person);
    m.di = ScoreDistanceInteraction(s, person);
    return m;
}

}  // namespace

Coding CodeTrace(const VisibleTrace& trace) {
    Coding out;
    out.roles = trace.header.roles;
    const std::vector<EpisodeSlice> slices = SliceEpisodes(trace);
    for (const EpisodeSlice& s : slices) {
        const EpisodeRoles unlisted;  // scores nothing
        const EpisodeRoles* listed = out.roles.Find(s.number);
        const EpisodeRoles& role = listed ? *listed : unlisted;
        EpisodeCoding e;
        e.number = s.number;
        e.name = out.roles.Name(s.number);
        e.start_s = s.start_s;
        e.duration_s = s.Duration();
        e.complete = s.complete;
        e.curtailed = s.curtailed;
        e.extended = s.extended;
        if (role.scores_caregiver) e.to_caregiver = ScoreToward(s, AgentId::Caregiver, role.entry_delay_rule);
        if (role.scores_stranger) e.to_stranger = ScoreToward(s, AgentId::Stranger, role.entry_delay_rule);
        if (role.scores_search) {
            e.search_scored = true;
            e.search = ScoreSearch(s, trace.header.room);
        }
        e.intervals = CodeIntervals(s);
        out.episodes.push_back(std::move(e));
    }
    out.disorganization = CodeDisorganization(slices, out.roles);
    out.classification = Classify(out.episodes, out.roles, out.disorganization);
    return out;
}

}  // namespace sb
