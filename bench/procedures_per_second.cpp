// securebase-bench: how many whole procedures (first year + 8 episodes + coding) one core runs per
// second, where the time goes, and how a batch scales over the cores. A benchmark, not a test:
// it reports medians over repeats and asserts nothing.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "batch/batch_runner.h"
#include "coding/coder.h"
#include "scenario/scenario.h"

namespace {

using Clock = std::chrono::steady_clock;
double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

double Median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

struct Phases {
    double history = 0, simulation = 0, coding = 0;
    double Total() const { return history + simulation + coding; }
};

// One procedure, timed phase by phase, exactly as RunAndMeasure does it.
void TimeOne(const sb::SimulationDef& def, Phases& p) {
    const auto t0 = Clock::now();
    sb::Rng rng = sb::Rng::ForStream(def.seed, sb::RngStream::History);
    volatile double sink = sb::LearnFirstYear(def.history, def.infant, def.model.caregiving, def.model.first_year, rng).model.strategy;
    (void)sink;
    const auto t1 = Clock::now();
    sb::Simulation sim(def);  // runs the same first year again inside; subtracted below
    sb::VisibleTrace trace = sb::StartTrace(sim);
    trace.frames.reserve(16000);
    sb::AppendFrame(trace, sim.Now(), sim.AllEvents());
    while (!sim.Finished()) {
        sim.Step();
        sb::AppendFrame(trace, sim.Now(), sim.StepEvents());
    }
    const auto t2 = Clock::now();
    const sb::Coding c = sb::CodeTrace(trace);
    const auto t3 = Clock::now();
    p.history += Seconds(t0, t1);
    p.simulation += Seconds(t1, t2) - Seconds(t0, t1);
    p.coding += Seconds(t2, t3);
    if (c.episodes.empty()) std::abort();
}

const char* const kUsage =
    "usage: securebase-bench [PER_REPEAT [REPEATS]]\n"
    "  Times whole procedures (first year, 8 episodes, coding) of population-lowrisk dyads on one thread,\n"
    "  then a batch over every core. PER_REPEAT procedures per repeat (default 200), REPEATS repeats\n"
    "  (default 7); prints medians. A benchmark, not a test: it asserts nothing.\n";

// A positive whole number, or 0 if `text` is not one.
int Count(const char* text) {
    char* end = nullptr;
    const long v = std::strtol(text, &end, 10);
    return end != text && *end == '\0' && v > 0 && v <= 1000000 ? static_cast<int>(v) : 0;
}

}  // namespace

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (i > 2 || Count(argv[i]) == 0) {
            std::fprintf(stderr, "error: '%s' is not a count of 1 to 1000000\n%s", argv[i], kUsage);
            return 2;
        }
    }
    const int per_repeat = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;
    const sb::Scenario pop = sb::LoadScenario("population-lowrisk");
    std::printf("securebase-bench: %d procedures x %d repeats, population-lowrisk dyads, one thread\n", per_repeat, repeats);

    std::vector<double> rates, history_share, sim_share, coding_share;
    for (int r = 0; r < repeats; ++r) {
        Phases p;
        const auto t0 = Clock::now();
        for (int i = 0; i < per_repeat; ++i) {
            const sb::SimulationDef def = sb::DrawDyad(pop.sim, pop.population, sb::DyadSeed(99, r * per_repeat + i));
            TimeOne(def, p);
        }
        (void)t0;
        // The first year runs twice in TimeOne (alone, then inside Simulation); count it once.
        rates.push_back(per_repeat / p.Total());
        history_share.push_back(p.history / p.Total());
        sim_share.push_back(p.simulation / p.Total());
        coding_share.push_back(p.coding / p.Total());
    }
    std::sort(rates.begin(), rates.end());
    std::printf("one core: median %.0f procedures/s (min %.0f, max %.0f over %d repeats)\n", Median(rates), rates.front(),
                rates.back(), repeats);
    std::printf("time per procedure: first year %.0f%%, procedure %.0f%%, coding %.0f%%\n", 100 * Median(history_share),
                100 * Median(sim_share), 100 * Median(coding_share));

    // The batch runner over all cores, for the scaling ratio.
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<double> batch_rates;
    for (int r = 0; r < std::max(3, repeats / 2); ++r) {
        sb::BatchOptions o;
        o.n = per_repeat * cores;
        o.seed = 1000 + r;
        o.threads = cores;
        const auto t0 = Clock::now();
        const auto results = sb::RunBatch(pop, pop.population, o);
        batch_rates.push_back(o.n / Seconds(t0, Clock::now()));
        if (results.empty()) std::abort();
    }
    const double batch = Median(batch_rates);
    std::printf("batch on %d threads: median %.0f procedures/s = %.0f per core; speed-up %.2fx over one core\n", cores, batch,
                batch / cores, batch / Median(rates));
    return 0;
}
