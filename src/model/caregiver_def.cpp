// Mapping from caregiver/stranger parameters to observable responding; see docs/model.md.
#include "model/caregiver_def.h"

#include <algorithm>
#include <cmath>

namespace sb {

namespace caregiving {

double AvailableProbability(const CaregiverDef& c) { return 0.5 + 0.5 * std::clamp(c.consistency, 0.0, 1.0); }

double AnswerProbability(const CaregiverDef& c, double signal, bool available) {
    const double s = std::max(0.0, signal);
    if (available) {
        // Noticing grows steeply with sensitivity: an insensitive caregiver misses most ordinary
        // signals (Ainsworth's scale: "responds only to frequent, prolonged or intense signals").
        const double x = (std::clamp(c.sensitivity, 1.0, 9.0) - 1.0) / 8.0;
        const double k = 0.2 + 4.0 * x * std::sqrt(x);
        return 1.0 - std::exp(-k * s);
    }
    return 0.95 * std::clamp((s - 0.6) / 0.5, 0.0, 1.0);
}

double Rejection(const CaregiverDef& c) { return std::clamp((7.0 - c.acceptance) / 6.0, 0.0, 1.0); }

double RebuffProbability(const CaregiverDef& c, double signal) {
    return Rejection(c) * (0.4 + 0.6 * std::min(1.0, std::max(0.0, signal)));
}

double FrightenProbability(const CaregiverDef& c, bool answered) {
    return std::clamp(c.frightening, 0.0, 1.0) * (answered ? 0.2 : 0.05);
}

double ComfortQuality(const CaregiverDef& c) { return std::clamp(c.sensitivity, 1.0, 9.0) / 9.0; }

}  // namespace caregiving

ResponderProfile ProfileOf(const CaregiverDef& def) {
    const double s = std::clamp(def.sensitivity, 1.0, 9.0);
    ResponderProfile p;
    p.p_available = caregiving::AvailableProbability(def);
    // Sensitivity 9 answers in about a second, sensitivity 1 in about twenty (scale anchors:
    // "prompt" vs "delayed or absent" responses, Ainsworth et al. 1978).
    p.mean_latency_s = 1.0 + (9.0 - s) * 2.5;
    p.comfort_quality = caregiving::ComfortQuality(def);
    // A sensitive caregiver holds until the infant is ready to go down; an insensitive one puts
    // it down after a short, fixed while whatever its state.
    p.hold_patience_s = 10.0 + (s - 1.0) * 8.0;
    // A rejecting caregiver cuts contact short (Ainsworth's "aversion to physical contact").
    p.hold_patience_s *= 1.0 - 0.8 * caregiving::Rejection(def);
    p.caregiving = def;
    p.uses_caregiving_rule = true;
    // At the maximum, about two frightening moments a minute in the room.
    p.frightening_per_min = 2.0 * std::clamp(def.frightening, 0.0, 1.0);
    return p;
}

ResponderProfile ProfileOf(const StrangerDef& def) {
    ResponderProfile p;
    p.p_available = std::clamp(def.responsiveness, 0.0, 1.0);
    p.mean_latency_s = 4.0;
    p.comfort_quality = std::clamp(def.comfort_quality, 0.0, 1.0);
    p.hold_patience_s = 40.0;
    return p;
}

}  // namespace sb
