// Correlated populations: caregivers whose sensitivity, acceptance and consistency go together come
// out with the correlations asked for, inside their scales, the same on any number of threads, and
// without moving the draws of anything not correlated.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "batch/batch_runner.h"
#include "batch/stats.h"
#include "scenario/scenario.h"

using namespace sb;

namespace {

// Caregiving as in the low-risk population, whose upper tails are cut at 9 (and consistency at 1):
// a moderate truncation, a few percent of each parameter.
const char* kCaregiving = R"([population]
sensitivity = { dist = "normal", mean = 6.0, sd = 1.6 }
consistency = { dist = "normal", mean = 0.75, sd = 0.15 }
acceptance  = { dist = "normal", mean = 6.2, sd = 1.6 }
frightening = { dist = "uniform", min = 0.15, max = 0.6, share = 0.18, otherwise = 0.0 }
reactivity   = { dist = "normal", mean = 0.5, sd = 0.15 }
soothability = { dist = "normal", mean = 0.5, sd = 0.15 }
"infant.activity" = { dist = "normal", mean = 0.5, sd = 0.15 }
)";

const char* kCorrelations = R"(correlations = [
  { between = ["sensitivity", "acceptance"], r = 0.5 },
  { between = ["sensitivity", "consistency"], r = 0.4 },
  { between = ["acceptance", "consistency"], r = 0.3 },
  { between = ["caregiver.sensitivity", "infant.reactivity"], r = -0.2 },
]
)";

struct Sample {
    std::vector<double> sensitivity, consistency, acceptance, frightening, reactivity, soothability, activity;
};

Sample DrawMany(const Scenario& sc, int n) {
    Sample s;
    for (int i = 0; i < n; ++i) {
        const SimulationDef d = DrawDyad(sc.sim, sc.population, DyadSeed(11, i));
        s.sensitivity.push_back(d.history.caregiver.sensitivity);
        s.consistency.push_back(d.history.caregiver.consistency);
        s.acceptance.push_back(d.history.caregiver.acceptance);
        s.frightening.push_back(d.history.caregiver.frightening);
        s.reactivity.push_back(d.infant.reactivity);
        s.soothability.push_back(d.infant.soothability);
        s.activity.push_back(d.infant.activity);
    }
    return s;
}

}  // namespace

TEST_CASE("correlated caregiving comes out with the correlations asked for, within .05 over 5000 dyads",
          "[batch][population][correlations]") {
    const Scenario sc = ParseScenario(std::string(kCaregiving) + kCorrelations, "correlated.toml");
    const Sample s = DrawMany(sc, 5000);
    CHECK(Pearson(s.sensitivity, s.acceptance) == Approx(0.5).margin(0.05));
    CHECK(Pearson(s.sensitivity, s.consistency) == Approx(0.4).margin(0.05));
    CHECK(Pearson(s.acceptance, s.consistency) == Approx(0.3).margin(0.05));
    CHECK(Pearson(s.sensitivity, s.reactivity) == Approx(-0.2).margin(0.05));
    // Pairs not given stay independent, correlated parameters or not.
    CHECK(Pearson(s.acceptance, s.reactivity) == Approx(0.0).margin(0.05));
    CHECK(Pearson(s.sensitivity, s.soothability) == Approx(0.0).margin(0.05));
}

TEST_CASE("each correlated parameter keeps the distribution it has when drawn alone", "[batch][population][correlations]") {
    const Scenario independent = ParseScenario(kCaregiving, "independent.toml");
    const Scenario correlated = ParseScenario(std::string(kCaregiving) + kCorrelations, "correlated.toml");
    const Sample a = DrawMany(independent, 5000), b = DrawMany(correlated, 5000);
    // Both are the normal truncated to the scale, whose mean is below the normal's when the upper
    // tail is cut: sensitivity normal(6, 1.6) on 1..9 has mean 5.90.
    CHECK(Mean(b.sensitivity) == Approx(5.90).margin(0.05));
    CHECK(Mean(b.sensitivity) == Approx(Mean(a.sensitivity)).margin(0.07));
    CHECK(StdDev(b.sensitivity) == Approx(StdDev(a.sensitivity)).margin(0.07));
    CHECK(Mean(b.acceptance) == Approx(Mean(a.acceptance)).margin(0.07));
    CHECK(StdDev(b.acceptance) == Approx(StdDev(a.acceptance)).margin(0.07));
    CHECK(Mean(b.consistency) == Approx(Mean(a.consistency)).margin(0.007));
    CHECK(StdDev(b.consistency) == Approx(StdDev(a.consistency)).margin(0.007));
    for (std::size_t i = 0; i < b.sensitivity.size(); ++i) {
        REQUIRE(b.sensitivity[i] >= 1.0);
        REQUIRE(b.sensitivity[i] <= 9.0);
        REQUIRE(b.consistency[i] >= 0.0);
        REQUIRE(b.consistency[i] <= 1.0);
    }
}

