// Mapping from caregiver/stranger parameters to observable responding; see docs/model.md.
#include "model/caregiver_def.h"

#include <algorithm>

namespace sb {

ResponderProfile ProfileOf(const CaregiverDef& def) {
    const double s = std::clamp(def.sensitivity, 1.0, 9.0);
    const double c = std::clamp(def.consistency, 0.0, 1.0);
    ResponderProfile p;
    p.p_available = 0.5 + 0.5 * c;
    // Sensitivity 9 answers in about a second, sensitivity 1 in about twenty (scale anchors:
    // "prompt" vs "delayed or absent" responses, Ainsworth et al. 1978).
    p.mean_latency_s = 1.0 + (9.0 - s) * 2.5;
    p.comfort_quality = s / 9.0;
    // A sensitive caregiver holds until the infant is ready to go down; an insensitive one puts
    // it down after a short, fixed while whatever its state.
    p.hold_patience_s = 10.0 + (s - 1.0) * 8.0;
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
