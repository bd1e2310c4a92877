// securebase-cli batch: a population of dyads in parallel, with progress on the terminal, the
// shares next to the published reference, and runs.csv / episodes.csv / datapackage.json / manifest.json
// written as dyads finish (experiment_output.h).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "batch/experiment.h"
#include "batch/population_summary.h"
#include "batch/trial.h"
#include "cli/commands.h"
#include "cli/experiment_output.h"
#include "core/version.h"
#include "record/provenance.h"
#include "record/setup_json.h"
#include "scenario/scenario.h"

namespace sb::cli {

// The bare names have always been listed, drawn or not; any other drawn parameter follows by its
// registry name. The correlations are always listed, empty when every draw is independent.
nlohmann::json PopulationJson(const PopulationDef& p) {
    nlohmann::json j = {{"enabled", p.enabled}};
    for (const char* bare : {"sensitivity", "consistency", "acceptance", "frightening", "reactivity", "soothability",
                             "sociability", "curiosity"})
        j[bare] = Describe(p.Find(PopulationAlias(bare)));
    for (const ParameterDraw& d : p.draws)
        if (PopulationName(d.parameter) == d.parameter) j[d.parameter] = Describe(&d.distribution);
    nlohmann::json correlations = nlohmann::json::array();
    for (const ParameterCorrelation& c : p.correlations)
        correlations.push_back({{"between", {PopulationName(c.first), PopulationName(c.second)}}, {"r", c.r}});
    j["correlations"] = correlations;
    return j;
}

namespace {

nlohmann::json BatchManifest(const Scenario& sc, const BatchOptions& o) {
    // The base dyad's whole set-up first (every parameter as used before the draws), then what is
    // the batch's own, then the provenance (provenance.h: build, command line, scenario text).
    nlohmann::json j = DyadSetupJson(sc.sim);
    j.update(nlohmann::json{
        {"program", "securebase"},
        {"version", SECUREBASE_VERSION},
        {"command", "batch"},
        {"batch_seed", o.seed},
        {"batch_seed_text", std::to_string(o.seed)},
        {"n", o.n},
        {"dyad_seed_rule", "dyad i (0-based) uses DyadSeed(batch_seed, i); run_id = i + 1; results do not depend on threads"},
        {"design", {{"kind", "batch"}, {"dyads", o.n}, {"seed", o.seed}, {"scenario_sha256", ScenarioSha256(sc)}}},
        {"population", PopulationJson(sc.population)},
        {"base_caregiver", {{"sensitivity", sc.sim.caregiver.sensitivity}, {"consistency", sc.sim.caregiver.consistency},
                            {"acceptance", sc.sim.caregiver.acceptance}, {"frightening", sc.sim.caregiver.frightening}}},
    });
    if (sc.trial.enabled) j["trial"] = nlohmann::json::parse(TrialJson(sc.trial));
    AddProvenance(j, sc);
    return j;
}

}  // namespace

int CappedThreads(int requested) {
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (requested <= cores * 4) return requested;
    std::fprintf(stderr, "note: --threads %d is more than 4 per core; using %d (%d cores)\n", requested, cores * 4, cores);
    return cores * 4;
}

int Batch(const BatchOptions& o) {
    Scenario sc = LoadScenario(o.scenario);
    if (sc.sweep.enabled)
        throw ScenarioError(sc.source + ": has a [sweep]: run it with 'securebase-cli sweep " + o.scenario + " --out DIR'");
    BatchOptions opt = o;
    opt.threads = CappedThreads(o.threads);
    if (!o.seed_given) opt.seed = sc.sim.seed;
    ExperimentOutput out;
    out.out = o.out;
    out.threads = opt.threads;
    out.quiet = o.quiet;
    out.shard = ParseShard(o.shard.empty() ? "1/1" : o.shard);
    const Experiment experiment = Experiment::Batch(sc, opt.seed, opt.n);
    if (!sc.population.enabled)
        std::fprintf(stderr, "note: %s has no [population]: every dyad has the same caregiver and temperament; only the seed differs\n",
                     sc.source.c_str());
    const long long runs = out.shard.Count(opt.n);
    if (!o.quiet) {
        std::printf("batch %s (%s): %lld dyads", sc.name.c_str(), sc.source.c_str(), runs);
        if (!out.shard.Whole()) std::printf(" (shard %d of %d of %d dyads)", out.shard.k, out.shard.n, opt.n);
        std::printf(", batch seed %llu, %d threads\n", static_cast<unsigned long long>(opt.seed),
                    opt.threads > 0 ? opt.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
    }
    const auto t0 = std::chrono::steady_clock::now();
    const PopulationSummary summary = RunExperiment(sc, experiment, out, BatchManifest(sc, opt));
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::fputs(SummaryText(summary).c_str(), stdout);
    std::printf("\ndone: %lld dyads in %.2f s wall (%.0f per second); wrote %s/runs.csv, episodes.csv, datapackage.json, manifest.json\n",
                runs, wall, wall > 0 ? runs / wall : 0.0, o.out.c_str());
    return 0;
}

}  // namespace sb::cli
