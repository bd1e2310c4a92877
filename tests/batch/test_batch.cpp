// Population runs: each dyad has its own derived seed, results are identical for any number of
// threads, and the drawn parameters follow the scenario's distributions.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <set>

#include "batch/batch_runner.h"
#include "batch/population_summary.h"

using namespace sb;

TEST_CASE("results are identical with one thread and with several", "[batch][determinism]") {
    const Scenario sc = LoadScenario("population-lowrisk");
    BatchOptions one, many;
    one.n = many.n = 24;
    one.seed = many.seed = 77;
    one.threads = 1;
    many.threads = 4;
    const auto a = RunBatch(sc, sc.population, one);
    const auto b = RunBatch(sc, sc.population, many);
    REQUIRE(RunsCsv(a, sc) == RunsCsv(b, sc));
    REQUIRE(EpisodesCsv(a) == EpisodesCsv(b));
}

TEST_CASE("every dyad gets its own seed, derived from the batch seed and its number", "[batch]") {
    std::set<std::uint64_t> seeds;
    for (int i = 0; i < 1000; ++i) seeds.insert(DyadSeed(5, i));
    REQUIRE(seeds.size() == 1000);
    REQUIRE(DyadSeed(5, 3) == DyadSeed(5, 3));
    REQUIRE(DyadSeed(5, 3) != DyadSeed(6, 3));
}

TEST_CASE("drawn parameters follow the population's distributions and stay in range", "[batch][population]") {
    const Scenario sc = LoadScenario("population-lowrisk");
    double sum = 0;
    int frightening = 0;
    const int n = 4000;
    for (int i = 0; i < n; ++i) {
        const SimulationDef d = DrawDyad(sc.sim, sc.population, DyadSeed(1, i));
        REQUIRE(d.caregiver.sensitivity >= 1.0);
        REQUIRE(d.caregiver.sensitivity <= 9.0);
        REQUIRE(d.caregiver.consistency >= 0.0);
        REQUIRE(d.caregiver.consistency <= 1.0);
        REQUIRE(d.history.caregiver.sensitivity == d.caregiver.sensitivity);
        sum += d.caregiver.sensitivity;
        frightening += d.caregiver.frightening > 0.0;
    }
    // A normal truncated to the scale (by redrawing) has the truncated-normal mean.
    const double mu = sc.population.Find("caregiver.sensitivity")->a, sd = sc.population.Find("caregiver.sensitivity")->b;
    auto pdf = [](double z) { return std::exp(-0.5 * z * z) / std::sqrt(2.0 * 3.141592653589793); };
    auto cdf = [](double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); };
    const double lo = (1.0 - mu) / sd, hi = (9.0 - mu) / sd;
    const double truncated_mean = mu + sd * (pdf(lo) - pdf(hi)) / (cdf(hi) - cdf(lo));
    REQUIRE(sum / n == Approx(truncated_mean).margin(0.06));
    REQUIRE(static_cast<double>(frightening) / n == Approx(sc.population.Find("caregiver.frightening")->share).margin(0.02));
}

TEST_CASE("a scenario without a population runs the same caregiver with new seeds", "[batch][population]") {
    const Scenario sc = LoadScenario("sensitive");
    REQUIRE_FALSE(sc.population.enabled);
    const SimulationDef d = DrawDyad(sc.sim, sc.population, DyadSeed(1, 7));
    REQUIRE(d.caregiver.sensitivity == sc.sim.caregiver.sensitivity);
    REQUIRE(d.seed == DyadSeed(1, 7));
}

TEST_CASE("the summary counts groups and subgroups", "[batch]") {
    const Scenario sc = LoadScenario("population-lowrisk");
    BatchOptions o;
    o.n = 30;
    const auto runs = RunBatch(sc, sc.population, o);
    const PopulationSummary s = Summarise(runs);
    int total = 0;
    for (const auto& [g, k] : s.groups) total += k;
    REQUIRE(total == s.classified);
    int subs = 0;
    for (const auto& [name, k] : s.subgroups) subs += k;
    REQUIRE(subs == s.classified);
    REQUIRE(s.Share('A') + s.Share('B') + s.Share('C') + s.Share('D') == Approx(100.0));
}

TEST_CASE("a cancelled batch starts no further dyad and returns no partial result", "[batch][cancel]") {
    const Scenario sc = LoadScenario("population-lowrisk");
    std::atomic<bool> cancel{true};
    BatchOptions o;
    o.n = 50;
    o.cancel = &cancel;
    int reported = 0;
    o.progress = [&](int done, int) { reported = std::max(reported, done); };
    REQUIRE(RunBatch(sc, sc.population, o).empty());
    REQUIRE(reported == 0);
    cancel = false;  // the same options, not cancelled, run every dyad
    o.n = 3;
    REQUIRE(RunBatch(sc, sc.population, o).size() == 3);
}
