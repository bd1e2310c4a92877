// Playback implementation. Restarts and jumps rebuild the Simulation from the scenario: the core is
// deterministic, so replaying to an episode or a moment shows exactly what a full run would have
// reached — and the trace recorded on the way is the one the coder would have seen.
#include "app/run/playback.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace sb::app {

namespace {

FixedStepClockDef ClockFor(const SimulationDef& def, double speed) {
    FixedStepClockDef c;
    c.step_s = def.step_s;
    c.speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    return c;
}

}  // namespace

Playback::Playback(Scenario scenario, double speed, bool paused)
    : scenario_(std::move(scenario)),
      clock_(ClockFor(scenario_.sim, speed)),
      hidden_(kHiddenWindow_s, scenario_.sim.step_s) {
    clock_.SetPaused(paused);
    Rebuild(scenario_.sim);
    coding_.RecodeNow();
}

void Playback::Advance(double real_s) {
    const int steps = clock_.Advance(real_s);
    for (int i = 0; i < steps && !sim_->Finished(); ++i) StepAndRecord();
    coding_.Refresh(real_s, clock_.Paused());
}

void Playback::StepOnce() {
    clock_.SetPaused(true);
    StepAndRecord();
}

void Playback::Restart() {
    Rebuild(scenario_.sim);
    coding_.RecodeNow();
}

void Playback::Rebuild(const SimulationDef& def) {
    sim_ = std::make_unique<Simulation>(def);
    clock_.Reset();
    coding_.Begin(*sim_);
    hidden_.Clear();
    hidden_.Record(*sim_);  // the state the infant starts in, so the plot begins at once
    cortisol_.Clear();
    cortisol_.Record(*sim_);  // the baseline sample
    run_caregiver_ = def.caregiver;
    caregiver_changes_.clear();
}

void Playback::JumpToEpisode(int number) {
    Rebuild(scenario_.sim);
    while (!sim_->Finished() && sim_->Now().episode < number) StepAndRecord();
    coding_.RecodeNow();
}

void Playback::JumpToTime(double t_s) {
    SimulationDef def = scenario_.sim;
    def.caregiver = run_caregiver_;
    const std::vector<CaregiverChange> changes = caregiver_changes_;
    Rebuild(def);
    std::size_t next = 0;
    while (!sim_->Finished() && sim_->Time() < t_s) {
        for (; next < changes.size() && changes[next].at_step <= sim_->StepCount(); ++next)
            SetCaregiver(changes[next].caregiver);
        StepAndRecord();
    }
    // Changes made after this moment are not replayed; the caregiver the panel shows acts from here.
    if (next < changes.size()) SetCaregiver(changes.back().caregiver);
    clock_.SetPaused(true);
    coding_.RecodeNow();
}

void Playback::StepAndRecord() {
    if (sim_->Finished()) return;  // a finished run takes no more steps, so there is nothing to record
    sim_->Step();
    coding_.Record(*sim_);
    hidden_.Record(*sim_);
    cortisol_.Record(*sim_);
}

void Playback::SetSeed(std::uint64_t seed) {
    scenario_.sim.seed = std::min(seed, kMaxSeed);
    Restart();
}

void Playback::SetCaregiver(const CaregiverDef& caregiver) {
    scenario_.sim.caregiver = caregiver;
    sim_->SetCaregiverToday(caregiver);
    caregiver_changes_.push_back({sim_->StepCount(), caregiver});
}

void Playback::SetHistoryCaregiver(const CaregiverDef& caregiver) {
    scenario_.sim.history.caregiver = caregiver;
    Restart();
}

void Playback::MatchTodayToHistory() {
    const HistoryDef& h = scenario_.sim.history;
    scenario_.sim.caregiver = CaregiverAt(h, h.months);
    Restart();
}

double Playback::DrawAlpha() const {
    if (clock_.Paused() || sim_->Finished()) return 1.0;
    return clock_.Alpha();
}

double FasterSpeed(double speed) {
    const double next = std::exp2(std::floor(std::log2(std::max(speed, kMinSpeed)) + 1e-9) + 1.0);
    return std::min(next, kMaxSpeed);
}

double SlowerSpeed(double speed) {
    const double prev = std::exp2(std::ceil(std::log2(std::max(speed, kMinSpeed)) - 1e-9) - 1.0);
    return std::max(prev, kMinSpeed);
}

}  // namespace sb::app
