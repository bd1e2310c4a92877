// Hidden history: the infant's hidden state over the last couple of simulated minutes, one sample a
// simulation step, for the scrolling plots of the inside-the-infant view.
#pragma once

#include <cstddef>
#include <vector>

#include "model/infant.h"
#include "sim/simulation.h"

namespace sb::app {

// One step of the run as the inside view plots it: the hidden state, plus where in the procedure
// it was, so the plot can mark episodes and shade the separations.
struct HiddenSample {
    double t = 0.0;               // s since the procedure began
    int episode = 1;
    bool caregiver_present = false;
    InfantInner inner;
};

// A fixed-size ring of samples covering the last `window_s` simulated seconds. Filled once per
// simulation step by the playback — replayed steps included — so the plot always shows the run on
// screen; cleared whenever that run is rebuilt.
class HiddenHistory {
public:
    // Enough room for `window_s` of steps of `step_s`.
    HiddenHistory(double window_s, double step_s);

    void Record(const Simulation& sim);
    void Clear();

    std::size_t Size() const { return count_; }
    bool Empty() const { return count_ == 0; }
    // i = 0 is the oldest sample kept, Size() - 1 the latest.
    const HiddenSample& At(std::size_t i) const;
    const HiddenSample& Latest() const { return At(count_ - 1); }
    double Window_s() const { return window_s_; }

    // The widest gap of the whole run so far (not only the window) between arousal, what the
    // infant feels, and the distress it shows, and the sample where it was: the "felt, not shown"
    // moment of an avoidant infant. gap 0 before any sample felt more than it showed.
    struct Gap {
        double gap = 0.0;
        HiddenSample at;
    };
    const Gap& WidestFeltNotShown() const { return widest_; }

private:
    double window_s_;
    std::vector<HiddenSample> ring_;
    std::size_t start_ = 0;  // index of the oldest sample
    std::size_t count_ = 0;
    Gap widest_;
};

}  // namespace sb::app
