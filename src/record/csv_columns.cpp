// The column lists of episodes.csv and runs.csv, and the writers that use them.
#include "record/csv_columns.h"

#include <charconv>
#include <cstdio>

#include "batch/trial.h"
#include "params/param_registry.h"

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

FieldDef Field(std::string name, std::string type, std::string description, std::string unit = "", bool required = true,
               std::optional<double> min = std::nullopt, std::optional<double> max = std::nullopt) {
    FieldDef f;
    f.name = std::move(name);
    f.type = std::move(type);
    f.description = std::move(description);
    f.unit = std::move(unit);
    f.required = required;
    f.minimum = min;
    f.maximum = max;
    return f;
}

// Seeds span 0 to 2^64-1: written as digits, typed as text in the codebook, because a reader that
// parses them as doubles (R's read.csv, Excel, JavaScript) would round most of them.
FieldDef SeedField(const std::string& description) {
    FieldDef f = Field("seed", "string", description + "; 0 to 18446744073709551615, as decimal digits (read it as text or an "
                                                        "unsigned 64-bit integer: a double rounds it)");
    f.pattern = "[0-9]{1,20}";
    return f;
}

FieldDef Seconds(std::string name, std::string description) {
    return Field(std::move(name), "number", std::move(description) + " (seconds of simulated time, 2 decimals)", "s", true, 0.0);
}

FieldDef Scale(std::string name, std::string description, int lo, int hi) {
    return Field(std::move(name), "integer", std::move(description), "", false, lo, hi);
}

std::string ScoreCell(const InteractiveScales& m, const ScaleScore InteractiveScales::*scale) {
    return m.scored ? std::to_string((m.*scale).value) : "";
}

const InteractiveScales& Toward(const EpisodeRow& r, bool caregiver) {
    static const InteractiveScales kUnscored;
    const EpisodeCoding* e = r.run.coding.Episode(r.m.number);
    return e ? (caregiver ? e->to_caregiver : e->to_stranger) : kUnscored;
}

// A drawn parameter gets a column unless a column already shows it: its own, or — for the first-year
// caregiver, whom today follows unless the scenario gives [today] — today's.
bool ShownInRunsCsv(const ParamEntry& e, const PopulationDef& pop) {
    if (!e.runs_column.empty()) return true;
    if (e.Group() != "caregiver" || pop.today_given) return false;
    const ParamEntry* today = FindParam("today." + std::string(e.Key()));
    return today && !today->runs_column.empty();
}

FieldDef ParamField(const ParamEntry& e, const std::string& column, const std::string& why) {
    FieldDef f;
    f.name = column;
    f.type = e.kind == ParamKind::Flag ? "boolean" : e.kind == ParamKind::Integer ? "integer" : "number";
    f.description = e.label + " (" + e.name + (e.unit.empty() ? "" : ", " + e.unit) + "): " + e.help + " " + why +
                    " Written exactly (the shortest text that reads back as the same double).";
    f.unit = e.unit;
    f.required = true;
    if (e.kind != ParamKind::Flag) {
        f.minimum = e.min;
        f.maximum = e.max;
    }
    return f;
}

std::string Classified(const RunResult& r, char c) { return r.coding.classification.classifiable ? std::string(1, c) : ""; }

// `design`'s columns, inserted after run_id (the first column); each cell is the row's design value.
template <class Row, class Run>
void InsertDesign(std::vector<CsvColumn<Row>>& columns, const std::vector<FieldDef>& design, Run run_of) {
    std::vector<CsvColumn<Row>> d;
    for (std::size_t i = 0; i < design.size(); ++i)
        d.push_back({design[i], [i, run_of](const Row& r) {
                         const RunResult& run = run_of(r);
                         return i < run.design_values.size() ? run.design_values[i] : std::string();
                     }});
    columns.insert(columns.begin() + 1, d.begin(), d.end());
}

}  // namespace

