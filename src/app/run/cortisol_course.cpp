// Cortisol course implementation. The samples come from the same CortisolSampler as runs.csv, so
// the ratio the panel shows is the one the export writes for the same run.
#include "app/run/cortisol_course.h"

#include <algorithm>
#include <memory>

namespace sb::app {

void CortisolCourse::Clear() {
    points_.clear();
    sampler_.reset();
    drive_sum_ = 0.0;
    drive_steps_ = 0;
    end_s_ = -1.0;
}

double CortisolCourse::Horizon_s() const { return std::max(sample_s_, std::max(end_s_, 0.0)) + tail_s_; }

void CortisolCourse::Record(const Simulation& sim) {
    if (end_s_ >= 0.0) return;  // finished: the course is complete
    const InfantModelDef& m = sim.Def().model.infant;
    if (!sampler_) {
        sampler_ = std::make_unique<CortisolSampler>(m);
        sample_s_ = m.cortisol_sample_s;
    }
    const InfantInner in = sim.Inner();
    const double t = sim.Time();
    sampler_->Observe(t, in);
    const bool finished = sim.Finished();
    drive_sum_ += in.hpa_drive;
    ++drive_steps_;
    if (points_.empty() || t - points_.back().t >= every_s_ - 1e-9 || finished) {
        points_.push_back({t, drive_sum_ / drive_steps_, in.cortisol, sim.Now().Caregiver().present, false});
        drive_sum_ = 0.0;
        drive_steps_ = 0;
    }
    if (!finished) return;

    // The procedure is over: the sample (if still to come) and the wait with her, as physiology only.
    end_s_ = t;
    sampler_->Finish(t, in, sim.Def().step_s);
    InfantInner wait = in;
    double at = t;
    const double until = Horizon_s();
    while (at < until - 1e-9) {
        // Land exactly on the sample time, so the chart's point there is the sample.
        double next = std::min(at + every_s_, until);
        if (at < sample_s_ && next > sample_s_) next = sample_s_;
        wait = AfterProcedure(wait, m, next - at, sim.Def().step_s);
        at = next;
        points_.push_back({at, wait.hpa_drive, wait.cortisol, true, true});
    }
}

}  // namespace sb::app
