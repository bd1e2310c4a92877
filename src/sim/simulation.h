// Simulation: the facade every frontend uses. SimulationDef in, Step() by a fixed dt, and out come
// the visible Snapshot, the events, the episode timeline and (for the inside view) the infant's
// hidden state. The agents themselves stay behind it. It draws nothing and never reads a clock.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

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
    InfantModelChoice infant_model;  // which infant model runs (the attachment infant of docs/model.md)
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
    bool Finished() const;

    double Time() const;
    std::int64_t StepCount() const;
    // The visible stream: what a camera sees now and one step ago (for drawing between steps).
    const Snapshot& Now() const;
    const Snapshot& Previous() const;
    // Events of the last step only, and of the whole run so far.
    const std::vector<SimEvent>& StepEvents() const;
    const std::vector<SimEvent>& AllEvents() const;
    const std::vector<EpisodeRecord>& Timeline() const;
    const ProtocolDef& Protocol() const;
    const SimulationDef& Def() const;
    // The hidden-state view, for the inside view and research exports (never for the observer):
    // the infant's state now, and what it learned in its first year.
    InfantInner Inner() const;
    const HistoryResult& History() const;
    // Digest of every snapshot and event so far: equal digests, equal traces.
    std::uint64_t TraceHash() const;

    // The caregiver's behaviour today (not her history): acts from the next step on.
    void SetCaregiverToday(const CaregiverDef& def);

private:
    struct State;  // the agents, the director and the random streams
    std::unique_ptr<State> s_;
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
