// Arm assignment by permuted blocks and the intervention as a caregiving change (trial.h).
#include "batch/trial.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/rng.h"
#include "model/home_history.h"
#include "params/param_registry.h"

namespace sb {

namespace {

// Keeps the block shuffles apart from every other stream derived from the batch seed.
constexpr std::uint64_t kBlockSalt = 0x7A1A100000000ULL;

double Adjusted(const CaregiverAdjustment& a, double old) {
    const ParamEntry* e = FindParam(a.parameter);
    if (!e) throw std::invalid_argument("a trial arm changes unknown parameter '" + a.parameter + "'");
    const double v = a.kind == CaregiverAdjustment::Kind::Add ? old + a.value : a.value;
    return std::clamp(v, e->min, e->max);
}

// The first-year caregiver with the adjustments applied; SimulationDef is where the registry's
// setters reach her.
CaregiverDef Adjust(const TrialArm& arm, const CaregiverDef& c) {
    SimulationDef scratch;
    scratch.history.caregiver = c;
    for (const CaregiverAdjustment& a : arm.adjustments) {
        const ParamEntry* e = FindParam(a.parameter);
        if (!e) throw std::invalid_argument("a trial arm changes unknown parameter '" + a.parameter + "'");
        e->set(scratch, Adjusted(a, e->get(scratch)));
    }
    return scratch.history.caregiver;
}

bool DrawsToday(const PopulationDef& pop) {
    for (const ParameterDraw& d : pop.draws)
        if (d.parameter.rfind("today.", 0) == 0) return true;
    return false;
}

}  // namespace

std::vector<int> TrialDef::PerBlock() const {
    std::vector<int> k;
    for (const TrialArm& a : arms) k.push_back(static_cast<int>(std::lround(a.share * block_size)));
    return k;
}

int ArmOf(const TrialDef& trial, std::uint64_t batch_seed, int index) {
    if (!trial.enabled || trial.arms.empty()) return -1;
    const int block = std::max(1, trial.block_size);
    std::vector<int> slots;
    const std::vector<int> per_block = trial.PerBlock();
    for (std::size_t a = 0; a < per_block.size(); ++a) slots.insert(slots.end(), static_cast<std::size_t>(per_block[a]), static_cast<int>(a));
    if (static_cast<int>(slots.size()) != block)
        throw std::invalid_argument("the trial's arm shares do not fill a block of " + std::to_string(block) + " dyads");
    // Fisher-Yates from the block's own stream: every dyad of the block finds the same order.
    const int number = index / block;
    Rng rng(Rng::DeriveSeed(batch_seed, kBlockSalt + static_cast<std::uint64_t>(number)));
    for (int i = block - 1; i > 0; --i) {
        const int j = std::min(i, static_cast<int>(rng.Uniform01() * (i + 1)));
        std::swap(slots[static_cast<std::size_t>(i)], slots[static_cast<std::size_t>(j)]);
    }
    return slots[static_cast<std::size_t>(index % block)];
}

void ApplyArm(const TrialArm& arm, const PopulationDef& population, SimulationDef& def) {
    if (!arm.intervenes) return;
    HistoryDef& h = def.history;
    if (!(arm.at_month < h.months))
        throw std::invalid_argument("trial arm '" + arm.name + "' starts its intervention at month " + std::to_string(arm.at_month) +
                                    ", after this dyad's first year ends (" + std::to_string(h.months) + " months)");
    // The caregiving in force at the month, changed, becomes a change of its own after any change
    // made at or before that month; changes after it keep their own values, changed the same way.
    CaregivingChange start;
    start.at_month = arm.at_month;
    start.caregiver = Adjust(arm, CaregiverAt(h, arm.at_month));
    auto later = std::find_if(h.changes.begin(), h.changes.end(), [&](const CaregivingChange& c) { return c.at_month > arm.at_month; });
    for (auto it = later; it != h.changes.end(); ++it) it->caregiver = Adjust(arm, it->caregiver);
    h.changes.insert(later, start);
    if (!population.today_given && !DrawsToday(population)) def.caregiver = h.changes.back().caregiver;
}

std::string EnterTrial(const TrialDef& trial, const PopulationDef& population, std::uint64_t batch_seed, int index,
                       SimulationDef& def) {
    const int arm = ArmOf(trial, batch_seed, index);
    if (arm < 0) return "";
    const TrialArm& a = trial.arms[static_cast<std::size_t>(arm)];
    ApplyArm(a, population, def);
    return a.name;
}

double YearEndSensitivity(const SimulationDef& def) { return CaregiverAt(def.history, def.history.months).sensitivity; }

std::string TrialJson(const TrialDef& trial) {
    nlohmann::json arms = nlohmann::json::array();
    for (const TrialArm& a : trial.arms) {
        nlohmann::json arm = {{"name", a.name}, {"share", a.share}};
        if (a.intervenes) {
            nlohmann::json changes = nlohmann::json::array();
            for (const CaregiverAdjustment& c : a.adjustments)
                changes.push_back({{"parameter", c.parameter}, {c.kind == CaregiverAdjustment::Kind::Add ? "add" : "set", c.value}});
            arm["intervention"] = {{"at_month", a.at_month}, {"changes", changes}};
        }
        arms.push_back(arm);
    }
    const nlohmann::json j = {{"name", trial.name},
                              {"assignment", "permuted blocks of " + std::to_string(trial.block_size) +
                                                 " dyads, shuffled from the batch seed and the block number"},
                              {"arms", arms}};
    return j.dump();
}

}  // namespace sb
