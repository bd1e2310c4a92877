// FixedStepClock: turns variable frame times into whole fixed simulation steps (the "fix your
// timestep" accumulator). The GUI owns one; the core itself only ever sees the fixed step.
#pragma once

#include <algorithm>

namespace sb {

struct FixedStepClockDef {
    double step_s = 0.1;          // simulated seconds per step
    double speed = 1.0;           // simulated seconds per real second
    int max_steps_per_frame = 400; // a slow machine slows down instead of locking up
};

class FixedStepClock {
public:
    explicit FixedStepClock(FixedStepClockDef def) : def_(def) {}

    // Feed one frame's real duration; returns how many steps to run now.
    int Advance(double frame_real_s) {
        if (paused_) return 0;
        accumulator_ += std::max(0.0, frame_real_s) * def_.speed;
        int steps = static_cast<int>(accumulator_ / def_.step_s);
        if (steps > def_.max_steps_per_frame) {
            steps = def_.max_steps_per_frame;
            accumulator_ = 0.0;  // drop the backlog: we are behind, not owed
        } else {
            accumulator_ -= steps * def_.step_s;
        }
        return steps;
    }

    // Fraction of a step between the last simulated state and the next, for drawing.
    double Alpha() const { return std::clamp(accumulator_ / def_.step_s, 0.0, 1.0); }

    void SetSpeed(double speed) { def_.speed = speed; }
    double Speed() const { return def_.speed; }
    void SetPaused(bool p) { paused_ = p; if (p) accumulator_ = 0.0; }
    bool Paused() const { return paused_; }
    void Reset() { accumulator_ = 0.0; }
    double StepSeconds() const { return def_.step_s; }

private:
    FixedStepClockDef def_;
    double accumulator_ = 0.0;
    bool paused_ = false;
};

}  // namespace sb
