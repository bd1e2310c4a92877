// Mapping from caregiver/stranger parameters to observable responding; see docs/model.md.
#include "model/caregiver_def.h"

#include <algorithm>
#include <cmath>

namespace sb {

namespace caregiving {

double AvailableProbability(const CaregivingRuleDef& rule, const CaregiverDef& c) {
    return rule.available_base + rule.available_consistency * std::clamp(c.consistency, 0.0, 1.0);
}

double AnswerProbability(const CaregivingRuleDef& rule, const CaregiverDef& c, double signal, bool available) {
    const double s = std::max(0.0, signal);
    if (available) {
        // Noticing grows steeply with sensitivity: an insensitive caregiver misses most ordinary
        // signals (Ainsworth's scale: "responds only to frequent, prolonged or intense signals").
        const double x = (std::clamp(c.sensitivity, 1.0, 9.0) - 1.0) / 8.0;
        const double k = rule.notice_base + rule.notice_gain * x * std::sqrt(x);
        return 1.0 - std::exp(-k * s);
    }
    return rule.breakthrough_max * std::clamp((s - rule.breakthrough_onset) / rule.breakthrough_span, 0.0, 1.0);
}

double Rejection(const CaregivingRuleDef& rule, const CaregiverDef& c) {
    return std::clamp((rule.rejection_onset - c.acceptance) / rule.rejection_span, 0.0, 1.0);
}

double RebuffProbability(const CaregivingRuleDef& rule, const CaregiverDef& c, double signal) {
    return Rejection(rule, c) * (rule.rebuff_base + rule.rebuff_intensity * std::min(1.0, std::max(0.0, signal)));
}

double FrightenProbability(const CaregivingRuleDef& rule, const CaregiverDef& c, bool answered) {
    return std::clamp(c.frightening, 0.0, 1.0) * (answered ? rule.frighten_answered : rule.frighten_unanswered);
}

double ComfortQuality(const CaregivingRuleDef& rule, const CaregiverDef& c) {
    return rule.comfort_floor + (1.0 - rule.comfort_floor) * std::clamp(c.sensitivity, 1.0, 9.0) / 9.0;
}

}  // namespace caregiving

ResponderProfile ProfileOf(const CaregiverDef& def, const CaregivingRuleDef& rule, const AdultDef& role) {
    const double s = std::clamp(def.sensitivity, 1.0, 9.0);
    ResponderProfile p;
    p.p_available = caregiving::AvailableProbability(rule, def);
    // Sensitivity 9 answers in about a second, sensitivity 1 in about twenty (scale anchors:
    // "prompt" vs "delayed or absent" responses, Ainsworth et al. 1978).
    p.mean_latency_s = rule.latency_min_s + (9.0 - s) * rule.latency_per_point_s;
    p.comfort_quality = caregiving::ComfortQuality(rule, def);
    // A sensitive caregiver holds until the infant is ready to go down; an insensitive one puts
    // it down after a short, fixed while whatever its state.
    p.hold_patience_s = rule.patience_min_s + (s - 1.0) * rule.patience_per_point_s;
    // A rejecting caregiver cuts contact short (Ainsworth's "aversion to physical contact").
    p.hold_patience_s *= 1.0 - rule.patience_rejection_cut * caregiving::Rejection(rule, def);
    p.rebid_s = role.rebid_s;
    p.caregiving = def;
    p.rule = rule;
    p.uses_caregiving_rule = true;
    // At the maximum, about two frightening moments a minute in the room.
    p.frightening_per_min = rule.frightening_per_min * std::clamp(def.frightening, 0.0, 1.0);
    return p;
}

ResponderProfile ProfileOf(const StrangerDef& def, const AdultDef& role) {
    ResponderProfile p;
    p.p_available = std::clamp(def.responsiveness, 0.0, 1.0);
    p.mean_latency_s = role.mean_latency_s;
    p.comfort_quality = std::clamp(def.comfort_quality, 0.0, 1.0);
    p.hold_patience_s = role.hold_patience_s;
    p.rebid_s = role.rebid_s;
    return p;
}

}  // namespace sb
