// Simulation: the facade every frontend uses. SimulationDef in, Step() by a fixed dt, and out come
// the visible Snapshot, the events, the episode timeline and (for the inside view) the infant's
// hidden state. It draws nothing and never reads a clock.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "core/rng.h"
#include "core/trace_hash.h"
#include "model/adult.h"
#include "model/caregiver_def.h"
#include "model/home_history.h"
#include "model/infant.h"
#include "model/model_def.h"
#include "world/room.h"
#include "procedure/director.h"
#include "procedure/protocol.h"
#include "world/visible.h"
#include "world/visible_trace.h"

namespace sb {

struct SimulationDef {
    ProtocolDef protocol = DefaultProtocol();
    RoomDef room;
    HistoryDef history;     // the first year: how she cared, and any changes; the infant learns from it
    CaregiverDef caregiver; // how she behaves today, in the procedure (usually as at the end of the history)
    StrangerDef stranger;
    InfantDef infant;
    ModelDef model;         // the model's constants (docs/model.md); the defaults are the calibration
    std::uint64_t seed = 1;
    double step_s = 0.1;  // s, fixed simulation step
};

class Simulation {
public:
    explicit Simulation(const SimulationDef& def);
    ~Simulation();
    Simulation(const Simulation&) = delete;
    Simulation& operator=(const Simulation&) = delete;

    // Advances one fixed step. Does nothing once the procedure has finished.
    void Step();
    bool Finished() const { return director_.Finished(); }

    double Time() const { return t_; }
    std::int64_t StepCount() const { return steps_; }
    const Snapshot& Now() const { return now_; }
    const Snapshot& Previous() const { return prev_; }  // for drawing between steps
    // Events of the last step only, and of the whole run so far.
    const std::vector<SimEvent>& StepEvents() const { return step_events_; }
    const std::vector<SimEvent>& AllEvents() const { return all_events_; }
    const std::vector<EpisodeRecord>& Timeline() const { return director_.Timeline(); }
    const ProtocolDef& Protocol() const { return director_.Protocol(); }
    const SimulationDef& Def() const { return def_; }
    InfantInner Inner() const { return infant_->Inner(); }
    // What the infant learned in its first year (hidden; never given to the observer).
    const HistoryResult& History() const { return history_; }
    // Digest of every snapshot and event so far: equal digests, equal traces.
    std::uint64_t TraceHash() const { return hash_.Value(); }

    // The caregiver's behaviour today (not her history): acts from the next step on.
    void SetCaregiverToday(const CaregiverDef& def);

private:
    void ApplyCues(const std::vector<Cue>& cues);
    void MoveInfant(const InfantIntent& intent);
    void BuildSnapshot(const InfantIntent& intent);
    void HashStep();

    SimulationDef def_;
    HistoryResult history_;
    Director director_;
    Rng infant_rng_;
    Rng caregiver_rng_;
    Rng stranger_rng_;
    std::unique_ptr<Infant> infant_;
    Adult caregiver_;
    Adult stranger_;
    Vec2 infant_pos_;
    double infant_facing_ = -1.5707963267948966;  // facing the toys
    bool infant_moving_ = false;
    double t_ = 0.0;
    std::int64_t steps_ = 0;
    Snapshot now_;
    Snapshot prev_;
    std::vector<SimEvent> step_events_;
    std::vector<SimEvent> all_events_;
    sb::TraceHash hash_;
};

// Runs a fresh simulation until episode `number` has begun (or the run ends). Deterministic: the
// same def gives the same state, so "jump to episode" is a replay, not a cheat.
void FastForwardToEpisode(Simulation& sim, int number);

// An empty trace whose header records what the observer needs of this run — the room and the
// protocol's episode roles — with the seed and step; frames are appended as the run goes.
VisibleTrace StartTrace(const Simulation& sim, const std::string& scenario_name = "");

// Runs to the end of the procedure.
void RunToEnd(Simulation& sim);

}  // namespace sb
