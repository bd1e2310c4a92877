// Gaps in a trace that the coder would otherwise pass over in silence.
#include "coding/trace_gaps.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace sb {

namespace {
bool HasEvent(const VisibleTrace& t, EventKind kind, AgentId who, int episode) {
    return std::any_of(t.events.begin(), t.events.end(),
                       [&](const SimEvent& e) { return e.kind == kind && e.who == who && e.episode == episode; });
}
}  // namespace

std::vector<std::string> MissingForCoding(const VisibleTrace& trace) {
    std::vector<std::string> out;
    std::set<int> episodes;
    for (const Snapshot& f : trace.frames) episodes.insert(f.episode);
    // Reunions are timed from her entry: greeting latency (AV) and the 30-s delay rule (PS).
    for (int n : episodes) {
        const EpisodeRoles* role = trace.header.roles.Find(n);
        if (!role || !role->reunion || HasEvent(trace, EventKind::Enter, AgentId::Caregiver, n)) continue;
        out.push_back("episode " + std::to_string(n) +
                      " is a reunion but has no caregiver 'enter' event: avoidance and proximity seeking cannot be timed from her entry");
    }
    // Contact maintaining, resistance and proximity seeking's top points read body contact.
    const bool any_contact = std::any_of(trace.frames.begin(), trace.frames.end(), [](const Snapshot& f) {
        return f.Infant().in_contact;
    });
    if (!trace.frames.empty() && !any_contact)
        out.push_back("no instant has the infant in contact (infant in_contact is never 1): contact maintaining scores 1 "
                      "and proximity seeking cannot reach 6 or 7; if contact was not coded, these scores say nothing");
    // Coarse sampling: bouts shorter than the interval disappear.
    double widest = 0.0;
    for (std::size_t i = 1; i < trace.frames.size(); ++i) widest = std::max(widest, trace.frames[i].t - trace.frames[i - 1].t);
    if (widest > kCoarsestSampling_s + 1e-9) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.2f", widest);
        out.push_back(std::string("instants are up to ") + buf +
                      " s apart: above 0.5 s short bouts (glances, brief reaches) are lost and scores drift from those of finer coding");
    }
    return out;
}

}  // namespace sb
