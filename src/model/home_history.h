// The first year: thousands of compressed everyday episodes in which the infant becomes
// distressed, signals, and the caregiver answers (or not) by her parameters of the time. From the
// outcomes the infant learns its WorkingModel. Caregiving may change during the year.
#pragma once

#include <vector>

#include "core/rng.h"
#include "model/caregiver_def.h"
#include "model/infant.h"
#include "model/working_model.h"

namespace sb {

// From `at_month` on, the caregiver cares as `caregiver` says (e.g. after an intervention).
struct CaregivingChange {
    double at_month = 6.0;
    CaregiverDef caregiver;
};

struct HistoryDef {
    CaregiverDef caregiver;                 // how she cares from birth
    std::vector<CaregivingChange> changes;  // in order of at_month
    double months = 12.0;                   // months of caregiving before the procedure (1..24)
    int episodes_per_month = 300;           // distress episodes a month (about ten a day)
    double learning_rate = 1.0 / 150.0;     // expectations: weight of one episode (delta rule)
    double value_rate = 0.02;               // strategy values: weight of one episode
    double temperature = 0.05;              // softmax temperature of the strategy choice
};

// The caregiving in force at a month of the history.
const CaregiverDef& CaregiverAt(const HistoryDef& h, double month);

struct HistoryResult {
    WorkingModel model;                      // at the end of the history
    std::vector<WorkingModel> by_month;      // at the end of each month, for plots
};

// Runs the history for one infant. Deterministic in (def, temperament, rng).
HistoryResult LearnFirstYear(const HistoryDef& def, const InfantDef& temperament, Rng& rng);

}  // namespace sb
