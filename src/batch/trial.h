// Simulated intervention trials: a population's dyads randomised to arms, and in an arm with an
// intervention the first-year caregiver changed from a month on (as [[caregiver.change]] changes
// her). Which arm a dyad is in depends only on the batch seed and its index, never on threads.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "batch/population.h"
#include "sim/simulation.h"

namespace sb {

// One caregiver parameter as an intervention changes it: add to it (capped to the parameter's
// registry range) or set it.
struct CaregiverAdjustment {
    enum class Kind { Add, Set };
    std::string parameter;     // registry name: caregiver.sensitivity, .consistency, .acceptance, .frightening
    Kind kind = Kind::Add;
    double value = 0.0;        // added (may be negative) or set, in the parameter's unit
};

struct TrialArm {
    std::string name = "control";
    double share = 0.5;                           // share of dyads, 0..1; the arms' shares sum to 1
    bool intervenes = false;                      // false: caregiving as the population draws it
    double at_month = 6.0;                        // the intervention starts here (months of the first year)
    std::vector<CaregiverAdjustment> adjustments; // in the order given
};

struct TrialDef {
    bool enabled = false;  // off unless the scenario has [trial]
    std::string name;
    // Permuted blocks: each run of block_size consecutive dyads holds each arm share x block_size
    // times, in an order shuffled from the batch seed and the block's number (1..1000 dyads).
    int block_size = 10;
    std::vector<TrialArm> arms;  // 2..8; the first without an intervention is the usual control

    // Dyads of each arm in a block (share x block_size, rounded).
    std::vector<int> PerBlock() const;
};

// The arm (index into trial.arms) of dyad `index` (0-based) of a batch with seed `batch_seed`.
int ArmOf(const TrialDef& trial, std::uint64_t batch_seed, int index);

// Changes a drawn dyad as `arm` says: from arm.at_month on, the first-year caregiver in force (and
// every later [[caregiver.change]]) has the adjustments applied. Today's caregiver follows the end
// of the history again unless the scenario or the population set today's caregiver itself.
// Throws std::invalid_argument if the intervention would start after this dyad's history ends.
void ApplyArm(const TrialArm& arm, const PopulationDef& population, SimulationDef& def);

// The batch's hook: puts dyad `index` into its arm and applies the arm to `def` (drawn from the
// population). Returns the arm's name, or "" when the scenario has no trial.
std::string EnterTrial(const TrialDef& trial, const PopulationDef& population, std::uint64_t batch_seed, int index,
                       SimulationDef& def);

// The first-year caregiver's sensitivity at the end of the history (after any intervention).
double YearEndSensitivity(const SimulationDef& def);

// The trial as the batch manifest records it (a JSON object, as text).
std::string TrialJson(const TrialDef& trial);

}  // namespace sb
