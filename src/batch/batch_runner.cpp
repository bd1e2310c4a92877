// A small work queue over std::thread: workers take the next dyad index from an atomic counter.
#include "batch/batch_runner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <optional>
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

void StreamDyads(const DyadStream& s) {
    const long long count = std::max(0LL, s.count);
    int threads = s.threads > 0 ? s.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = static_cast<int>(std::max(1LL, std::min<long long>(threads, count)));
    const long long window = 4LL * threads;
    std::vector<std::optional<RunResult>> slots(static_cast<std::size_t>(window));
    std::mutex mutex;
    std::condition_variable space;  // a worker may start the next dyad
    std::condition_variable ready;  // the next dyad in order is done
    long long next = 0;             // the next dyad a worker takes
    long long handed = 0;           // dyads handed to the sink
    bool stop = false;
    std::exception_ptr failure;
    auto fail = [&](std::exception_ptr e) {
        std::lock_guard<std::mutex> lock(mutex);
        if (!failure) failure = e;
        stop = true;
        space.notify_all();
        ready.notify_all();
    };

    auto worker = [&] {
        for (;;) {
            long long k;
            {
                std::unique_lock<std::mutex> lock(mutex);
                space.wait(lock, [&] { return stop || next >= count || next < handed + window; });
                if (stop || next >= count) return;
                k = next++;
            }
            try {
                RunResult r = RunAndMeasure(s.def(k), s.run_id(k));
                std::lock_guard<std::mutex> lock(mutex);
                slots[static_cast<std::size_t>(k % window)] = std::move(r);
                if (k == handed) ready.notify_all();
            } catch (...) {
                fail(std::current_exception());
                return;
            }
        }
    };
    std::vector<std::thread> pool;
    try {
        for (int t = 0; t < threads; ++t) pool.emplace_back(worker);
    } catch (...) {
        if (pool.empty()) fail(std::current_exception());
    }
    // The wall clock paces progress reports only; what is handed over never depends on it.
    auto last_report = std::chrono::steady_clock::now();
    try {
        while (handed < count) {
            std::optional<RunResult> r;
            {
                std::unique_lock<std::mutex> lock(mutex);
                std::optional<RunResult>& slot = slots[static_cast<std::size_t>(handed % window)];
                ready.wait_for(lock, std::chrono::milliseconds(100), [&] { return stop || slot.has_value(); });
                if (stop) break;
                if (slot) {
                    r = std::move(slot);
                    slot.reset();
                }
            }
            if (r) {
                s.sink(std::move(*r));
                std::lock_guard<std::mutex> lock(mutex);
                ++handed;
                space.notify_all();
            }
            const auto now = std::chrono::steady_clock::now();
            if (s.progress && now - last_report >= std::chrono::milliseconds(100)) {
                last_report = now;
                s.progress(handed, count);
            }
        }
    } catch (...) {
        fail(std::current_exception());
    }
    for (std::thread& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
    if (s.progress) s.progress(count, count);
}

}  // namespace sb
