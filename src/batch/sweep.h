// Experiments as data: a [sweep] names registry parameters and the values each takes, a design
// (full factorial grid or Latin hypercube) that combines them into cells, a number of replicates per
// cell, and how the replicates' dyad seeds are chosen. Every dyad of a sweep has one global index,
// g = cell * replicates + replicate, and run_id g + 1.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "batch/population.h"

namespace sb {

// One swept parameter: its registry name and the values a grid takes (in the order given), or the
// range a Latin hypercube samples.
struct SweepFactor {
    std::string parameter;       // registry name: "caregiver.sensitivity", "model.infant.cry_onset"
    std::vector<double> values;  // grid: every level, in order
    double from = 0.0;           // Latin hypercube: the range sampled, in the parameter's unit
    double to = 0.0;
};

struct SweepDef {
    enum class Design { Grid, LatinHypercube };
    enum class Seeds { Independent, Common };
    bool enabled = false;
    Design design = Design::Grid;
    int samples = 0;             // Latin hypercube: number of cells
    int replicates = 1;          // dyads per cell
    // Independent: every dyad its own seed, DyadSeed(seed, g). Common (common random numbers):
    // replicate r of every cell has seed DyadSeed(seed, r), so cells differ only by the swept values.
    Seeds seeds = Seeds::Independent;
    std::vector<SweepFactor> factors;  // in registry order; the first varies slowest

    int Cells() const;
    long long Dyads() const { return static_cast<long long>(Cells()) * replicates; }
};

// The most dyads one batch or sweep may hold (global indexes and run_ids stay within an int).
inline constexpr long long kMaxDyads = 1000000000LL;

// The swept values of every cell, cell by cell, one value per factor. A grid is the full factorial
// with the first factor varying slowest; a Latin hypercube cuts each factor's range into `samples`
// equal strata, takes one point in each (uniform within it) and pairs the strata of the factors by
// random permutations — all drawn from `seed`, so the same scenario and seed give the same cells.
std::vector<std::vector<double>> SweepCells(const SweepDef& sweep, std::uint64_t seed);

// The population a cell's dyads are drawn from: the scenario's, with each swept parameter fixed at
// the cell's value (a swept value overrides its distribution; the population is switched on).
PopulationDef CellPopulation(const PopulationDef& base, const SweepDef& sweep, const std::vector<double>& cell);

// The seed of the dyad with global index g (replicate r) under the sweep's seed rule.
std::uint64_t SweepDyadSeed(const SweepDef& sweep, std::uint64_t seed, long long g);

const char* ToString(SweepDef::Design d);
const char* ToString(SweepDef::Seeds s);

}  // namespace sb
