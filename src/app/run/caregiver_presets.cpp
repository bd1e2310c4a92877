// Caregiver presets: the values and why each is what it is (docs/caregiver-presets.md has the
// sources). A test loads the scenario each preset names and checks the values are the same.
#include "app/run/caregiver_presets.h"

#include <cmath>

namespace sb::app {

namespace {

bool Same(double a, double b) { return std::abs(a - b) < 1e-9; }

}  // namespace

CaregiverDef CaregiverPreset::Apply(CaregiverDef base) const {
    base.sensitivity = sensitivity;
    base.consistency = consistency;
    base.acceptance = acceptance;
    base.frightening = frightening;
    return base;
}

bool CaregiverPreset::Matches(const CaregiverDef& c) const {
    return Same(c.sensitivity, sensitivity) && Same(c.consistency, consistency) && Same(c.acceptance, acceptance) &&
           Same(c.frightening, frightening);
}

const std::vector<CaregiverPreset>& CaregiverPresets() {
    static const std::vector<CaregiverPreset> presets{
        {"Sensitive caregiver", "Sensitive", "sensitive",
         "Answers promptly and fittingly, reliably, welcomes contact, never frightens", 8.0, 0.9, 8.0, 0.0},
        {"Rejecting caregiver", "Rejecting", "rejecting",
         "Available and predictable, but averse to distress and contact: rebuffs bids, redirects to toys", 4.0, 0.8,
         2.0, 0.0},
        {"Inconsistent caregiver", "Inconsistent", "inconsistent",
         "Warm when she answers, but often unavailable: answers mostly when the infant escalates", 5.0, 0.2, 7.0,
         0.0},
        {"Frightening caregiver", "Frightening", "frightening",
         "Middling care with frequent frightening or frightened moments: looming, sudden approach, stillness", 4.0,
         0.5, 5.0, 0.7},
    };
    return presets;
}

}  // namespace sb::app
