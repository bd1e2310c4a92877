// A small work queue over std::thread: workers take the next dyad index from an atomic counter.
#include "batch/batch_runner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <thread>

#include "batch/trial.h"

namespace sb {

std::vector<RunResult> RunBatch(const Scenario& scenario, const PopulationDef& population, const BatchOptions& o) {
    const int n = std::max(0, o.n);
    std::vector<RunResult> results(static_cast<std::size_t>(n));
    int threads = o.threads > 0 ? o.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::max(1, std::min(threads, n));
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    std::atomic<bool> failed{false};
    auto cancelled = [&] { return o.cancel && o.cancel->load(); };

    auto worker = [&] {
        for (;;) {
            if (cancelled()) return;
            const int i = next.fetch_add(1);
            if (i >= n) return;
            try {
                SimulationDef def = DrawDyad(scenario.sim, population, DyadSeed(o.seed, i));
                const std::string arm = EnterTrial(scenario.trial, population, o.seed, i, def);  // "" outside a trial
                results[static_cast<std::size_t>(i)] = RunAndMeasure(def, i + 1);
                results[static_cast<std::size_t>(i)].arm = arm;
            } catch (...) {
                std::lock_guard<std::mutex> lock(failure_mutex);
                if (!failure) failure = std::current_exception();
                failed.store(true);
                next.store(n);
            }
            done.fetch_add(1);
        }
    };
    std::vector<std::thread> pool;
    try {
        for (int t = 0; t < threads; ++t) pool.emplace_back(worker);
    } catch (...) {
        // Could not start every thread: carry on with the ones that did start (at least this one).
        if (pool.empty()) worker();
    }
    // The wall clock paces progress reports only; results never depend on it.
    while (done.load() < n && !failed.load() && !cancelled()) {
        if (o.progress) o.progress(done.load(), n);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    for (std::thread& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
    if (done.load() < n) return {};  // cancelled before every dyad had run
    if (o.progress) o.progress(n, n);
    return results;
}

}  // namespace sb
