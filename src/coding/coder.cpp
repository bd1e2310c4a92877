// Which scales are scored in which episode, toward whom (Ainsworth et al. 1978): toward the
// caregiver in eps 2, 3, 5, 8; toward the stranger in eps 3, 4, 7; search in eps 4, 6, 7.
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

std::string StandardEpisodeName(int number) {
    static const char* names[] = {"Caregiver and infant enter", "Caregiver and infant", "Stranger, caregiver and infant",
                                  "First separation", "First reunion", "Second separation (alone)", "Stranger returns",
                                  "Second reunion"};
    return number >= 1 && number <= 8 ? names[number - 1] : "Episode " + std::to_string(number);
}

namespace {

bool ScoresCaregiver(int ep) { return ep == 2 || ep == 3 || ep == 5 || ep == 8; }
bool ScoresStranger(int ep) { return ep == 3 || ep == 4 || ep == 7; }
bool ScoresSearch(int ep) { return ep == 4 || ep == 6 || ep == 7; }
bool DelayRule(int ep) { return ep == 5 || ep == 7 || ep == 8; }

bool Present(const EpisodeSlice& s, AgentId who) {
    for (std::size_t i = s.first; i < s.last; ++i)
        if (s.Frame(i).Of(who).present) return true;
    return false;
}

InteractiveScales ScoreToward(const EpisodeSlice& s, AgentId person) {
    InteractiveScales m;
    if (!Present(s, person)) return m;
    m.scored = true;
    m.ps = ScoreProximitySeeking(s, person, DelayRule(s.number));
    m.cm = ScoreContactMaintaining(s, person);
    m.rs = ScoreResistance(s, person);
    m.av = ScoreAvoidance(s, person);
    m.di = ScoreDistanceInteraction(s, person);
    return m;
}

}  // namespace

Coding CodeTrace(const VisibleTrace& trace, const CoderDef& def) {
    Coding out;
    const std::vector<EpisodeSlice> slices = SliceEpisodes(trace);
    for (const EpisodeSlice& s : slices) {
        EpisodeCoding e;
        e.number = s.number;
        e.name = StandardEpisodeName(s.number);
        e.start_s = s.start_s;
        e.duration_s = s.Duration();
        e.complete = s.complete;
        e.curtailed = s.curtailed;
        e.extended = s.extended;
        if (ScoresCaregiver(s.number)) e.to_caregiver = ScoreToward(s, AgentId::Caregiver);
        if (ScoresStranger(s.number)) e.to_stranger = ScoreToward(s, AgentId::Stranger);
        if (ScoresSearch(s.number)) {
            e.search_scored = true;
            e.search = ScoreSearch(s, def.room);
        }
        e.intervals = CodeIntervals(s);
        out.episodes.push_back(std::move(e));
    }
    out.disorganization = CodeDisorganization(slices);
    out.classification = Classify(out.episodes, out.disorganization);
    return out;
}

}  // namespace sb
