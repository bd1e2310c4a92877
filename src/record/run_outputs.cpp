// CSV and JSON writers for a run; the column meanings are documented in docs/data.md.
#include "record/run_outputs.h"

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "batch/trial.h"
#include "coding/coder.h"
#include "core/version.h"
#include "model/cortisol.h"
#include "params/param_registry.h"
#include "record/atomic_file.h"
#include "record/export_targets.h"
#include "record/trace_csv.h"

namespace sb {

namespace {

std::string Fixed(double v, int decimals = 2) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string CsvQuote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

nlohmann::json ToJson(const ProtocolDef& p) {
    nlohmann::json eps = nlohmann::json::array();
    for (const EpisodeDef& e : p.episodes) {
        nlohmann::json cues = nlohmann::json::array();
        for (const Cue& c : e.cues) {
            cues.push_back({{"at_s", c.at_s}, {"who", std::string(ToString(c.who))}, {"cue", std::string(ToString(c.kind))}});
        }
        const char* end = e.end == EpisodeEnd::Timer ? "timer" : e.end == EpisodeEnd::InfantPutDown ? "infant put down" : "caregiver out";
        eps.push_back({{"number", e.number},
                       {"name", e.name},
                       {"short_name", e.short_name},
                       {"nominal_s", e.nominal_s},
                       {"caregiver_present", e.caregiver_present},
                       {"stranger_present", e.stranger_present},
                       {"separation", e.separation},
                       {"reunion", e.reunion},
                       {"scores_caregiver", e.scores_caregiver},
                       {"scores_stranger", e.scores_stranger},
                       {"scores_search", e.scores_search},
                       {"entry_delay_rule", e.entry_delay_rule},
                       {"ends_when", end},
                       {"curtailable", e.curtailable},
                       {"extendable", e.extendable},
                       {"cues", cues}});
    }
    return {{"episodes", eps},
            {"curtailment",
             {{"enabled", p.curtailment.enabled},
              {"hard_cry_s", p.curtailment.hard_cry_s},
              {"hard_cry_level", p.curtailment.hard_cry_level},
              {"forgive_gap_s", p.curtailment.forgive_gap_s}}},
            {"extension",
             {{"enabled", p.extension.enabled},
              {"max_extension_s", p.extension.max_extra_s},
              {"settled_s", p.extension.settled_s},
              {"settled_cry_level", p.extension.settled_cry_level}}},
            {"exit_lead_s", p.exit_lead_s}};
}

nlohmann::json CaregiverJson(const CaregiverDef& c) {
    return {{"sensitivity", c.sensitivity}, {"consistency", c.consistency}, {"acceptance", c.acceptance},
            {"frightening", c.frightening}, {"walk_speed_mps", c.walk_speed_mps}};
}

nlohmann::json HistoryJson(const HistoryDef& h) {
    nlohmann::json changes = nlohmann::json::array();
    for (const CaregivingChange& ch : h.changes) {
        nlohmann::json j = CaregiverJson(ch.caregiver);
        j["at_month"] = ch.at_month;
        changes.push_back(j);
    }
    return {{"caregiver", CaregiverJson(h.caregiver)}, {"changes", changes}, {"months", h.months},
            {"episodes_per_month", h.episodes_per_month}, {"learning_rate", h.learning_rate},
            {"value_rate", h.value_rate}, {"temperature", h.temperature}};
}

nlohmann::json LearnedJson(const WorkingModel& w) {
    return {{"availability", w.availability}, {"predictability", w.predictability}, {"rejection", w.rejection},
            {"threat", w.threat}, {"strategy", w.strategy}, {"policy", w.policy}, {"episodes", w.episodes}};
}

// Every registry parameter as used, by its registry name (docs/model.md lists them).
nlohmann::json ParametersJson(const SimulationDef& d) {
    nlohmann::json j = nlohmann::json::object();
    for (const ParamEntry& e : ParamRegistry()) {
        const double v = e.get(d);
        if (e.kind == ParamKind::Flag) j[e.name] = v != 0.0;
        else if (e.kind == ParamKind::Integer) j[e.name] = static_cast<long long>(v);
        else j[e.name] = v;
    }
    return j;
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

namespace {
std::string ScoreCell(const InteractiveScales& m, const ScaleScore InteractiveScales::*scale) {
    return m.scored ? std::to_string((m.*scale).value) : "";
}
}  // namespace

std::string EpisodesCsv(const std::vector<RunResult>& runs) {
    std::ostringstream os;
    os << "run_id,seed,episode,name,start_s,duration_s,nominal_s,curtailed,extended,crying_s,hard_crying_s,peak_cry,"
          "exploring_s,contact_caregiver_s,contact_stranger_s,near_caregiver_s,approaching_caregiver_s,searching_s,"
          "locomotion_m,crying_intervals,ps,cm,rs,av,di,search,s_ps,s_cm,s_rs,s_av,s_di,hidden_arousal_mean,"
          "hidden_sustained_arousal_mean\n";
    for (const RunResult& r : runs) {
        for (const EpisodeMeasures& m : r.episodes) {
            os << r.run_id << ',' << r.seed << ',' << m.number << ',' << CsvQuote(m.name) << ',' << Fixed(m.start_s)
               << ',' << Fixed(m.duration_s) << ',' << Fixed(m.nominal_s) << ',' << (m.curtailed ? 1 : 0) << ','
               << (m.extended ? 1 : 0) << ',' << Fixed(m.crying_s) << ',' << Fixed(m.hard_crying_s) << ','
               << Fixed(m.peak_cry, 3) << ',' << Fixed(m.exploring_s) << ',' << Fixed(m.contact_caregiver_s) << ','
               << Fixed(m.contact_stranger_s) << ',' << Fixed(m.near_caregiver_s) << ','
               << Fixed(m.approaching_caregiver_s) << ',' << Fixed(m.searching_s) << ',' << Fixed(m.locomotion_m, 3);
            const EpisodeCoding* e = r.coding.Episode(m.number);
            static const InteractiveScales kUnscored;
            const InteractiveScales& toM = e ? e->to_caregiver : kUnscored;
            const InteractiveScales& toS = e ? e->to_stranger : kUnscored;
            os << ',' << (e ? std::to_string(static_cast<int>(e->CryingIntervals())) : "");
            for (auto scale : {&InteractiveScales::ps, &InteractiveScales::cm, &InteractiveScales::rs,
                               &InteractiveScales::av, &InteractiveScales::di})
                os << ',' << ScoreCell(toM, scale);
            os << ',' << (e && e->search_scored ? std::to_string(e->search.value) : "");
            for (auto scale : {&InteractiveScales::ps, &InteractiveScales::cm, &InteractiveScales::rs,
                               &InteractiveScales::av, &InteractiveScales::di})
                os << ',' << ScoreCell(toS, scale);
            const std::size_t k = static_cast<std::size_t>(&m - r.episodes.data());
            os << ',' << (k < r.arousal_mean.size() ? Fixed(r.arousal_mean[k], 4) : "") << ','
               << (k < r.sustained_arousal_mean.size() ? Fixed(r.sustained_arousal_mean[k], 4) : "");
            os << '\n';
        }
    }
    return os.str();
}

namespace {
// A drawn parameter gets a column unless a column already shows it: its own, or — for the first-year
// caregiver, whom today follows — today's.
bool ShownInRunsCsv(const ParamEntry& e) {
    if (!e.runs_column.empty()) return true;
    if (e.Group() != "caregiver") return false;
    const ParamEntry* today = FindParam("today." + std::string(e.Key()));
    return today && !today->runs_column.empty();
}
}  // namespace

std::string RunsCsv(const std::vector<RunResult>& runs, const Scenario& scenario) {
    std::vector<const ParamEntry*> columns;
    for (const ParamEntry& e : ParamRegistry())
        if (!e.runs_column.empty()) columns.push_back(&e);
    std::vector<const ParamEntry*> drawn;
    if (scenario.population.enabled) {
        for (const ParameterDraw& d : scenario.population.draws) {
            const ParamEntry* e = FindParam(d.parameter);
            if (e && !ShownInRunsCsv(*e)) drawn.push_back(e);
        }
    }
    std::ostringstream os;
    // Parameters as drawn/used first, then the observer's verdict, then the hidden working model and
    // the hidden cortisol ratio (exported for research; the observer never saw them).
    os << "run_id,seed,scenario";
    for (const ParamEntry* e : columns) os << ',' << e->runs_column;
    for (const ParamEntry* e : drawn) os << ',' << e->name;
    os << ",classification,subgroup,best_fit,d_rating,avoidance_dim,resistance_dim,curtailed_episodes,"
          "iwm_availability,iwm_predictability,iwm_rejection,iwm_threat,iwm_strategy,iwm_separation_confidence,"
          "iwm_others_familiarity,cortisol_ratio,trace_hash";
    // A trial's columns come last, so the columns before them read as in any other batch.
    os << (scenario.trial.enabled ? ",arm,year_end_sensitivity\n" : "\n");
    for (const RunResult& r : runs) {
        const Classification& c = r.coding.classification;
        int curtailed = 0;
        for (const EpisodeMeasures& m : r.episodes) curtailed += m.curtailed;
        os << r.run_id << ',' << r.seed << ',' << CsvQuote(scenario.name);
        for (const ParamEntry* e : columns) os << ',' << Fixed(e->get(r.def), 3);
        for (const ParamEntry* e : drawn) os << ',' << e->Format(e->get(r.def));
        os << ',' << (c.classifiable ? std::string(1, c.group) : "") << ','
           << c.subgroup << ',' << (c.classifiable ? std::string(1, c.best_fit) : "") << ','
           << r.coding.disorganization.rating << ',' << Fixed(c.avoidance_dim, 3) << ',' << Fixed(c.resistance_dim, 3)
           << ',' << curtailed << ',' << Fixed(r.learned.availability, 4) << ',' << Fixed(r.learned.predictability, 4)
           << ',' << Fixed(r.learned.rejection, 4) << ',' << Fixed(r.learned.threat, 4) << ','
           << Fixed(r.learned.strategy, 4) << ',' << Fixed(r.learned.separation_confidence, 4) << ','
           << Fixed(r.learned.others_familiarity, 4) << ',' << Fixed(r.cortisol_ratio, 4) << ',' << HashHex(r.trace_hash);
        if (scenario.trial.enabled) os << ',' << r.arm << ',' << Fixed(YearEndSensitivity(r.def), 3);
        os << '\n';
    }
    return os.str();
}

std::string ManifestJson(const Scenario& scenario, const RunResult& run) {
    const SimulationDef& d = scenario.sim;
    nlohmann::json episodes = nlohmann::json::array();
    for (const EpisodeMeasures& m : run.episodes) {
        episodes.push_back({{"episode", m.number},
                            {"start_s", m.start_s},
                            {"duration_s", m.duration_s},
                            {"curtailed", m.curtailed},
                            {"extended", m.extended}});
    }
    nlohmann::json j = {
        {"program", "securebase"},
        {"version", SECUREBASE_VERSION},
        {"scenario",
         {{"name", scenario.name}, {"source", scenario.source}, {"description", scenario.description}}},
        {"seed", run.seed},
        {"step_s", d.step_s},
        {"caregiver",
         CaregiverJson(d.caregiver)},
        {"history", HistoryJson(d.history)},
        {"learned", LearnedJson(run.learned)},
        {"stranger",
         {{"responsiveness", d.stranger.responsiveness},
          {"comfort_quality", d.stranger.comfort_quality},
          {"walk_speed_mps", d.stranger.walk_speed_mps}}},
        {"infant",
         {{"model", d.infant_model.name},
          {"reactivity", d.infant.reactivity},
          {"soothability", d.infant.soothability},
          {"sociability", d.infant.sociability},
          {"curiosity", d.infant.curiosity},
          {"crawl_speed_mps", d.infant.crawl_speed_mps}}},
        {"room",
         {{"size_m", d.room.size_m},
          {"door", {d.room.door.x, d.room.door.y}},
          {"caregiver_chair", {d.room.caregiver_chair.x, d.room.caregiver_chair.y}},
          {"stranger_chair", {d.room.stranger_chair.x, d.room.stranger_chair.y}}}},
        {"protocol", ToJson(d.protocol)},
        {"parameters", ParametersJson(run.def)},
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
    };
    return j.dump(2) + "\n";
}

std::vector<std::string> RunOutputPaths(const std::string& dir, const std::string& trace_path) {
    const std::filesystem::path base(dir);
    std::vector<std::string> paths{(base / "episodes.csv").string(), (base / "runs.csv").string()};
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
    ExportFiles files{{paths[0], EpisodesCsv({run})}, {paths[1], RunsCsv({run}, scenario)}};
    if (!trace_path.empty()) {
        VisibleTrace trace = run.trace;
        trace.header.scenario = scenario.name;
        files.emplace_back(trace_path, TraceToCsv(trace));
    }
    WriteSetWithManifest(files, paths.back(), ManifestJson(scenario, run));
}

}  // namespace sb
