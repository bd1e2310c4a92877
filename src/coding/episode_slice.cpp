// Episode slicing of a visible trace.
#include "coding/episode_slice.h"

namespace sb {

double EpisodeSlice::EntryTime(AgentId who) const {
    for (const SimEvent& e : trace->events)
        if (e.kind == EventKind::Enter && e.who == who && e.episode == number) return e.t;
    return -1.0;
}

GazeTarget GazeAt(AgentId person) {
    switch (person) {
        case AgentId::Caregiver: return GazeTarget::Caregiver;
        case AgentId::Stranger: return GazeTarget::Stranger;
        case AgentId::Infant: return GazeTarget::Infant;
    }
    return GazeTarget::None;
}

std::vector<EpisodeSlice> SliceEpisodes(const VisibleTrace& trace) {
    std::vector<EpisodeSlice> out;
    const auto& f = trace.frames;
    std::size_t i = 0;
    while (i < f.size()) {
        EpisodeSlice s;
        s.trace = &trace;
        s.number = f[i].episode;
        s.first = i;
        while (i < f.size() && f[i].episode == s.number) ++i;
        s.last = i;
        s.start_s = f[s.first].t - f[s.first].episode_t;
        s.end_s = f[s.last - 1].t;
        s.complete = i < f.size();
        for (const SimEvent& e : trace.events) {
            if (e.episode != s.number) continue;
            if (e.kind == EventKind::EpisodeEnd) s.complete = true;
            if (e.kind == EventKind::Curtailed) s.curtailed = true;
            if (e.kind == EventKind::Extended) s.extended = true;
        }
        out.push_back(s);
    }
    // An episode ends where the next begins (the boundary step belongs to the new episode).
    for (std::size_t k = 0; k + 1 < out.size(); ++k) out[k].end_s = out[k + 1].start_s;
    return out;
}

}  // namespace sb
