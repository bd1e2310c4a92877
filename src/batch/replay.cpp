// Rebuilding a recorded dyad: manifest.json gives the scenario text, runs.csv the row.
#include "batch/replay.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

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
    if (d.command != "run" && d.command != "batch")
        throw ReplayError(manifest_path + ": written by '" + d.command + "', which replay does not know (it replays 'run' and 'batch')");
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

    // A batch drew the dyad from its seed; a run used the scenario as it stands.
    d.scenario = recorded;
    d.scenario.sim = d.command == "batch" ? DrawDyad(recorded.sim, recorded.population, d.seed) : recorded.sim;
    d.scenario.sim.seed = d.seed;
    d.scenario.population.enabled = false;

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
