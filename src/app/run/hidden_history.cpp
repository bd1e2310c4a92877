// Hidden history ring buffer. A ring rather than a growing vector: a long run at 64x must not cost
// more memory or plotting time than a short one.
#include "app/run/hidden_history.h"

#include <algorithm>
#include <cmath>

namespace sb::app {

HiddenHistory::HiddenHistory(double window_s, double step_s) : window_s_(window_s) {
    // One spare slot so a full window still reaches back the whole `window_s`.
    const double steps = std::ceil(window_s / std::max(step_s, 1e-3)) + 1.0;
    ring_.resize(static_cast<std::size_t>(std::clamp(steps, 2.0, 1e6)));
}

void HiddenHistory::Record(const Simulation& sim) {
    HiddenSample s;
    s.t = sim.Time();
    s.episode = sim.Now().episode;
    s.caregiver_present = sim.Now().Caregiver().present;
    s.inner = sim.Inner();
    if (const double gap = s.inner.arousal - s.inner.expressed; gap > widest_.gap) widest_ = {gap, s};
    if (count_ < ring_.size()) {
        ring_[(start_ + count_) % ring_.size()] = s;
        ++count_;
    } else {
        ring_[start_] = s;  // the oldest sample makes way
        start_ = (start_ + 1) % ring_.size();
    }
}

void HiddenHistory::Clear() {
    start_ = 0;
    count_ = 0;
    widest_ = {};
}

const HiddenSample& HiddenHistory::At(std::size_t i) const { return ring_[(start_ + i) % ring_.size()]; }

}  // namespace sb::app
