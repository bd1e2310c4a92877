// Rebuilding a recorded dyad: manifest.json gives the scenario text, runs.csv the row.
#include "batch/replay.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "batch/experiment.h"
#include "batch/population.h"
#include "params/param_registry.h"
#include "record/csv_columns.h"
#include "record/csv_read.h"
#include "record/provenance.h"

namespace sb {

namespace {

nlohmann::json ReadManifest(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ReplayError(path + ": cannot be read (is this a folder written by 'run' or 'batch'?)");
    std::ostringstream text;
    text << in.rdbuf();
    try {
        return nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::exception& e) {
        throw ReplayError(path + ": not valid JSON (" + e.what() + ")");
    }
}

// The registry entry a runs.csv column shows: its own column ("sensitivity") or its registry name.
const ParamEntry* ParamOfColumn(const std::string& column) {
    for (const ParamEntry& e : ParamRegistry())
        if (e.runs_column == column) return &e;
    return FindParam(column);
}

bool ReadCell(const ParamEntry& e, const std::string& cell, double& out) {
    if (e.kind == ParamKind::Flag) {
        if (cell == "true" || cell == "1") out = 1.0;
        else if (cell == "false" || cell == "0") out = 0.0;
        else return false;
        return true;
    }
    const char* end = cell.data() + cell.size();
    if (e.kind == ParamKind::Integer) {
        long long v = 0;
        const auto r = std::from_chars(cell.data(), end, v);
        out = static_cast<double>(v);
        return r.ec == std::errc() && r.ptr == end;
    }
    const auto r = std::from_chars(cell.data(), end, out);
    return r.ec == std::errc() && r.ptr == end && !cell.empty();
}

}  // namespace

RecordedDyad RebuildRecordedDyad(const std::string& dir, int run_id) {
    namespace fs = std::filesystem;
    const std::string manifest_path = (fs::path(dir) / "manifest.json").string();
    const std::string runs_path = (fs::path(dir) / "runs.csv").string();
    const nlohmann::json manifest = ReadManifest(manifest_path);
    RecordedDyad d;
    d.command = manifest.value("command", std::string("run"));
    if (manifest.contains("build") && manifest["build"].is_object())
        d.recorded_version = manifest["build"].value("version", std::string());
    if (d.recorded_version.empty()) d.recorded_version = manifest.value("version", std::string());
    if (d.command != "run" && d.command != "batch" && d.command != "sweep")
        throw ReplayError(manifest_path + ": written by '" + d.command + "', which replay does not know (it replays 'run', 'batch' and 'sweep')");
    const Scenario recorded = ScenarioFromManifest(manifest, manifest_path);

    const CsvTable runs = ReadCsvFile(runs_path);
    const int id_col = runs.Column("run_id"), seed_col = runs.Column("seed"), hash_col = runs.Column("trace_hash");
    if (id_col < 0 || seed_col < 0 || hash_col < 0) throw ReplayError(runs_path + ": no run_id, seed or trace_hash column");
    const std::vector<std::string>* row = nullptr;
    for (const auto& r : runs.rows)
        if (r[static_cast<std::size_t>(id_col)] == std::to_string(run_id)) row = &r;
    if (!row)
        throw ReplayError(runs_path + ": no row with run_id " + std::to_string(run_id) + " (it has " +
                          std::to_string(runs.rows.size()) + " rows)");
    const std::optional<std::uint64_t> seed = ParseSeed((*row)[static_cast<std::size_t>(seed_col)]);
    if (!seed) throw ReplayError(runs_path + ": run " + std::to_string(run_id) + " has no valid seed");
    d.run_id = run_id;
    d.seed = *seed;
    d.recorded_trace_hash = (*row)[static_cast<std::size_t>(hash_col)];

    // A run used the scenario as it stands. A batch or a sweep is rebuilt as it ran: the experiment
    // from the recorded scenario and seed, and its dyad g = run_id - 1 (draws, cell values and trial
    // arm included), so replay and the export share one definition of each dyad (experiment.h).
    d.scenario = recorded;
    if (d.command == "run") {
        d.scenario.sim.seed = d.seed;
    } else {
        const nlohmann::json* seed_json = manifest.contains("design") ? &manifest["design"] : nullptr;
        if (!seed_json || !seed_json->contains("seed") || !(*seed_json)["seed"].is_number_unsigned())
            throw ReplayError(manifest_path + ": has no design seed (written by '" + d.command + "' of an older version?)");
        const std::uint64_t experiment_seed = (*seed_json)["seed"].get<std::uint64_t>();
        if (d.command == "sweep" && !recorded.sweep.enabled) throw ReplayError(manifest_path + ": a sweep whose scenario has no [sweep]");
        const Experiment experiment = d.command == "sweep" ? Experiment::Sweep(recorded, experiment_seed)
                                                           : Experiment::Batch(recorded, experiment_seed, run_id);
        if (run_id > experiment.Dyads())
            throw ReplayError(runs_path + ": run_id " + std::to_string(run_id) + " is beyond the design's " +
                              std::to_string(experiment.Dyads()) + " dyads");
        d.scenario.sim = experiment.Def(run_id - 1);
        if (d.scenario.sim.seed != d.seed)
            d.parameter_mismatches.push_back("seed: row " + std::to_string(d.seed) + ", rebuilt " + std::to_string(d.scenario.sim.seed));
        const int arm_col = runs.Column("arm");
        if (arm_col >= 0 && (*row)[static_cast<std::size_t>(arm_col)] != experiment.Arm(run_id - 1))
            d.parameter_mismatches.push_back("arm: row " + (*row)[static_cast<std::size_t>(arm_col)] + ", rebuilt " + experiment.Arm(run_id - 1));
    }
    d.scenario.population.enabled = false;
    d.scenario.sweep.enabled = false;
    d.scenario.trial.enabled = false;

    // The row must record the dyad exactly: every parameter cell reads back as the value rebuilt.
    for (std::size_t c = 0; c < runs.header.size(); ++c) {
        const ParamEntry* e = ParamOfColumn(runs.header[c]);
        if (!e) continue;
        ++d.parameters_checked;
        double v = 0.0;
        const std::string& cell = (*row)[c];
        const double rebuilt = e->get(d.scenario.sim);
        if (!ReadCell(*e, cell, v) || v != rebuilt)
            d.parameter_mismatches.push_back(runs.header[c] + ": row " + cell + ", rebuilt " + ExactParamCell(*e, rebuilt));
    }
    return d;
}

}  // namespace sb
