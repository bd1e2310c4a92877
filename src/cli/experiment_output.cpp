// Running an experiment into an output folder, a row at a time.
#include "cli/experiment_output.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "batch/batch_runner.h"
#include "batch/runs_tally.h"
#include "core/sha256.h"
#include "record/atomic_file.h"
#include "record/csv_columns.h"
#include "record/export_targets.h"

namespace sb::cli {

std::vector<std::string> ExperimentPaths(const std::string& out) {
    const std::filesystem::path base(out);
    return {(base / "runs.csv").string(), (base / "episodes.csv").string(), (base / "datapackage.json").string(),
            (base / "manifest.json").string()};
}

std::string ScenarioSha256(const Scenario& scenario) {
    std::ifstream in(scenario.source, std::ios::binary);
    if (!in) return "";
    std::ostringstream text;
    text << in.rdbuf();
    return Sha256Hex(text.str());
}

nlohmann::json SummaryJson(const PopulationSummary& s) {
    nlohmann::json groups = nlohmann::json::object();
    for (const auto& [g, k] : s.groups) groups[std::string(1, g)] = k;
    return {{"classified", s.classified},
            {"groups", groups},
            {"r_sensitivity_security", s.r_sensitivity_security},
            {"r_sensitivity_avoidance", s.r_sensitivity_avoidance},
            {"r_sensitivity_resistance", s.r_sensitivity_resistance}};
}

nlohmann::json ShardJson(const Shard& shard, long long dyads) {
    return {{"k", shard.k}, {"n", shard.n}, {"dyads", shard.Count(dyads)},
            {"rule", "shard k of n holds the dyads with run_id - 1 = k - 1, k - 1 + n, k - 1 + 2n, ... (strided)"}};
}

std::vector<FieldDef> ExperimentDesignFields(const Scenario& scenario, const Experiment& experiment) {
    return experiment.IsSweep() ? SweepDesignFields(scenario.sweep) : std::vector<FieldDef>{};
}

namespace {
// The line of `text` (one row, with its line break) without the line break.
std::string_view Line(const std::string& text) { return std::string_view(text).substr(0, text.empty() ? 0 : text.size() - 1); }
}  // namespace

PopulationSummary RunExperiment(const Scenario& scenario, const Experiment& experiment, const ExperimentOutput& o,
                                nlohmann::json manifest) {
    const std::vector<std::string> paths = ExperimentPaths(o.out);
    // A mistaken target is refused before the dyads, which may run for hours, and again before writing.
    CheckTargets(paths);
    EnsureFolder(o.out);
    StreamedSet set({paths[0], paths[1], paths[2]}, paths[3]);
    // One column list per table gives the header, every row and the codebook (csv_columns.h).
    const std::vector<FieldDef> design = ExperimentDesignFields(scenario, experiment);
    const std::vector<CsvColumn<RunResult>> run_columns = RunColumns(scenario, design);
    const std::vector<CsvColumn<EpisodeRow>> episode_columns = EpisodeColumns(design);
    const std::string header = CsvHeaderLine(run_columns);
    set.Append(0, header);
    set.Append(1, CsvHeaderLine(episode_columns));
    set.Append(2, ExportDataPackage(experiment.IsSweep() ? "securebase-sweep" : "securebase-batch", scenario, design));
    RunsTally tally(Line(header));

    const bool tty = isatty(STDERR_FILENO);
    const auto t0 = std::chrono::steady_clock::now();
    long long last_decile = -1;
    DyadStream stream;
    stream.count = o.shard.Count(experiment.Dyads());
    stream.threads = o.threads;
    stream.def = [&](long long i) { return experiment.Def(o.shard.Global(i)); };
    stream.run_id = [&](long long i) { return static_cast<int>(o.shard.Global(i) + 1); };
    stream.sink = [&](RunResult&& r) {
        const long long g = r.run_id - 1;
        r.arm = experiment.Arm(g);
        r.design_values = experiment.DesignValues(g);
        const std::string row = CsvRowLine(run_columns, static_cast<const RunResult&>(r));
        tally.Add(Line(row));
        set.Append(0, row);
        set.Append(1, EpisodesCsvRows(episode_columns, r));
    };
    stream.progress = [&](long long done, long long total) {
        if (o.quiet || total == 0) return;
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const double rate = wall > 0 ? done / wall : 0.0;
        const double eta = rate > 0 ? (total - done) / rate : 0.0;
        if (tty) {
            std::fprintf(stderr, "\r  %lld/%lld dyads (%3.0f%%)  %.0f/s  ETA %.0f s   ", done, total, 100.0 * done / total, rate, eta);
            if (done == total) std::fputc('\n', stderr);
        } else if (done * 10 / total != last_decile) {
            last_decile = done * 10 / total;
            std::fprintf(stderr, "  %lld/%lld dyads (%.0f%%)  ETA %.0f s\n", done, total, 100.0 * done / total, eta);
        }
    };
    StreamDyads(stream);

    const PopulationSummary summary = tally.Summary();
    manifest["summary"] = SummaryJson(summary);
    if (!o.shard.Whole()) manifest["shard"] = ShardJson(o.shard, experiment.Dyads());
    set.Finish(manifest.dump(2) + "\n");
    return summary;
}

}  // namespace sb::cli
