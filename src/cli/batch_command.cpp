// securebase-cli batch: a population of dyads in parallel, with progress on the terminal, the
// shares next to the published reference, and runs.csv / episodes.csv / datapackage.json / manifest.json.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "batch/batch_runner.h"
#include "batch/population_summary.h"
#include "cli/commands.h"
#include "core/version.h"
#include "record/atomic_file.h"
#include "record/csv_columns.h"
#include "record/export_targets.h"
#include "record/provenance.h"
#include "record/setup_json.h"
#include "scenario/scenario.h"

namespace sb::cli {

namespace {

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

std::string BatchManifest(const Scenario& sc, const BatchOptions& o, const PopulationSummary& s) {
    nlohmann::json groups = nlohmann::json::object();
    for (const auto& [g, k] : s.groups) groups[std::string(1, g)] = k;
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
        {"population", PopulationJson(sc.population)},
        {"base_caregiver", {{"sensitivity", sc.sim.caregiver.sensitivity}, {"consistency", sc.sim.caregiver.consistency},
                            {"acceptance", sc.sim.caregiver.acceptance}, {"frightening", sc.sim.caregiver.frightening}}},
        {"summary",
         {{"classified", s.classified},
          {"groups", groups},
          {"r_sensitivity_security", s.r_sensitivity_security},
          {"r_sensitivity_avoidance", s.r_sensitivity_avoidance},
          {"r_sensitivity_resistance", s.r_sensitivity_resistance}}},
    });
    AddProvenance(j, sc);
    return j.dump(2) + "\n";
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
    BatchOptions opt = o;
    opt.threads = CappedThreads(o.threads);
    if (!o.seed_given) opt.seed = sc.sim.seed;
    // A mistaken target is refused before the batch, which may run for minutes, and again before writing.
    const std::filesystem::path base(o.out);
    const std::vector<std::string> paths{(base / "runs.csv").string(), (base / "episodes.csv").string(),
                                         (base / "datapackage.json").string(), (base / "manifest.json").string()};
    CheckTargets(paths);
    EnsureFolder(o.out);
    const bool tty = isatty(STDERR_FILENO);
    const auto t0 = std::chrono::steady_clock::now();
    int last_decile = -1;
    sb::BatchOptions run;
    run.n = opt.n;
    run.seed = opt.seed;
    run.threads = opt.threads;
    run.progress = [&](int done, int total) {
        if (o.quiet) return;
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const double rate = wall > 0 ? done / wall : 0.0;
        const double eta = rate > 0 ? (total - done) / rate : 0.0;
        if (tty) {
            std::fprintf(stderr, "\r  %d/%d dyads (%3.0f%%)  %.0f/s  ETA %.0f s   ", done, total, 100.0 * done / total, rate, eta);
            if (done == total) std::fputc('\n', stderr);
        } else if (done * 10 / total != last_decile) {
            last_decile = done * 10 / total;
            std::fprintf(stderr, "  %d/%d dyads (%.0f%%)\n", done, total, 100.0 * done / total);
        }
    };
    if (!sc.population.enabled)
        std::fprintf(stderr, "note: %s has no [population]: every dyad has the same caregiver and temperament; only the seed differs\n",
                     sc.source.c_str());
    if (!o.quiet) {
        std::printf("batch %s (%s): %d dyads, batch seed %llu, %d threads\n", sc.name.c_str(), sc.source.c_str(), opt.n,
                    static_cast<unsigned long long>(opt.seed),
                    opt.threads > 0 ? opt.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
    }
    const std::vector<RunResult> results = RunBatch(sc, sc.population, run);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const PopulationSummary summary = Summarise(results);

    const std::string runs_csv = RunsCsv(results, sc);
    const std::string episodes_csv = EpisodesCsv(results);
    const std::string manifest = BatchManifest(sc, opt, summary);
    WriteSetWithManifest({{paths[0], runs_csv}, {paths[1], episodes_csv}, {paths[2], ExportDataPackage("securebase-batch", sc)}},
                         paths[3], manifest);

    std::fputs(SummaryText(summary).c_str(), stdout);
    std::printf("\ndone: %d dyads in %.2f s wall (%.0f per second); wrote %s/runs.csv, episodes.csv, datapackage.json, manifest.json\n",
                opt.n, wall, wall > 0 ? opt.n / wall : 0.0, o.out.c_str());
    return 0;
}

}  // namespace sb::cli
