// Populations: distributions of caregiver and temperament parameters from which a batch draws
// each dyad, with a seed of its own derived from the batch seed and the dyad's number — so a
// dyad's parameters and run never depend on which thread ran it.
#pragma once

#include <cstdint>
#include <string>

#include "sim/simulation.h"

namespace sb {

struct ParameterDistribution {
    enum class Kind { Fixed, Normal, Uniform };
    bool set = false;         // false: the scenario's own value is used for every dyad
    Kind kind = Kind::Fixed;
    double a = 0.0;           // fixed: the value; normal: mean; uniform: min
    double b = 0.0;           // normal: standard deviation; uniform: max
    double share = 1.0;       // with probability 1 - share the value is `otherwise` instead
    double otherwise = 0.0;
};

struct PopulationDef {
    bool enabled = false;
    // The scenario set today's caregiver explicitly ([today]): draws change her history, not her today.
    bool today_given = false;
    ParameterDistribution sensitivity, consistency, acceptance, frightening;   // caregiver
    ParameterDistribution reactivity, soothability, sociability, curiosity;    // infant temperament
};

// The seed of dyad `index` (0-based) of a batch with seed `batch_seed`.
std::uint64_t DyadSeed(std::uint64_t batch_seed, int index);

// Draws one dyad: the base definition with the population's parameters drawn from `dyad_seed`
// (normal draws are truncated to the parameter's allowed range by redrawing).
SimulationDef DrawDyad(const SimulationDef& base, const PopulationDef& pop, std::uint64_t dyad_seed);

std::string Describe(const ParameterDistribution& d);

}  // namespace sb