std::string ExactParamCell(const ParamEntry& e, double value) {
    if (e.kind != ParamKind::Real) return e.Format(value);
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, r.ptr);
}

namespace {
const std::vector<CsvColumn<EpisodeRow>>& BaseEpisodeColumns();
}  // namespace

std::vector<FieldDef> SweepDesignFields(const SweepDef& sweep) {
    std::vector<FieldDef> f{
        Field("cell", "integer", "the sweep's cell (a combination of swept values), 1 to the number of cells", "", true, 1, sweep.Cells()),
        Field("replicate", "integer", "the dyad's replicate within its cell, 1 to the replicates per cell", "", true, 1, sweep.replicates),
    };
    for (const SweepFactor& factor : sweep.factors) {
        const ParamEntry* e = FindParam(factor.parameter);
        if (!e) continue;  // the scenario reader refuses an unknown parameter; nothing to describe
        f.push_back(ParamField(*e, e->name, "Fixed by the sweep's cell (the same in every replicate of it)."));
    }
    return f;
}

std::vector<CsvColumn<EpisodeRow>> EpisodeColumns(const std::vector<FieldDef>& design) {
    std::vector<CsvColumn<EpisodeRow>> c = BaseEpisodeColumns();
    InsertDesign(c, design, [](const EpisodeRow& r) -> const RunResult& { return r.run; });
    return c;
}

