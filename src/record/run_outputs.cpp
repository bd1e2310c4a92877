// Running and measuring one procedure, and writing its set: the CSVs (their columns in
// csv_columns.cpp), the codebook and the manifest; docs/data.md documents them.
#include "record/run_outputs.h"

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "coding/coder.h"
#include "core/version.h"
#include "model/cortisol.h"
#include "params/param_registry.h"
#include "record/atomic_file.h"
#include "record/csv_columns.h"
#include "record/provenance.h"
#include "record/setup_json.h"
#include "record/export_targets.h"
#include "record/trace_csv.h"

namespace sb {

namespace {
nlohmann::json LearnedJson(const WorkingModel& w) {
    return {{"availability", w.availability}, {"predictability", w.predictability}, {"rejection", w.rejection},
            {"threat", w.threat}, {"strategy", w.strategy}, {"policy", w.policy}, {"episodes", w.episodes}};
}
}  // namespace

std::string HashHex(std::uint64_t h) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

RunResult RunAndMeasure(const SimulationDef& def, int run_id, bool keep_trace) {
    Simulation sim(def);
    EpisodeMeasurer measurer;
    VisibleTrace trace = StartTrace(sim);
    trace.frames.reserve(static_cast<std::size_t>(1400.0 / def.step_s));
    AppendFrame(trace, sim.Now(), sim.AllEvents());
    std::vector<double> arousal_sum, slow_sum;
    std::vector<int> count;
    CortisolSampler cortisol(def.model.infant);
    cortisol.Observe(sim.Time(), sim.Inner());
    while (!sim.Finished()) {
        sim.Step();
        measurer.Observe(sim.Previous(), sim.Now(), def.step_s);
        AppendFrame(trace, sim.Now(), sim.StepEvents());
        const std::size_t k = sim.Timeline().size() - 1;
        if (arousal_sum.size() <= k) {
            arousal_sum.resize(k + 1, 0.0);
            slow_sum.resize(k + 1, 0.0);
            count.resize(k + 1, 0);
        }
        const InfantInner in = sim.Inner();
        arousal_sum[k] += in.arousal;
        slow_sum[k] += in.sustained_arousal;
        ++count[k];
        cortisol.Observe(sim.Time(), in);
    }
    RunResult r;
    r.cortisol_ratio = cortisol.Finish(sim.Time(), sim.Inner(), def.step_s);
    for (std::size_t k = 0; k < count.size(); ++k) {
        r.arousal_mean.push_back(count[k] ? arousal_sum[k] / count[k] : 0.0);
        r.sustained_arousal_mean.push_back(count[k] ? slow_sum[k] / count[k] : 0.0);
    }
    r.run_id = run_id;
    r.seed = def.seed;
    r.episodes = measurer.Finish(sim.Timeline());
    r.trace_hash = sim.TraceHash();
    r.sim_time_s = sim.Time();
    r.steps = sim.StepCount();
    r.def = def;
    r.caregiver = def.caregiver;
    r.infant = def.infant;
    r.learned = sim.History().model;
    r.coding = CodeTrace(trace);
    if (keep_trace) r.trace = std::move(trace);
    return r;
}

std::string ManifestJson(const Scenario& scenario, const RunResult& run) {
    nlohmann::json episodes = nlohmann::json::array();
    for (const EpisodeMeasures& m : run.episodes) {
        episodes.push_back({{"episode", m.number},
                            {"start_s", m.start_s},
                            {"duration_s", m.duration_s},
                            {"curtailed", m.curtailed},
                            {"extended", m.extended}});
    }
    nlohmann::json j = DyadSetupJson(run.def);
    j.update(nlohmann::json{
        {"program", "securebase"},
        {"version", SECUREBASE_VERSION},
        {"command", "run"},
        {"seed", run.seed},
        {"seed_text", std::to_string(run.seed)},
        {"learned", LearnedJson(run.learned)},
        {"result",
         {{"run_id", run.run_id},
          {"trace_hash", HashHex(run.trace_hash)},
          {"steps", run.steps},
          {"simulated_s", run.sim_time_s},
          {"episodes", episodes},
          {"classification", run.coding.classification.classifiable ? std::string(1, run.coding.classification.group) : ""},
          {"subgroup", run.coding.classification.subgroup},
          {"d_rating", run.coding.disorganization.rating},
          {"cortisol_ratio", run.cortisol_ratio}}},
    });
    AddProvenance(j, scenario);
    if (scenario.population.enabled)
        j["population_not_drawn"] = "the scenario has a [population]; run does not draw from it (batch does): this is its base dyad";
    return j.dump(2) + "\n";
}

std::vector<std::string> RunOutputPaths(const std::string& dir, const std::string& trace_path) {
    const std::filesystem::path base(dir);
    std::vector<std::string> paths{(base / "episodes.csv").string(), (base / "runs.csv").string(),
                                   (base / "datapackage.json").string()};
    if (!trace_path.empty()) paths.push_back(trace_path);
    paths.push_back((base / "manifest.json").string());
    return paths;
}

void CheckRunTargets(const std::string& dir, const std::string& trace_path) {
    const std::vector<std::string> paths = RunOutputPaths(dir, trace_path);
    CheckTargets(paths);
    // The output folder is made if missing; a trace's own folder elsewhere is not, as documented.
    if (!trace_path.empty() && TargetFolder(trace_path) != TargetFolder(paths[0])) RequireFolderOf(trace_path);
}

void WriteRunOutputs(const std::string& dir, const Scenario& scenario, const RunResult& run, const std::string& trace_path) {
    // Every target is checked before the output folder is made, so a refused one leaves no trace.
    const std::vector<std::string> paths = RunOutputPaths(dir, trace_path);
    CheckRunTargets(dir, trace_path);
    EnsureFolder(dir);
    // Render everything before writing anything, so a failure in one never leaves a mixed set.
    ExportFiles files{{paths[0], EpisodesCsv({run})}, {paths[1], RunsCsv({run}, scenario)},
                      {paths[2], ExportDataPackage("securebase-run", scenario)}};
    if (!trace_path.empty()) {
        VisibleTrace trace = run.trace;
        trace.header.scenario = scenario.name;
        files.emplace_back(trace_path, TraceToCsv(trace));
    }
    WriteSetWithManifest(files, paths.back(), ManifestJson(scenario, run));
}

}  // namespace sb
