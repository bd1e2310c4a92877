// Helpers for the session tests: the run the window would show, and the same run stepped by hand
// with no playback in between, to compare the two.
#pragma once

#include "app/run/playback.h"
#include "scenario/scenario.h"
#include "sim/simulation.h"
#include "world/visible_trace.h"

namespace sb::app::testing {

// A playback of the default dyad as the window opens it: running at 1x.
inline Playback DefaultPlayback(bool paused = false) { return Playback(DefaultScenario(), 1.0, paused); }

// Steps `sim` until it reaches `t_s` (the first instant at or after it) or finishes.
inline void StepTo(Simulation& sim, double t_s) {
    while (!sim.Finished() && sim.Time() < t_s) sim.Step();
}

// Plays `playback` to the end as fast as its clock allows, a frame at a time, as the window would.
inline void PlayToEnd(Playback& playback) {
    playback.SetPaused(false);
    playback.SetSpeed(kMaxSpeed);
    while (!playback.Sim().Finished()) playback.Advance(1.0);
}

// The whole visible trace of a run stepped by hand, the way the command line records it.
inline VisibleTrace TraceOf(const SimulationDef& def) {
    Simulation sim(def);
    VisibleTrace trace = StartTrace(sim);
    AppendFrame(trace, sim.Now(), sim.AllEvents());
    while (!sim.Finished()) {
        sim.Step();
        AppendFrame(trace, sim.Now(), sim.StepEvents());
    }
    return trace;
}

}  // namespace sb::app::testing