namespace {
const std::vector<CsvColumn<EpisodeRow>>& BaseEpisodeColumns() {
    using C = CsvColumn<EpisodeRow>;
    using R = const EpisodeRow&;
    static const std::vector<C> columns = [] {
        std::vector<C> c{
            {Field("run_id", "integer", "the dyad's number: 1 for a single run, 1..N in a batch", "", true, 1), [](R r) { return std::to_string(r.run.run_id); }},
            {SeedField("the run's random seed"), [](R r) { return std::to_string(r.run.seed); }},
            {Field("episode", "integer", "episode number (1-8 in the standard procedure)", "", true, 1), [](R r) { return std::to_string(r.m.number); }},
            {Field("name", "string", "episode name"), [](R r) { return CsvQuote(r.m.name); }},
            {Seconds("start_s", "when the episode began, since the caregiver carried the infant in"), [](R r) { return Fixed(r.m.start_s); }},
            {Seconds("duration_s", "how long the episode lasted"), [](R r) { return Fixed(r.m.duration_s); }},
            {Seconds("nominal_s", "its nominal length from the protocol table"), [](R r) { return Fixed(r.m.nominal_s); }},
            {Field("curtailed", "boolean", "1 if a separation was cut short for the infant's distress, else 0"), [](R r) { return std::string(r.m.curtailed ? "1" : "0"); }},
            {Field("extended", "boolean", "1 if a reunion ran on until the infant settled, else 0"), [](R r) { return std::string(r.m.extended ? "1" : "0"); }},
            {Seconds("crying_s", "time with cry intensity at least 0.25"), [](R r) { return Fixed(r.m.crying_s); }},
            {Seconds("hard_crying_s", "time with cry intensity at least 0.6"), [](R r) { return Fixed(r.m.hard_crying_s); }},
            {Field("peak_cry", "number", "highest cry intensity (0-1, 3 decimals)", "", true, 0.0, 1.0), [](R r) { return Fixed(r.m.peak_cry, 3); }},
            {Seconds("exploring_s", "time exploring toys"), [](R r) { return Fixed(r.m.exploring_s); }},
            {Seconds("contact_caregiver_s", "time in body contact with the caregiver"), [](R r) { return Fixed(r.m.contact_caregiver_s); }},
            {Seconds("contact_stranger_s", "time in body contact with the stranger"), [](R r) { return Fixed(r.m.contact_stranger_s); }},
            {Seconds("near_caregiver_s", "time within 0.6 m of the caregiver (contact included)"), [](R r) { return Fixed(r.m.near_caregiver_s); }},
            {Seconds("approaching_caregiver_s", "time locomoting towards the caregiver"), [](R r) { return Fixed(r.m.approaching_caregiver_s); }},
            {Seconds("searching_s", "time searching (going to or staying at the door)"), [](R r) { return Fixed(r.m.searching_s); }},
            {Field("locomotion_m", "number", "metres crawled, not carried (3 decimals)", "m", true, 0.0), [](R r) { return Fixed(r.m.locomotion_m, 3); }},
            {Field("crying_intervals", "integer", "the coder's count of 15-s intervals with crying; empty if the episode was not coded", "", false, 0.0),
             [](R r) {
                 const EpisodeCoding* e = r.run.coding.Episode(r.m.number);
                 return e ? std::to_string(static_cast<int>(e->CryingIntervals())) : std::string();
             }},
        };
        const std::pair<const char*, const ScaleScore InteractiveScales::*> scales[] = {
            {"ps", &InteractiveScales::ps}, {"cm", &InteractiveScales::cm}, {"rs", &InteractiveScales::rs},
            {"av", &InteractiveScales::av}, {"di", &InteractiveScales::di}};
        const char* words[] = {"proximity seeking", "contact maintaining", "resistance", "avoidance", "distance interaction"};
        for (int i = 0; i < 5; ++i) {
            const auto scale = scales[i].second;
            c.push_back({Scale(scales[i].first, std::string("the coder's ") + words[i] + " toward the caregiver (Ainsworth scale 1-7); empty where the episode's roles do not score it", 1, 7),
                         [scale](R r) { return ScoreCell(Toward(r, true), scale); }});
        }
        c.push_back({Scale("search", "the coder's search score (1-7) in episodes whose roles score search (the separations); empty elsewhere", 1, 7),
                     [](R r) {
                         const EpisodeCoding* e = r.run.coding.Episode(r.m.number);
                         return e && e->search_scored ? std::to_string(e->search.value) : std::string();
                     }});
        for (int i = 0; i < 5; ++i) {
            const auto scale = scales[i].second;
            c.push_back({Scale(std::string("s_") + scales[i].first, std::string("the coder's ") + words[i] + " toward the stranger (1-7); empty where the roles do not score it", 1, 7),
                         [scale](R r) { return ScoreCell(Toward(r, false), scale); }});
        }
        c.push_back({Field("hidden_arousal_mean", "number", "HIDDEN physiology: the infant's mean arousal in the episode (0-1, 4 decimals); the coder never sees it", "", false, 0.0, 1.0),
                     [](R r) { return r.k < r.run.arousal_mean.size() ? Fixed(r.run.arousal_mean[r.k], 4) : std::string(); }});
        c.push_back({Field("hidden_sustained_arousal_mean", "number", "HIDDEN physiology: the mean of arousal's slow component in the episode (0-1, 4 decimals)", "", false, 0.0, 1.0),
                     [](R r) { return r.k < r.run.sustained_arousal_mean.size() ? Fixed(r.run.sustained_arousal_mean[r.k], 4) : std::string(); }});
        return c;
    }();
    return columns;
}
}  // namespace

