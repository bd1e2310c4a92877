// Populations: distributions of any registry parameter (caregiver, temperament, stranger, protocol,
// model constants) from which a batch draws each dyad, with a seed of its own derived from the batch
// seed and the dyad's number — so a dyad's parameters and run never depend on which thread ran it.
// Normally drawn parameters may be correlated with one another (Pearson's r between pairs).
#pragma once

#include <cstddef>
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

// A Pearson correlation between two normally drawn parameters, by their registry names.
struct ParameterCorrelation {
    std::string first;
    std::string second;
    double r = 0.0;
};

struct PopulationDef {
    bool enabled = false;
    // The scenario set today's caregiver explicitly ([today]): draws change her history, not her today.
    bool today_given = false;
    // In registry order, which is the order of the draws; parameters not named keep the scenario's value.
    std::vector<ParameterDraw> draws;
    // Pairs of normally drawn parameters (share 1) that are correlated, as the scenario gave them;
    // pairs not listed are independent.
    std::vector<ParameterCorrelation> correlations;

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

// How [population] and the batch manifest name a registry parameter: by its bare name if it has
// one ("sensitivity" for caregiver.sensitivity), else by its registry name.
std::string PopulationName(const std::string& parameter);

// Why a parameter with this distribution cannot be correlated ("is drawn from a uniform
// distribution"), or "" if it can: only normal draws made for every dyad (share 1) can.
std::string WhyNotCorrelatable(const ParameterDistribution& d);

// The correlation matrix of a population's correlated parameters: those named in its correlations,
// in registry order (the order of the draws), with 1 on the diagonal and 0 for pairs not given.
struct CorrelationMatrix {
    std::vector<std::size_t> draws;        // indexes into PopulationDef::draws
    std::vector<std::vector<double>> r;    // r[i][j] between draws[i] and draws[j]

    // The row of a parameter (registry name) of `pop`, or -1 if it is not correlated.
    int RowOf(const PopulationDef& pop, const std::string& parameter) const;
};
// Throws std::invalid_argument if a correlation names a parameter that is not drawn, or that
// WhyNotCorrelatable refuses.
CorrelationMatrix CorrelationsOf(const PopulationDef& pop);

// The lower-triangular L with L times its transpose equal to `m`, for any matrix of correlations a
// population can have — positive semidefinite, which allows r = 1 or -1. Otherwise `failed_row` is
// the first row whose leading block already cannot be (the correlations up to it contradict).
struct CholeskyFactor {
    std::vector<std::vector<double>> lower;
    int failed_row = -1;
    bool Consistent() const { return failed_row < 0; }
};
CholeskyFactor FactorCorrelations(const std::vector<std::vector<double>>& m);

// The seed of dyad `index` (0-based) of a batch with seed `batch_seed`.
std::uint64_t DyadSeed(std::uint64_t batch_seed, int index);

// Draws one dyad: the base definition with the population's parameters drawn from `dyad_seed`
// in registry order (normal draws are truncated to the parameter's registry range by redrawing).
// Correlated parameters are drawn together: correlated standard normals, each mapped by quantiles
// onto its parameter's normal distribution truncated to the range, so each keeps the distribution it
// has alone and the correlations survive the truncation. Every other parameter is drawn exactly as
// without the correlations. Throws std::invalid_argument for correlations that CorrelationsOf or
// FactorCorrelations refuse.
SimulationDef DrawDyad(const SimulationDef& base, const PopulationDef& pop, std::uint64_t dyad_seed);

// "normal(mean 6, sd 1.6)", or "scenario value" for nullptr (a parameter not drawn).
std::string Describe(const ParameterDistribution* d);

}  // namespace sb
