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

// The constants of the first-year learning rule (docs/model.md, "The first year") that HistoryDef
// does not hold: what each outcome is worth, how distress arises, how often the infant tries another
// way of signalling, how threat is learned, and the expectations it starts from.
struct FirstYearDef {
    /// Rebuff cost: value lost to a rebuff, per unit of the signal's intensity (a rebuff hurts more after an intense bid). [comfort units, 0..3]
    double rebuff_cost = 0.5;
    /// Ignored cost: value lost when nobody answers, per unit of distress. [comfort units, 0..3]
    double ignored_cost = 0.8;
    /// Effort cost: value lost per unit of expression gain above open (escalating is exhausting and aversive). [comfort units, 0..3]
    double effort_cost = 0.45;
    /// Diversion gain: value a minimised infant gains by turning to toys, per unit of distress. [comfort units, 0..3]
    double diversion_gain = 0.33;
    /// Fright cost: value lost to a frightening moment. [comfort units, 0..3]
    double fright_cost = 0.6;
    /// Trying another way: chance per episode of signalling at a level chosen at random rather than by the policy. [-, 0..1]
    double try_other = 0.05;
    /// Threat learning: weight of a frightening episode on learned threat (fear is learned fast). [-, 0..1]
    double threat_learn = 0.03;
    /// Threat forgetting: rate of forgetting threat, as a share of the learning rate (and forgotten slowly). [-, 0..1]
    double threat_forget_share = 1.0 / 3.0;
    /// Least distress: an episode's distress is drawn uniformly between this and the most, times temperament. [-, 0..1]
    double distress_min = 0.2;
    /// Most distress. [-, 0..2]
    double distress_max = 1.0;
    /// Distress base: factor on the drawn distress at reactivity 0, (base + slope reactivity). [-, 0..2]
    double distress_base = 0.6;
    /// Distress from reactivity: added to that factor per unit of reactivity. [-, 0..2]
    double distress_reactivity = 0.8;
    /// Open head start: starting value of open expression (newborns signal openly). [comfort units, -1..1]
    double open_head_start = 0.05;
    /// Prior availability: expected availability before any episode. [-, 0..1]
    double prior_availability = 0.7;
    /// Prior variance: day-to-day variance of the share of bids answered with comfort, expected before any day (0.0625 is a swing of 0.25: nothing predictable yet). [-, 0..0.25]
    double prior_variance = 0.0625;
    /// Unpredictable swing: day-to-day SD of the share of bids comforted (beyond what chance gives) at which predictability is 0; predictability = 1 - (SD of the excess) / this. [-, 0.01..0.5]
    double unpredictable_sd = 0.2;
    /// Separation familiarity scale: everyday separations after which 63% of separation confidence is learned (1 - exp(-n / scale)). [separations, 1..2000]
    double separation_scale = 150.0;
    /// Other carers familiarity scale: separations with someone outside the family after which 63% of familiarity with other carers is learned. [separations, 1..2000]
    double others_scale = 60.0;
};

// The infant's everyday experience of separations in the first year: how often it is left, and how
// often with someone other than the family (a sitter, a crèche, a neighbour) rather than alone
// briefly or with the father. Caregiving ecologies differ here far more than in sensitivity
// (Grossmann et al. 1985; Takahashi 1990; docs/model.md §4).
struct SeparationExperienceDef {
    double per_week = 5.0;            // brief everyday separations a week (0..50)
    double with_others_share = 0.3;   // 0..1 share of them with someone outside the family
};

struct HistoryDef {
    CaregiverDef caregiver;                 // how she cares from birth
    std::vector<CaregivingChange> changes;  // in order of at_month
    double months = 12.0;                   // months of caregiving before the procedure (1..24)
    int episodes_per_month = 300;           // distress episodes a month (about ten a day)
    double learning_rate = 1.0 / 150.0;     // expectations: weight of one episode (delta rule)
    double value_rate = 0.02;               // strategy values: weight of one episode
    double temperature = 0.05;              // softmax temperature of the strategy choice
    SeparationExperienceDef separations;    // everyday separations and other carers
};

// The caregiving in force at a month of the history.
const CaregiverDef& CaregiverAt(const HistoryDef& h, double month);

struct HistoryResult {
    WorkingModel model;                      // at the end of the history
    std::vector<WorkingModel> by_month;      // at the end of each month, for plots
};

// Runs the history for one infant, with the caregiving rule's and the learning rule's constants.
// Deterministic in (def, temperament, rule, learning, rng).
HistoryResult LearnFirstYear(const HistoryDef& def, const InfantDef& temperament, const CaregivingRuleDef& rule,
                             const FirstYearDef& learning, Rng& rng);

}  // namespace sb