std::vector<CsvColumn<RunResult>> RunColumns(const Scenario& scenario, const std::vector<FieldDef>& design) {
    using C = CsvColumn<RunResult>;
    using R = const RunResult&;
    const std::string name = scenario.name;
    std::vector<C> c{
        {Field("run_id", "integer", "the dyad's number: 1 for a single run, 1..N in a batch", "", true, 1), [](R r) { return std::to_string(r.run_id); }},
        {SeedField("the dyad's own seed (in a batch: derived from the batch seed and run_id; `securebase-cli replay` re-runs it)"),
         [](R r) { return std::to_string(r.seed); }},
        {Field("scenario", "string", "the scenario's name"), [name](R) { return CsvQuote(name); }},
    };
    // Parameters as drawn/used first: those with a column of their own (today's caregiver, the
    // temperament), then every other parameter the population draws, in registry order.
    for (const ParamEntry& e : ParamRegistry()) {
        if (e.runs_column.empty()) continue;
        const ParamEntry* p = &e;
        c.push_back({ParamField(e, e.runs_column, scenario.population.enabled ? "As drawn for this dyad or given by the scenario." : "As given by the scenario."),
                     [p](R r) { return ExactParamCell(*p, p->get(r.def)); }});
    }
    if (scenario.population.enabled) {
        for (const ParameterDraw& d : scenario.population.draws) {
            const ParamEntry* e = FindParam(d.parameter);
            if (!e || ShownInRunsCsv(*e, scenario.population)) continue;
            bool in_design = false;  // a swept parameter: its design column shows it
            for (const FieldDef& f : design) in_design = in_design || f.name == e->name;
            if (in_design) continue;
            c.push_back({ParamField(*e, e->name, "Drawn by the scenario's [population]."), [e](R r) { return ExactParamCell(*e, e->get(r.def)); }});
        }
    }
    // Then the observer's verdict, then the hidden working model and cortisol ratio (exported for
    // research; the observer never saw them).
    FieldDef group = Field("classification", "string", "the coder's group; empty if not classifiable", "", false);
    group.levels = {"A", "B", "C", "D"};
    FieldDef subgroup = Field("subgroup", "string", "the coder's subgroup (for D: the best-fitting organised one); empty if not classifiable", "", false);
    subgroup.levels = {"A1", "A2", "B1", "B2", "B3", "B4", "C1", "C2"};
    FieldDef best_fit = Field("best_fit", "string", "the forced A/B/C (as classification unless D); empty if not classifiable", "", false);
    best_fit.levels = {"A", "B", "C"};
    FieldDef hash = Field("trace_hash", "string", "64-bit digest of the run's visible trace, 16 hex digits: equal digests, equal traces");
    hash.pattern = "[0-9a-f]{16}";
    const auto hidden = [](const char* col, const char* what, double lo, double hi) {
        return Field(col, "number", std::string("HIDDEN: ") + what + " (4 decimals)", "", true, lo, hi);
    };
    std::vector<C> rest{
        {group, [](R r) { return Classified(r, r.coding.classification.group); }},
        {subgroup, [](R r) { return r.coding.classification.subgroup; }},
        {best_fit, [](R r) { return Classified(r, r.coding.classification.best_fit); }},
        {Field("d_rating", "integer", "disorganization rating (1-9)", "", true, 1, 9), [](R r) { return std::to_string(r.coding.disorganization.rating); }},
        {Field("avoidance_dim", "number", "continuous avoidance dimension over the reunions: mean AV minus mean PS/CM (-6 to 6, 3 decimals)", "", true, -6, 6),
         [](R r) { return Fixed(r.coding.classification.avoidance_dim, 3); }},
        {Field("resistance_dim", "number", "continuous resistance dimension: mean RS over the reunions minus 1 (0 to 6, 3 decimals)", "", true, 0, 6),
         [](R r) { return Fixed(r.coding.classification.resistance_dim, 3); }},
        {Field("curtailed_episodes", "integer", "how many separations were curtailed", "", true, 0), [](R r) {
             int n = 0;
             for (const EpisodeMeasures& m : r.episodes) n += m.curtailed;
             return std::to_string(n);
         }},
        {hidden("iwm_availability", "learned chance that a signal brings comfort (0-1)", 0, 1), [](R r) { return Fixed(r.learned.availability, 4); }},
        {hidden("iwm_predictability", "learned day-to-day predictability of comfort (0-1)", 0, 1), [](R r) { return Fixed(r.learned.predictability, 4); }},
        {hidden("iwm_rejection", "learned chance that an answered bid is rebuffed (0-1)", 0, 1), [](R r) { return Fixed(r.learned.rejection, 4); }},
        {hidden("iwm_threat", "learned chance that the caregiver is frightening (0-1)", 0, 1), [](R r) { return Fixed(r.learned.threat, 4); }},
        {hidden("iwm_strategy", "learned signalling strategy: -1 minimising, 0 open, +1 maximising", -1, 1), [](R r) { return Fixed(r.learned.strategy, 4); }},
        {hidden("iwm_separation_confidence", "learned from everyday separations that she comes back (0-1)", 0, 1),
         [](R r) { return Fixed(r.learned.separation_confidence, 4); }},
        {hidden("iwm_others_familiarity", "how used the infant is to being looked after by others (0-1)", 0, 1),
         [](R r) { return Fixed(r.learned.others_familiarity, 4); }},
        {Field("cortisol_ratio", "number", "HIDDEN physiology: salivary cortisol at the post sample over the baseline (1 = no response; 4 decimals)", "", true, 0),
         [](R r) { return Fixed(r.cortisol_ratio, 4); }},
        {hash, [](R r) { return HashHex(r.trace_hash); }},
    };
    c.insert(c.end(), rest.begin(), rest.end());
    // A trial's columns come last, so the columns before them read as in any other batch.
    if (scenario.trial.enabled) {
        FieldDef arm = Field("arm", "string", "the trial arm the dyad was randomised to (the scenario's [trial])");
        for (const TrialArm& a : scenario.trial.arms) arm.levels.push_back(a.name);
        c.push_back({arm, [](R r) { return r.arm; }});
        c.push_back({Field("year_end_sensitivity", "number",
                           "the caregiver's sensitivity at the end of the first year, after the arm's intervention (1-9, 3 decimals)",
                           "", true, 1, 9),
                     [](R r) { return Fixed(YearEndSensitivity(r.def), 3); }});
    }
    InsertDesign(c, design, [](const RunResult& r) -> const RunResult& { return r; });
    return c;
}

