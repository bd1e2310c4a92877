// Running many dyads in parallel. Dyad i always gets seed DyadSeed(seed, i) and its result is
// stored at position i, so the output is the same for any number of threads. A batch can be
// cancelled from another thread (the window's population view does when its settings change).
#pragma once

#include <atomic>
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
    // When set and it becomes true, no further dyad is started; the dyads already running finish
    // and RunBatch returns an empty vector (a partial batch would not be a sample of anything).
    const std::atomic<bool>* cancel = nullptr;
};

std::vector<RunResult> RunBatch(const Scenario& scenario, const PopulationDef& population, const BatchOptions& options);

}  // namespace sb
