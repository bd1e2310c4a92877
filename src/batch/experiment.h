// A batch or a sweep as one list of dyads with global indexes g = 0, 1, ..., and run_id g + 1: what
// each dyad is (its definition and seed), the design columns its rows carry, and which shard runs it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "scenario/scenario.h"

namespace sb {

// Shard k of n (1-based) runs the dyads g with g % n == k - 1: strided, so every shard gets an even
// share of every part of a design (cells run in order would otherwise give one shard all the slow ones).
struct Shard {
    int k = 1;
    int n = 1;
    bool Whole() const { return n == 1; }
    // How many of `dyads` dyads this shard runs, and the global index of its i-th.
    long long Count(long long dyads) const { return dyads > k - 1 ? (dyads - k) / n + 1 : 0; }
    long long Global(long long i) const { return (k - 1) + i * n; }
};

// Reads "K/N" (1 <= K <= N <= 100000); throws std::invalid_argument with a message otherwise.
Shard ParseShard(const std::string& text);

class Experiment {
public:
    // `n` dyads drawn from the scenario's population, dyad g with seed DyadSeed(seed, g).
    static Experiment Batch(const Scenario& scenario, std::uint64_t seed, long long n);
    // The scenario's [sweep]: its cells times its replicates, each cell's dyads drawn from the
    // population with the swept values fixed, seeds by the sweep's rule.
    static Experiment Sweep(const Scenario& scenario, std::uint64_t seed);

    long long Dyads() const { return dyads_; }
    std::uint64_t Seed() const { return seed_; }
    bool IsSweep() const { return sweep_; }
    const std::vector<std::vector<double>>& Cells() const { return cells_; }

    // Dyad g's definition, as it is run (safe to call from several threads at once).
    SimulationDef Def(long long g) const;
    // The columns a design adds after run_id ("cell", "replicate", each swept parameter by its
    // registry name; none for a batch) and dyad g's values in them, formatted as the CSV has them.
    // Dyad g's trial arm ("" without a [trial]; sweeps have no arms).
    std::string Arm(long long g) const;
    const std::vector<std::string>& DesignColumns() const { return design_columns_; }
    std::vector<std::string> DesignValues(long long g) const;

private:
    const Scenario* scenario_ = nullptr;
    std::uint64_t seed_ = 0;
    long long dyads_ = 0;
    bool sweep_ = false;
    std::vector<std::vector<double>> cells_;
    std::vector<PopulationDef> populations_;  // one per cell
    std::vector<std::string> design_columns_;
};

}  // namespace sb