namespace {
template <class Row>
std::vector<FieldDef> Fields(const std::vector<CsvColumn<Row>>& columns) {
    std::vector<FieldDef> f;
    for (const CsvColumn<Row>& c : columns) f.push_back(c.field);
    return f;
}
}  // namespace

std::string EpisodesCsvRows(const std::vector<CsvColumn<EpisodeRow>>& columns, const RunResult& run) {
    std::string out;
    for (std::size_t k = 0; k < run.episodes.size(); ++k) out += CsvRowLine(columns, EpisodeRow{run, run.episodes[k], k});
    return out;
}

std::string EpisodesCsv(const std::vector<RunResult>& runs) {
    const auto columns = EpisodeColumns();
    std::string out = CsvHeaderLine(columns);
    for (const RunResult& r : runs) out += EpisodesCsvRows(columns, r);
    return out;
}

std::string RunsCsv(const std::vector<RunResult>& runs, const Scenario& scenario) {
    const auto columns = RunColumns(scenario);
    std::string out = CsvHeaderLine(columns);
    for (const RunResult& r : runs) out += CsvRowLine(columns, r);
    return out;
}

TableDef EpisodesTable(const std::vector<FieldDef>& design) {
    return {"episodes", "episodes.csv", "One row per episode of each run: what a camera shows, measured and coded.",
            Fields(EpisodeColumns(design))};
}

TableDef RunsTable(const Scenario& scenario, const std::vector<FieldDef>& design) {
    return {"runs", "runs.csv", "One row per dyad: parameters as used, the coder's classification, hidden learning and physiology.",
            Fields(RunColumns(scenario, design))};
}

std::string ExportDataPackage(const std::string& package_name, const Scenario& scenario, const std::vector<FieldDef>& design) {
    return DataPackageJson(package_name, {RunsTable(scenario, design), EpisodesTable(design)});
}

}  // namespace sb
