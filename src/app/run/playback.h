// Playback: the run on screen. Owns the Simulation, the scenario it was built from (as edited by
// the panel), the frame clock that turns real time x speed into whole simulation steps, the live
// coding of everything the run has shown so far, and the recent hidden state and the cortisol course
// for the inside view.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "app/run/cortisol_course.h"
#include "app/run/hidden_history.h"
#include "app/run/live_coding.h"
#include "coding/coding.h"
#include "core/fixed_step_clock.h"
#include "scenario/scenario.h"
#include "sim/simulation.h"

namespace sb::app {

class Playback {
public:
    Playback(Scenario scenario, double speed, bool paused);

    // Runs the whole steps a frame of `real_s` seconds is worth at the current speed.
    void Advance(double real_s);
    // One simulation step, pausing first: for looking at a moment frame by frame.
    void StepOnce();
    void SetPaused(bool paused) { clock_.SetPaused(paused); }
    bool Paused() const { return clock_.Paused(); }
    void SetSpeed(double speed) { clock_.SetSpeed(speed); }
    double Speed() const { return clock_.Speed(); }

    // A fresh run from the (possibly edited) scenario, from the start or replayed up to an episode.
    void Restart();
    void JumpToEpisode(int number);
    // Replays the run on screen from its start to the first instant at or after `t_s` (simulated
    // seconds since the procedure began) and pauses there, so a moment can be watched from just
    // before it happens. Caregiver changes made during the run are replayed at the steps they were
    // made, so the replay is the run that was watched; from the stopping point on, the panel's
    // current caregiver acts.
    void JumpToTime(double t_s);
    void SetSeed(std::uint64_t seed);

    // Today's caregiver: acts from the next step and is kept for restarts and jumps to an episode.
    void SetCaregiver(const CaregiverDef& caregiver);
    const CaregiverDef& Caregiver() const { return scenario_.sim.caregiver; }

    // The first year's caregiving from birth (the scenario's later changes stay as they are). The
    // infant must relearn its year, so this re-runs the first year and restarts the procedure.
    void SetHistoryCaregiver(const CaregiverDef& caregiver);
    // Today's caregiver becomes the one the first year ended with, and the procedure restarts: the
    // ordinary case where she behaves in the room as she did at home.
    void MatchTodayToHistory();
    const HistoryDef& HistoryCaregiving() const { return scenario_.sim.history; }

    const Simulation& Sim() const { return *sim_; }
    // The observer's coding of the run so far; the running episode's scores are provisional.
    const Coding& Coded() const { return coding_.Current(); }
    // The visible trace and its coding together, for readers of what the camera saw (narration).
    const LiveCoding& Live() const { return coding_; }
    // The infant's hidden state over the last simulated minutes of the run on screen.
    const HiddenHistory& Hidden() const { return hidden_; }
    // The infant's cortisol over the whole run and the wait after it, with the post sample.
    const CortisolCourse& Cortisol() const { return cortisol_; }
    const Scenario& Source() const { return scenario_; }
    std::uint64_t Seed() const { return scenario_.sim.seed; }
    // How far between Previous() and Now() to draw: the clock's remainder while running; the
    // latest state while paused or finished, so a single step shows at once.
    double DrawAlpha() const;

private:
    // One step of the simulation, recorded for the coder and the inside view. Every step goes
    // through here, including the replayed ones of a jump, so the trace and the hidden history are
    // always the run on screen.
    void StepAndRecord();
    // A new Simulation from `def`, with a fresh trace; the clock keeps its speed and pause.
    void Rebuild(const SimulationDef& def);

    // A caregiver change made in the panel, and how many steps the run had taken then.
    struct CaregiverChange {
        std::int64_t at_step = 0;
        CaregiverDef caregiver;
    };

    Scenario scenario_;
    std::unique_ptr<Simulation> sim_;
    FixedStepClock clock_;
    LiveCoding coding_;
    HiddenHistory hidden_;
    CortisolCourse cortisol_;
    CaregiverDef run_caregiver_;                   // the caregiver the run on screen started with
    std::vector<CaregiverChange> caregiver_changes_; // made during the run on screen, in order
};

// Fastest and slowest playback the controls offer (simulated seconds per real second).
inline constexpr double kMinSpeed = 1.0;
inline constexpr double kMaxSpeed = 64.0;

// How far back the inside view's plots reach (simulated seconds): two minutes show a whole
// separation's rise and the reunion that follows it.
inline constexpr double kHiddenWindow_s = 120.0;

// Next power-of-two speed up or down from `speed`, within the limits.
double FasterSpeed(double speed);
double SlowerSpeed(double speed);

}  // namespace sb::app
