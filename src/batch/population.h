// Populations: distributions of any registry parameter (caregiver, temperament, stranger, protocol,
// model constants) from which a batch draws each dyad, with a seed of its own derived from the batch
// seed and the dyad's number — so a dyad's parameters and run never depend on which thread ran it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/simulation.h"

namespace sb {

struct ParameterDistribution {
    enum class Kind { Fixed, Normal, Uniform };
    Kind kind = Kind::Fixed;
    double a = 0.0;           // fixed: the value; normal: mean; uniform: min
    double b = 0.0;           // normal: standard deviation; uniform: max
    double share = 1.0;       // with probability 1 - share the value is `otherwise` instead
    double otherwise = 0.0;
};

// One drawn parameter: its registry name ("caregiver.sensitivity", "model.infant.cry_onset").
struct ParameterDraw {
    std::string parameter;
    ParameterDistribution distribution;
};

struct PopulationDef {
    bool enabled = false;
    // The scenario set today's caregiver explicitly ([today]): draws change her history, not her today.
    bool today_given = false;
    // In registry order, which is the order of the draws; parameters not named keep the scenario's value.
    std::vector<ParameterDraw> draws;

    // The distribution of a registry parameter, or nullptr when the scenario's value is used.
    const ParameterDistribution* Find(const std::string& parameter) const;
    // Gives a parameter a distribution (replacing any), keeping the draws in registry order.
    // Throws std::invalid_argument for a name the registry does not know.
    void Set(const std::string& parameter, const ParameterDistribution& d);
};

// The bare names a [population] has always accepted, and the registry names they stand for:
// sensitivity, consistency, acceptance, frightening (the caregiver from birth) and reactivity,
// soothability, sociability, curiosity (the infant's temperament). Empty if `key` is not one.
std::string PopulationAlias(const std::string& key);

// The seed of dyad `index` (0-based) of a batch with seed `batch_seed`.
std::uint64_t DyadSeed(std::uint64_t batch_seed, int index);

// Draws one dyad: the base definition with the population's parameters drawn from `dyad_seed`
// in registry order (normal draws are truncated to the parameter's registry range by redrawing).
SimulationDef DrawDyad(const SimulationDef& base, const PopulationDef& pop, std::uint64_t dyad_seed);

// "normal(mean 6, sd 1.6)", or "scenario value" for nullptr (a parameter not drawn).
std::string Describe(const ParameterDistribution* d);

}  // namespace sb
