// ModelDef: every constant of the model in one place — the infant in the procedure, the two adults'
// roles, the caregiving rule and the first-year learning rule — so that a scenario's [model] table,
// a population or a sweep can set any of them by name (docs/model.md, "What the constants are").
#pragma once

#include "model/adult_def.h"
#include "model/caregiver_def.h"
#include "model/home_history.h"
#include "model/infant_model_def.h"

namespace sb {

struct ModelDef {
    InfantModelDef infant;                             // the attachment infant in the procedure
    AdultDef caregiver_role = CaregiverRoleDefault();  // how the caregiver behaves in the room
    AdultDef stranger_role = StrangerRoleDefault();    // how the stranger behaves in the room
    CaregivingRuleDef caregiving;                      // how a caregiver answers a signal, at home and in the room
    FirstYearDef first_year;                           // the first-year learning rule
};

}  // namespace sb
