// Caregiver presets: four first-year caregivers a lecture starts from — sensitive, rejecting,
// inconsistent, frightening — as sets of the caregiver's four parameters, the same values as the
// shipped scenarios of the same names (scenarios/sensitive.toml and the others). A preset describes
// how she cared; what the infant makes of it is for the model to show, never part of the preset.
#pragma once

#include <string>
#include <vector>

#include "model/caregiver_def.h"

namespace sb::app {

struct CaregiverPreset {
    std::string name;      // "Sensitive caregiver": always a caregiver, never an infant's style
    std::string button;    // the short form a narrow button shows: "Sensitive"
    std::string scenario;  // the shipped scenario with the same caregiver: "sensitive"
    std::string why;       // one line: what she does, for the button's tooltip
    double sensitivity = 7.0;
    double consistency = 0.85;
    double acceptance = 7.0;
    double frightening = 0.0;

    // `base` with the preset's four parameters (her walking speed stays `base`'s).
    CaregiverDef Apply(CaregiverDef base) const;
    // True when `c` has the preset's four parameters.
    bool Matches(const CaregiverDef& c) const;
};

// The four presets in the order the panel shows them.
const std::vector<CaregiverPreset>& CaregiverPresets();

}  // namespace sb::app
