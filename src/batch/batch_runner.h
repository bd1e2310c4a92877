// Running many dyads in parallel. Dyad i always gets seed DyadSeed(seed, i) and its result is
// stored at position i, so the output is the same for any number of threads.
#pragma once

#include <functional>
#include <vector>

#include "batch/population.h"
#include "record/run_outputs.h"
#include "scenario/scenario.h"

namespace sb {

struct BatchOptions {
    int n = 100;                 // dyads
    std::uint64_t seed = 1;      // batch seed
    int threads = 0;             // 0: one per core
    // Called from the calling thread about ten times a second with (done, total).
    std::function<void(int, int)> progress;
};

std::vector<RunResult> RunBatch(const Scenario& scenario, const PopulationDef& population, const BatchOptions& options);

}  // namespace sb
