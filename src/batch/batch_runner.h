// Running many dyads in parallel. Dyad i always gets seed DyadSeed(seed, i) and its result is
// stored (or handed over) at position i, so the output is the same for any number of threads. A
// batch can be cancelled from another thread (the window's population view does when its settings
// change).
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

// Runs `count` dyads on `threads` worker threads (0: one per core) and hands each result to `sink`,
// on the calling thread, in order k = 0, 1, 2, ... whatever order they finish in. Dyad k is run from
// `def(k)` (called on a worker thread) with run_id `run_id(k)`. Results wait in a reorder buffer of at
// most four per thread: a worker starts dyad k only once dyad k - 4 * threads has been handed over, so
// memory stays flat however many dyads there are. `progress(done, count)` is called on the calling
// thread about ten times a second and once at the end. An exception from any of them stops the run
// and is rethrown.
struct DyadStream {
    long long count = 0;
    int threads = 0;
    std::function<SimulationDef(long long)> def;
    std::function<int(long long)> run_id;
    std::function<void(RunResult&&)> sink;
    std::function<void(long long, long long)> progress;
};
void StreamDyads(const DyadStream& stream);

}  // namespace sb
