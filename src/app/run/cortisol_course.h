// Cortisol course: the inside view's record of the HPA axis over the whole procedure and the wait
// after it, up to and a little past the post sample. The hidden history keeps only the last two
// minutes; cortisol's point is its lag, so this keeps the whole run at a coarser grain.
#pragma once

#include <memory>
#include <vector>

#include "model/cortisol.h"
#include "sim/simulation.h"

namespace sb::app {

struct CortisolPoint {
    double t = 0.0;                 // s since the procedure began
    double drive = 0.0;             // HPA drive since the last point, averaged: brief lapses are not lost between points
    double cortisol = 1.0;          // x its baseline
    bool caregiver_present = true;  // for shading her absences
    bool after_procedure = false;   // the wait with her after the end (physiology only, no behaviour)
};

class CortisolCourse {
public:
    // A point every `every_s` simulated seconds; the wait after the procedure is projected to
    // `tail_s` past the post sample.
    explicit CortisolCourse(double every_s = 5.0, double tail_s = 300.0) : every_s_(every_s), tail_s_(tail_s) {}

    // Called with the run's starting state and after each step, like the hidden history. When the
    // procedure has ended, the wait after it is added at once.
    void Record(const Simulation& sim);
    void Clear();

    const std::vector<CortisolPoint>& Points() const { return points_; }
    // The post sample: when it is taken, whether it has been, and cortisol there over the baseline.
    double SampleTime_s() const { return sample_s_; }
    bool Sampled() const { return sampler_ && sampler_->Sampled(); }
    double Ratio() const { return sampler_ ? sampler_->Ratio() : 1.0; }
    // When the procedure ended, or a negative number while it runs.
    double End_s() const { return end_s_; }
    // The right edge a chart of the course should reach: the post sample and the projected tail.
    double Horizon_s() const;

private:
    double every_s_;
    double tail_s_;
    double sample_s_ = 0.0;
    double end_s_ = -1.0;
    std::vector<CortisolPoint> points_;
    double drive_sum_ = 0.0;  // the drive's steps since the last point, for its mean
    int drive_steps_ = 0;
    std::unique_ptr<CortisolSampler> sampler_;
};

}  // namespace sb::app
