// Director implementation. The curtailment and extension rules follow Waters (2002) and
// Ainsworth et al. (1978); their operational thresholds are in CurtailmentDef / ExtensionDef.
#include "procedure/director.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace sb {

namespace {
// However a scenario sets the rules, an episode never runs longer than this past its nominal end,
// so a mis-set table cannot stall the procedure.
constexpr double kHardOverrun_s = 600.0;
}  // namespace

Director::Director(ProtocolDef protocol) : protocol_(std::move(protocol)) {}

void Director::BeginEpisode(std::size_t index, double t, std::vector<SimEvent>& events) {
    index_ = index;
    const EpisodeDef& ep = protocol_.episodes[index];
    EpisodeRecord rec;
    rec.number = ep.number;
    rec.name = ep.name;
    rec.nominal_s = ep.nominal_s;
    rec.start_s = t;
    timeline_.push_back(rec);
    fired_.assign(ep.cues.size(), false);
    next_cue_s_ = -kNever_s;  // read the new table at the next look
    hard_cry_run_s_ = 0.0;
    hard_cry_gap_s_ = 0.0;
    calm_run_s_ = 0.0;
    events.push_back({t, EventKind::EpisodeStart, AgentId::Infant, ep.number});
}

void Director::Start(std::vector<Cue>& due, std::vector<SimEvent>& events) {
    timeline_.clear();
    finished_ = protocol_.episodes.empty();
    if (finished_) return;
    BeginEpisode(0, 0.0, events);
    FireDueCues(0.0, true, due, events, 0.0);
}

void Director::FireDueCues(double et, bool settled, std::vector<Cue>& due, std::vector<SimEvent>& events, double t) {
    // Most steps no cue is due: the table is read again only once the earliest waiting one is.
    if (et < next_cue_s_) return;
    const EpisodeDef& ep = protocol_.episodes[index_];
    const ExtensionDef& ext = protocol_.extension;
    for (std::size_t i = 0; i < ep.cues.size(); ++i) {
        const Cue& cue = ep.cues[i];
        if (fired_[i] || cue.at_s > et) continue;
        // The reunion is extended: the caregiver does not leave an unsettled infant.
        const bool defer = ep.extendable && ext.enabled && cue.kind == CueKind::LeaveRoom &&
                           cue.who == AgentId::Caregiver && !settled && et < cue.at_s + ext.max_extra_s;
        if (defer) {
            if (!timeline_.back().extended) {
                timeline_.back().extended = true;
                events.push_back({t, EventKind::Extended, AgentId::Infant, ep.number});
            }
            continue;
        }
        fired_[i] = true;
        due.push_back(cue);
    }
    // The earliest cue still waiting (a time that is not a number keeps the table read every step).
    next_cue_s_ = kNever_s;
    for (std::size_t i = 0; i < ep.cues.size(); ++i) {
        if (fired_[i]) continue;
        const double at = ep.cues[i].at_s;
        if (std::isnan(at)) next_cue_s_ = -kNever_s;
        else if (next_cue_s_ > -kNever_s) next_cue_s_ = std::min(next_cue_s_, at);
    }
}

void Director::Update(double t, double dt, const DirectorInputs& in, std::vector<Cue>& due,
                      std::vector<SimEvent>& events) {
    if (finished_) return;
    const EpisodeDef& ep = protocol_.episodes[index_];
    const CurtailmentDef& cur = protocol_.curtailment;
    const ExtensionDef& ext = protocol_.extension;
    const double et = t - timeline_.back().start_s;

    calm_run_s_ = in.infant_cry < ext.settled_cry_level ? calm_run_s_ + dt : 0.0;
    const bool settled = calm_run_s_ >= ext.settled_s;

    if (ep.curtailable) {
        if (in.infant_cry >= cur.hard_cry_level) {
            hard_cry_run_s_ += dt;
            hard_cry_gap_s_ = 0.0;
        } else {
            hard_cry_gap_s_ += dt;
            if (hard_cry_gap_s_ > cur.forgive_gap_s) hard_cry_run_s_ = 0.0;
        }
    }

    bool end = false;
    bool curtailed = false;
    switch (ep.end) {
        case EpisodeEnd::Timer:
            if (et >= ep.nominal_s) {
                const bool extend = ep.extendable && ext.enabled && !settled && et < ep.nominal_s + ext.max_extra_s;
                if (extend) {
                    if (!timeline_.back().extended) {
                        timeline_.back().extended = true;
                        events.push_back({t, EventKind::Extended, AgentId::Infant, ep.number});
                    }
                } else {
                    end = true;
                }
            }
            break;
        case EpisodeEnd::InfantPutDown:
            end = in.infant_put_down;
            break;
        case EpisodeEnd::CaregiverOut:
            end = in.caregiver_exited;
            break;
    }
    if (!end && ep.curtailable && cur.enabled && hard_cry_run_s_ >= cur.hard_cry_s) {
        end = true;
        curtailed = true;
    }
    if (!end && et >= ep.nominal_s + kHardOverrun_s) end = true;

    if (!end) {
        FireDueCues(et, settled, due, events, t);
        return;
    }
    timeline_.back().end_s = t;
    timeline_.back().curtailed = curtailed;
    if (curtailed) events.push_back({t, EventKind::Curtailed, AgentId::Infant, ep.number});
    events.push_back({t, EventKind::EpisodeEnd, AgentId::Infant, ep.number});
    if (index_ + 1 >= protocol_.episodes.size()) {
        finished_ = true;
        return;
    }
    BeginEpisode(index_ + 1, t, events);
    FireDueCues(0.0, settled, due, events, t);
}

}  // namespace sb
