// The HPA axis: drive, the two-compartment lag, the wait after the procedure and the samples.
// Linear in the drive on purpose, so a step response can be checked against the 20-30 minute peak.
#include "model/cortisol.h"

#include <algorithm>
#include <cmath>

#include "model/relaxation.h"

namespace sb {

double CortisolBuffering(const WorkingModel& learned, const InfantModelDef& m) {
    const double alarm = std::clamp(learned.threat / m.cortisol_buffering_threat, 0.0, 1.0);
    return m.cortisol_buffering * (1.0 - alarm);
}

double CortisolDrive(const InfantInner& in, const InfantModelDef& m) {
    const double unregulated = std::max(0.0, in.sustained_arousal - m.cortisol_arousal_threshold);
    return unregulated * (1.0 - in.hpa_buffering) + m.cortisol_conflict_drive * in.conflict +
           (in.lapse ? m.cortisol_lapse_drive : 0.0);
}

CortisolShares CortisolSharesFor(const InfantModelDef& m, double dt) {
    return {RelaxShare(m.cortisol_acth_tau_s, dt), RelaxShare(m.cortisol_tau_s, dt)};
}

void StepCortisol(InfantInner& in, const InfantModelDef& m, const CortisolShares& shares) {
    in.hpa_drive = CortisolDrive(in, m);
    in.acth = RelaxBy(in.acth, in.hpa_drive, shares.acth);
    // The second compartment is kept as cortisol itself: its excess over the baseline relaxes to
    // gain x the first, which is cortisol = 1 + gain x (the drive lagged twice).
    in.cortisol = 1.0 + RelaxBy(in.cortisol - 1.0, m.cortisol_gain * in.acth, shares.cortisol);
}

void StepCortisol(InfantInner& in, const InfantModelDef& m, double dt) { StepCortisol(in, m, CortisolSharesFor(m, dt)); }

InfantInner AfterProcedure(InfantInner in, const InfantModelDef& m, double seconds, double dt) {
    in.conflict = 0.0;
    in.lapse = false;
    // Whole steps use shares worked out once; a last, shorter step its own.
    const double sustained_share = RelaxShare(m.sustained_arousal_tau_s, dt);
    const CortisolShares shares = CortisolSharesFor(m, dt);
    double left = seconds;
    while (left > 1e-9) {
        const double h = std::min(dt, left);
        if (h == dt) {
            in.sustained_arousal = RelaxBy(in.sustained_arousal, m.initial_arousal, sustained_share);
            StepCortisol(in, m, shares);
        } else {
            in.sustained_arousal = Relax(in.sustained_arousal, m.initial_arousal, m.sustained_arousal_tau_s, h);
            StepCortisol(in, m, h);
        }
        left -= h;
    }
    return in;
}

void CortisolSampler::Observe(double t_s, const InfantInner& in) {
    if (!have_baseline_) {
        have_baseline_ = true;
        baseline_ = in.cortisol;
    }
    if (!sampled_ && t_s >= m_.cortisol_sample_s) {
        sampled_ = true;
        post_ = in.cortisol;
    }
}

double CortisolSampler::Finish(double t_end_s, const InfantInner& at_end, double dt) {
    if (!sampled_) {
        post_ = AfterProcedure(at_end, m_, m_.cortisol_sample_s - t_end_s, dt).cortisol;
        sampled_ = true;
    }
    return Ratio();
}

}  // namespace sb