TEST_CASE("a correlation survives a scale that cuts off a quarter of each distribution", "[batch][population][correlations]") {
    // Means near the top of the scale: a quarter of each normal lies above 9. Redrawing one value
    // at a time would lose much of the correlation; the quantile mapping keeps it.
    const Scenario sc = ParseScenario(R"([population]
sensitivity = { dist = "normal", mean = 8.0, sd = 1.5 }
acceptance  = { dist = "normal", mean = 8.0, sd = 1.5 }
correlations = [ { between = ["sensitivity", "acceptance"], r = 0.6 } ]
)", "top-heavy.toml");
    const Sample s = DrawMany(sc, 5000);
    for (std::size_t i = 0; i < s.sensitivity.size(); ++i) {
        REQUIRE(s.sensitivity[i] <= 9.0);
        REQUIRE(s.acceptance[i] <= 9.0);
    }
    CHECK(Pearson(s.sensitivity, s.acceptance) == Approx(0.6).margin(0.05));
}

TEST_CASE("a correlation of 1 makes two parameters move together", "[batch][population][correlations]") {
    const Scenario sc = ParseScenario(R"([population]
sensitivity = { dist = "normal", mean = 6.0, sd = 1.6 }
acceptance  = { dist = "normal", mean = 5.0, sd = 1.0 }
correlations = [ { between = ["sensitivity", "acceptance"], r = 1 } ]
)", "lockstep.toml");
    const Sample s = DrawMany(sc, 500);
    // The more sensitive of any two caregivers is the more accepting too.
    std::vector<std::size_t> order(s.sensitivity.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return s.sensitivity[x] < s.sensitivity[y]; });
    for (std::size_t k = 1; k < order.size(); ++k) REQUIRE(s.acceptance[order[k - 1]] <= s.acceptance[order[k]]);
    CHECK(Pearson(s.sensitivity, s.acceptance) > 0.99);
}

TEST_CASE("correlating parameters leaves the draws of every other parameter as they were",
          "[batch][population][correlations]") {
    const Scenario independent = ParseScenario(kCaregiving, "independent.toml");
    const Scenario correlated = ParseScenario(std::string(kCaregiving) + kCorrelations, "correlated.toml");
    const Sample a = DrawMany(independent, 1000), b = DrawMany(correlated, 1000);
    REQUIRE(a.frightening == b.frightening);
    REQUIRE(a.soothability == b.soothability);
    REQUIRE(a.activity == b.activity);
}

TEST_CASE("a correlated population gives the same dyads with one thread and with several",
          "[batch][population][correlations][determinism]") {
    const Scenario sc = ParseScenario(std::string(kCaregiving) + kCorrelations, "correlated.toml");
    BatchOptions one, many;
    one.n = many.n = 16;
    one.seed = many.seed = 5;
    one.threads = 1;
    many.threads = 4;
    const auto a = RunBatch(sc, sc.population, one);
    const auto b = RunBatch(sc, sc.population, many);
    REQUIRE(RunsCsv(a, sc) == RunsCsv(b, sc));
    for (int i = 0; i < 16; ++i) {
        const SimulationDef first = DrawDyad(sc.sim, sc.population, DyadSeed(5, i));
        const SimulationDef again = DrawDyad(sc.sim, sc.population, DyadSeed(5, i));
        REQUIRE(first.history.caregiver.acceptance == again.history.caregiver.acceptance);
        REQUIRE(a[static_cast<std::size_t>(i)].def.caregiver.acceptance == first.caregiver.acceptance);
    }
}

TEST_CASE("impossible correlations made in code are refused when a dyad is drawn", "[batch][population][correlations][errors]") {
    Scenario sc = ParseScenario(kCaregiving, "independent.toml");
    sc.population.correlations = {{"caregiver.sensitivity", "caregiver.acceptance", 0.9},
                                  {"caregiver.sensitivity", "caregiver.consistency", 0.9},
                                  {"caregiver.acceptance", "caregiver.consistency", -0.9}};
    REQUIRE_THROWS_WITH(DrawDyad(sc.sim, sc.population, 1), Catch::Contains("not consistent"));
    sc.population.correlations = {{"caregiver.sensitivity", "caregiver.frightening", 0.3}};
    REQUIRE_THROWS_WITH(DrawDyad(sc.sim, sc.population, 1), Catch::Contains("uniform"));
}
