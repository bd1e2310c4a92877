// The HPA axis as hidden physiology: a drive from stress the infant cannot regulate, lagged through
// two compartments into salivary cortisol, and the saliva samples a cortisol study takes
// (docs/model.md §5, "Cortisol"). Nothing here feeds back into behaviour or draws a random number.
#pragma once

#include "model/infant.h"
#include "model/infant_model_def.h"
#include "model/working_model.h"

namespace sb {

// Share of the HPA drive the relationship buffers: full for a caregiver who has never alarmed the
// infant, none once the learned threat reaches `cortisol_buffering_threat` (a caregiver who is the
// source of alarm cannot also be the buffer).
double CortisolBuffering(const WorkingModel& learned, const InfantModelDef& m);

// The drive on the HPA axis now, from the hidden state: sustained arousal above what the infant
// regulates without it, less what the relationship buffers, plus the unbuffered approach-flight
// conflict and disorganized lapses. [drive units: arousal above the threshold, >= 0]
double CortisolDrive(const InfantInner& in, const InfantModelDef& m);

// One step of dt seconds: sets in.hpa_drive from the state and moves the two compartments on
// (in.acth follows the drive with cortisol_acth_tau_s, in.cortisol's excess follows in.acth with
// cortisol_tau_s). Reads and writes only those three fields.
void StepCortisol(InfantInner& in, const InfantModelDef& m, double dt);

// The two compartments' per-step shares (model/relaxation.h) for a step of dt: a simulation with a
// fixed step works them out once and steps with them, with the same result as the call above.
struct CortisolShares {
    double acth = 0.0;      // of the way to the drive, per step
    double cortisol = 0.0;  // of the way to gain x ACTH, per step
};
CortisolShares CortisolSharesFor(const InfantModelDef& m, double dt);
void StepCortisol(InfantInner& in, const InfantModelDef& m, const CortisolShares& shares);

// The wait after the procedure, `seconds` long in steps of dt, not simulated as behaviour: the
// infant is back with its caregiver, its sustained arousal returns to the carried-in level with
// its own time constant, and there are no more conflict or lapses. Returns the state at its end.
InfantInner AfterProcedure(InfantInner in, const InfantModelDef& m, double seconds, double dt);

// The two saliva samples: the baseline as the procedure begins and the post sample
// `cortisol_sample_s` after it began — taken during the procedure if it runs that long, otherwise
// after the wait with her that follows it.
class CortisolSampler {
public:
    explicit CortisolSampler(const InfantModelDef& m) : m_(m) {}
    // The hidden state at every step, from the start of the procedure (t = 0, the baseline) on.
    void Observe(double t_s, const InfantInner& in);
    // At the end of the procedure (time t_end_s, state at_end, step dt): completes the post sample
    // if it is still to come. Returns the ratio post / baseline.
    double Finish(double t_end_s, const InfantInner& at_end, double dt);

    bool Sampled() const { return sampled_; }
    double SampleTime_s() const { return m_.cortisol_sample_s; }
    double Baseline() const { return baseline_; }
    double Post() const { return post_; }
    double Ratio() const { return baseline_ > 0.0 ? post_ / baseline_ : 0.0; }

private:
    InfantModelDef m_;
    bool have_baseline_ = false;
    bool sampled_ = false;
    double baseline_ = 1.0;
    double post_ = 1.0;
};

}  // namespace sb
