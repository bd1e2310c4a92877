// securebase-cli sweep: every cell of a scenario's [sweep] times its replicates, in parallel, into one
// tidy runs.csv / episodes.csv (cell, replicate and every swept value as columns, one global run_id),
// their codebook datapackage.json and a manifest.json that records the design and the provenance.
#include <chrono>
#include <cstdio>
#include <thread>

#include "batch/experiment.h"
#include "cli/commands.h"
#include "cli/experiment_output.h"
#include "core/version.h"
#include "params/param_registry.h"
#include "record/provenance.h"
#include "record/setup_json.h"
#include "scenario/scenario.h"

namespace sb::cli {

namespace {

nlohmann::json DesignJson(const Scenario& sc, const Experiment& e) {
    const SweepDef& s = sc.sweep;
    nlohmann::json factors = nlohmann::json::array();
    for (const SweepFactor& f : s.factors) {
        if (s.design == SweepDef::Design::Grid) factors.push_back({{"parameter", f.parameter}, {"values", f.values}});
        else factors.push_back({{"parameter", f.parameter}, {"from", f.from}, {"to", f.to}});
    }
    nlohmann::json j = {
        {"kind", ToString(s.design)},
        {"factors", factors},
        {"cells", s.Cells()},
        {"replicates", s.replicates},
        {"dyads", e.Dyads()},
        {"seed", e.Seed()},
        {"seeds", ToString(s.seeds)},
        {"scenario_sha256", ScenarioSha256(sc)},
        {"cell_values", e.Cells()},
        {"order", s.design == SweepDef::Design::Grid
                      ? "cells are the full factorial, the first factor varying slowest; dyad g = (cell - 1) * replicates + (replicate - 1); run_id = g + 1"
                      : "cells are Latin hypercube samples drawn from the seed (cell_values lists them); dyad g = (cell - 1) * replicates + (replicate - 1); run_id = g + 1"},
        {"seed_rule", s.seeds == SweepDef::Seeds::Common
                          ? "common random numbers: replicate r of every cell uses DyadSeed(seed, r - 1)"
                          : "independent: dyad g uses DyadSeed(seed, g)"},
    };
    if (s.design == SweepDef::Design::LatinHypercube) j["samples"] = s.samples;
    return j;
}

}  // namespace

int Sweep(const SweepOptions& o) {
    Scenario sc = LoadScenario(o.scenario);
    if (!sc.sweep.enabled)
        throw ScenarioError(sc.source + ": has no [sweep] (docs/scenarios.md shows one; for a population alone use 'securebase-cli batch')");
    const std::uint64_t seed = o.seed_given ? o.seed : sc.sim.seed;
    ExperimentOutput out;
    out.out = o.out;
    out.threads = CappedThreads(o.threads);
    out.quiet = o.quiet;
    out.shard = ParseShard(o.shard.empty() ? "1/1" : o.shard);
    const Experiment experiment = Experiment::Sweep(sc, seed);
    const long long runs = out.shard.Count(experiment.Dyads());
    if (!o.quiet) {
        std::string factors;
        for (const SweepFactor& f : sc.sweep.factors) factors += (factors.empty() ? "" : " x ") + f.parameter;
        std::printf("sweep %s (%s): %s, %s design, %d cells x %d replicates = %lld dyads", sc.name.c_str(), sc.source.c_str(),
                    factors.c_str(), ToString(sc.sweep.design), sc.sweep.Cells(), sc.sweep.replicates, experiment.Dyads());
        if (!out.shard.Whole()) std::printf(" (shard %d of %d: %lld dyads)", out.shard.k, out.shard.n, runs);
        std::printf(", seed %llu, seeds %s, %d threads\n", static_cast<unsigned long long>(seed), ToString(sc.sweep.seeds),
                    out.threads > 0 ? out.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
    }
    // As a batch's: the base dyad's whole set-up (every parameter before the draws and the cells'
    // values), what is the sweep's own, then the provenance (build, command line, scenario text).
    nlohmann::json manifest = DyadSetupJson(sc.sim);
    manifest.update(nlohmann::json{
        {"program", "securebase"},
        {"version", SECUREBASE_VERSION},
        {"command", "sweep"},
        {"sweep_seed_text", std::to_string(seed)},
        {"design", DesignJson(sc, experiment)},
        {"population", PopulationJson(sc.population)},
    });
    AddProvenance(manifest, sc);
    const auto t0 = std::chrono::steady_clock::now();
    const PopulationSummary summary = RunExperiment(sc, experiment, out, manifest);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!o.quiet) std::fputs(SummaryText(summary).c_str(), stdout);
    std::printf("%sdone: %lld dyads in %.2f s wall (%.0f per second); wrote %s/runs.csv, episodes.csv, datapackage.json, manifest.json\n",
                o.quiet ? "" : "\n", runs, wall, wall > 0 ? runs / wall : 0.0, o.out.c_str());
    return 0;
}

}  // namespace sb::cli
