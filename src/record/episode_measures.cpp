// Accumulates the per-episode measures from consecutive snapshots.
#include "record/episode_measures.h"

#include <algorithm>

namespace sb {

void EpisodeMeasurer::Observe(const Snapshot& prev, const Snapshot& now, double dt) {
    // The step that began an episode belongs to it; steps are attributed to the episode in force
    // at their end, as a coder watching the tape would.
    if (now.episode != last_episode_) {
        by_episode_.emplace_back();
        by_episode_.back().number = now.episode;
        last_episode_ = now.episode;
    }
    EpisodeMeasures& m = by_episode_.back();
    const AgentView& b = now.Infant();
    const AgentView& mom = now.Caregiver();
    const AgentView& stranger = now.Stranger();
    if (b.cry >= kCryingLevel) m.crying_s += dt;
    if (b.cry >= kHardCryingLevel) m.hard_crying_s += dt;
    m.peak_cry = std::max(m.peak_cry, b.cry);
    if (b.action == VisibleAction::Exploring) m.exploring_s += dt;
    if (b.in_contact && mom.in_contact) m.contact_caregiver_s += dt;
    if (b.in_contact && stranger.in_contact) m.contact_stranger_s += dt;
    if (mom.present && Distance(b.pos, mom.pos) <= kNear_m) m.near_caregiver_s += dt;
    if (b.action == VisibleAction::Approaching && b.gaze == GazeTarget::Caregiver) m.approaching_caregiver_s += dt;
    if (b.action == VisibleAction::Searching) m.searching_s += dt;
    if (!b.in_contact && !prev.Infant().in_contact) m.locomotion_m += Distance(prev.Infant().pos, b.pos);
}

std::vector<EpisodeMeasures> EpisodeMeasurer::Finish(const std::vector<EpisodeRecord>& timeline) const {
    std::vector<EpisodeMeasures> out;
    for (std::size_t i = 0; i < timeline.size(); ++i) {
        EpisodeMeasures m = i < by_episode_.size() ? by_episode_[i] : EpisodeMeasures{};
        const EpisodeRecord& r = timeline[i];
        m.number = r.number;
        m.name = r.name;
        m.start_s = r.start_s;
        m.duration_s = r.end_s >= 0 ? r.Duration() : 0.0;
        m.nominal_s = r.nominal_s;
        m.curtailed = r.curtailed;
        m.extended = r.extended;
        out.push_back(m);
    }
    return out;
}

}  // namespace sb
