// Population runner: the window's population runs are the command line's batch (same population,
// same seeds, same shares), whatever the thread count; cancelling stops a run without a result; the
// window's thread is never held up; the history keeps the last runs, newest first.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "app/run/population_runner.h"
#include "app/run/population_spread.h"
#include "batch/batch_runner.h"
#include "scenario/scenario.h"

using namespace sb;
using namespace sb::app;

namespace {

// Polls as the window would, once a frame, until the run going has finished. Returns the longest
// Poll call, which the window's frame would have to absorb.
double PollUntilDone(PopulationRunner& runner) {
    double longest = 0.0;
    for (int frame = 0; frame < 60 * 600 && runner.Running(); ++frame) {
        const auto t0 = std::chrono::steady_clock::now();
        runner.Poll();
        longest = std::max(longest, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return longest;
}

PopulationSettings Settings(PopulationSpread spread, double consistency, int n) {
    PopulationSettings s;
    s.spread = spread;
    s.first_year.consistency = consistency;
    s.n = n;
    s.seed = 11;
    return s;
}

void RequireSameShares(const PopulationSummary& a, const PopulationSummary& b) {
    REQUIRE(a.n == b.n);
    REQUIRE(a.classified == b.classified);
    REQUIRE(a.groups == b.groups);
    REQUIRE(a.subgroups == b.subgroups);
    REQUIRE(a.best_fit_of_d == b.best_fit_of_d);
}

}  // namespace

TEST_CASE("'caregivers like this one' is the batch of a scenario file with the same distributions",
          "[app][population]") {
    // What the command line would run for the default dyad with consistency 0.3 and the spread.
    const Scenario file = ParseScenario(R"(
[caregiver]
sensitivity = 7.0
consistency = 0.3
[population]
sensitivity = { dist = "normal", mean = 7.0, sd = 1.6 }
consistency = { dist = "normal", mean = 0.3, sd = 0.15 }
acceptance  = { dist = "normal", mean = 7.0, sd = 1.6 }
frightening = { dist = "fixed", value = 0.0 }
reactivity   = { dist = "normal", mean = 0.5, sd = 0.15 }
soothability = { dist = "normal", mean = 0.5, sd = 0.15 }
sociability  = { dist = "normal", mean = 0.5, sd = 0.15 }
curiosity    = { dist = "normal", mean = 0.5, sd = 0.15 }
"infant.activity" = { dist = "normal", mean = 0.5, sd = 0.15 }
)",
                                       "like-this.toml");
    BatchOptions o;
    o.n = 16;
    o.seed = 11;
    const PopulationSummary cli = Summarise(RunBatch(file, file.population, o));

    PopulationRunner runner;
    runner.Start(DefaultScenario(), Settings(PopulationSpread::LikeThisCaregiver, 0.3, 16));
    PollUntilDone(runner);
    REQUIRE(runner.Error().empty());
    REQUIRE(runner.History().size() == 1);
    RequireSameShares(runner.History().front().summary, cli);
}

TEST_CASE("the scenario's own population runs exactly as the command line's batch", "[app][population]") {
    const Scenario sc = LoadScenario("population-lowrisk");
    BatchOptions o;
    o.n = 12;
    o.seed = 11;
    const PopulationSummary cli = Summarise(RunBatch(sc, sc.population, o));
    PopulationSettings s = Settings(PopulationSpread::ScenarioPopulation, 0.0, 12);
    s.first_year = sc.sim.history.caregiver;
    PopulationRunner runner;
    runner.Start(sc, s);
    PollUntilDone(runner);
    RequireSameShares(runner.History().front().summary, cli);
}

TEST_CASE("the thread count does not change a population's shares", "[app][population][determinism]") {
    const PopulationSettings s = Settings(PopulationSpread::ThisCaregiver, 0.4, 12);
    PopulationRunner one(PopulationRunnerDef{1, 5});
    PopulationRunner three(PopulationRunnerDef{3, 5});
    one.Start(DefaultScenario(), s);
    three.Start(DefaultScenario(), s);
    PollUntilDone(one);
    PollUntilDone(three);
    REQUIRE(one.History().front().threads == 1);
    REQUIRE(three.History().front().threads == 3);
    RequireSameShares(one.History().front().summary, three.History().front().summary);
}

TEST_CASE("cancelling stops a run at once and leaves no result", "[app][population]") {
    PopulationRunner runner(PopulationRunnerDef{2, 5});
    const auto t0 = std::chrono::steady_clock::now();
    runner.Start(DefaultScenario(), Settings(PopulationSpread::LikeThisCaregiver, 0.85, 5000));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    REQUIRE(runner.Running());
    runner.Cancel();
    const double held_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    REQUIRE(held_s < 1.0);  // Start and Cancel returned without waiting for the run
    REQUIRE_FALSE(runner.Running());
    REQUIRE(runner.Done() == 0);
    runner.Poll();
    REQUIRE(runner.History().empty());
    REQUIRE(runner.Error().empty());
    // A run after a cancelled one is unaffected by it.
    runner.Start(DefaultScenario(), Settings(PopulationSpread::ThisCaregiver, 0.85, 6));
    PollUntilDone(runner);
    REQUIRE(runner.History().size() == 1);
    REQUIRE(runner.History().front().summary.n == 6);
}

TEST_CASE("a new start replaces the run going, and the history keeps the last runs newest first",
          "[app][population]") {
    PopulationRunner runner(PopulationRunnerDef{0, 2});
    runner.Start(DefaultScenario(), Settings(PopulationSpread::ThisCaregiver, 0.9, 5000));
    runner.Start(DefaultScenario(), Settings(PopulationSpread::ThisCaregiver, 0.2, 4));  // replaces it at once
    REQUIRE(runner.Requested().first_year.consistency == 0.2);
    const double longest_poll_s = PollUntilDone(runner);
    REQUIRE(longest_poll_s < 0.05);  // a frame never waits for a dyad
    for (double c : {0.5, 0.7}) {
        runner.Start(DefaultScenario(), Settings(PopulationSpread::ThisCaregiver, c, 4));
        PollUntilDone(runner);
    }
    REQUIRE(runner.History().size() == 2);
    REQUIRE(runner.History()[0].settings.first_year.consistency == 0.7);
    REQUIRE(runner.History()[1].settings.first_year.consistency == 0.5);
    REQUIRE(runner.History()[0].wall_s > 0.0);
}

TEST_CASE("the population view's spreads are the low-risk population's", "[app][population]") {
    const Scenario low = LoadScenario("population-lowrisk");
    const PopulationSpreadDef spread;
    auto sd = [&](const char* name) {
        const ParameterDistribution* d = low.population.Find(name);
        REQUIRE(d);
        REQUIRE(d->kind == ParameterDistribution::Kind::Normal);
        return d->b;
    };
    REQUIRE(sd("caregiver.sensitivity") == spread.sensitivity_sd);
    REQUIRE(sd("caregiver.consistency") == spread.consistency_sd);
    REQUIRE(sd("caregiver.acceptance") == spread.acceptance_sd);
    for (const char* t : {"infant.reactivity", "infant.soothability", "infant.sociability", "infant.curiosity",
                          "infant.activity"})
        REQUIRE(sd(t) == spread.temperament_sd);
}

TEST_CASE("a population job centres the draws on the caregiver and infant on screen", "[app][population]") {
    Scenario sc = LoadScenario("wary-infant");
    PopulationSettings s;
    s.first_year.sensitivity = 3.0;
    s.first_year.consistency = 0.35;
    s.first_year.frightening = 0.2;
    const PopulationJob like = MakePopulationJob(sc, s);
    REQUIRE(like.population.Find("caregiver.sensitivity")->a == 3.0);
    REQUIRE(like.population.Find("caregiver.consistency")->a == 0.35);
    REQUIRE(like.population.Find("caregiver.frightening")->kind == ParameterDistribution::Kind::Fixed);
    REQUIRE(like.population.Find("caregiver.frightening")->a == 0.2);
    REQUIRE(like.population.Find("infant.reactivity")->a == sc.sim.infant.reactivity);
    s.spread = PopulationSpread::ThisCaregiver;
    const PopulationJob exact = MakePopulationJob(sc, s);
    REQUIRE(exact.population.Find("caregiver.sensitivity") == nullptr);
    const SimulationDef d = DrawDyad(exact.base.sim, exact.population, DyadSeed(3, 0));
    REQUIRE(d.history.caregiver.consistency == 0.35);
    REQUIRE(d.caregiver.consistency == 0.35);  // today follows the first year
}
