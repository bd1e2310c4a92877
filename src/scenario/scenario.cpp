// Scenario loading with toml++: known tables and keys only, every number range-checked.
#include "scenario/scenario.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <toml++/toml.h>

namespace sb {

namespace {

std::string Where(const std::string& source, const toml::source_region& r) {
    std::ostringstream os;
    os << source;
    if (r.begin.line > 0) os << ":" << r.begin.line << ":" << r.begin.column;
    return os.str();
}

std::string Num(double v) {
    std::ostringstream os;
    os << v;
    return os.str();
}

class Reader {
public:
    explicit Reader(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void Fail(const toml::node& at, const std::string& msg) const {
        throw ScenarioError(Where(source_, at.source()) + ": " + msg);
    }

    // Rejects keys the format does not know, so a typo never silently falls back to a default.
    void OnlyKeys(const toml::table& t, const std::string& table_name, const std::set<std::string>& allowed) const {
        for (const auto& [key, node] : t) {
            const std::string k(key.str());
            if (!allowed.count(k)) {
                std::string list;
                for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
                Fail(node, "unknown key '" + k + "' in [" + table_name + "] (known keys: " + list + ")");
            }
        }
    }

    const toml::table* Table(const toml::table& root, const char* name) const {
        const toml::node* n = root.get(name);
        if (!n) return nullptr;
        if (!n->is_table()) Fail(*n, std::string("'") + name + "' must be a table ([" + name + "])");
        return n->as_table();
    }

    void Number(const toml::table& t, const std::string& table_name, const char* key, double lo, double hi,
                const char* unit, double& out) const {
        const toml::node* n = t.get(key);
        if (!n) return;
        const std::string name = table_name + "." + key;
        const std::string range = "allowed range " + Num(lo) + " to " + Num(hi) + (unit[0] ? std::string(" ") + unit : "");
        double v;
        if (auto i = n->value_exact<std::int64_t>()) {
            v = static_cast<double>(*i);
        } else if (auto d = n->value_exact<double>()) {
            v = *d;
        } else {
            Fail(*n, name + " must be a number (" + range + ")");
        }
        if (!(v >= lo && v <= hi)) Fail(*n, name + " = " + Num(v) + " is out of range (" + range + ")");
        out = v;
    }

    void Bool(const toml::table& t, const std::string& table_name, const char* key, bool& out) const {
        const toml::node* n = t.get(key);
        if (!n) return;
        if (auto b = n->value_exact<bool>()) {
            out = *b;
        } else {
            Fail(*n, table_name + "." + key + " must be true or false");
        }
    }

    void String(const toml::table& t, const std::string& table_name, const char* key, std::string& out) const {
        const toml::node* n = t.get(key);
        if (!n) return;
        if (auto s = n->value_exact<std::string>()) {
            out = *s;
        } else {
            Fail(*n, table_name + "." + key + " must be a string");
        }
    }

    void Seed(const toml::table& t, std::uint64_t& out) const {
        const toml::node* n = t.get("seed");
        if (!n) return;
        auto i = n->value_exact<std::int64_t>();
        if (!i || *i < 0) Fail(*n, "scenario.seed must be a whole number (allowed range 0 to " + std::to_string(kMaxSeed) + ")");
        out = static_cast<std::uint64_t>(*i);
    }

private:
    std::string source_;
};

void ReadCaregiver(const Reader& rd, const toml::table& t, const std::string& table, CaregiverDef& c) {
    rd.Number(t, table, "sensitivity", 1, 9, "(Ainsworth scale)", c.sensitivity);
    rd.Number(t, table, "consistency", 0, 1, "", c.consistency);
    rd.Number(t, table, "acceptance", 1, 9, "(Ainsworth scale)", c.acceptance);
    rd.Number(t, table, "frightening", 0, 1, "", c.frightening);
    rd.Number(t, table, "walk_speed_mps", 0.3, 2.0, "m/s", c.walk_speed_mps);
}

// A population entry: a number (every dyad the same) or a table such as
// { dist = "normal", mean = 6, sd = 1.5 }, { dist = "uniform", min = 0.2, max = 0.6, share = 0.1 }.
void ReadDistribution(const Reader& rd, const toml::table& pop, const char* key, double lo, double hi,
                      ParameterDistribution& d) {
    const toml::node* n = pop.get(key);
    if (!n) return;
    const std::string name = std::string("population.") + key;
    const std::string range = Num(lo) + " to " + Num(hi);
    d.set = true;
    if (n->is_number()) {
        d.kind = ParameterDistribution::Kind::Fixed;
        rd.Number(pop, "population", key, lo, hi, "", d.a);
        return;
    }
    const toml::table* t = n->as_table();
    if (!t) rd.Fail(*n, name + " must be a number or a table like { dist = \"normal\", mean = ..., sd = ... }");
    rd.OnlyKeys(*t, name, {"dist", "value", "mean", "sd", "min", "max", "share", "otherwise"});
    std::string dist = "fixed";
    rd.String(*t, name, "dist", dist);
    if (dist == "fixed") {
        d.kind = ParameterDistribution::Kind::Fixed;
        if (!t->get("value")) rd.Fail(*n, name + ": a fixed distribution needs value (allowed range " + range + ")");
        rd.Number(*t, name, "value", lo, hi, "", d.a);
    } else if (dist == "normal") {
        d.kind = ParameterDistribution::Kind::Normal;
        if (!t->get("mean") || !t->get("sd")) rd.Fail(*n, name + ": a normal distribution needs mean and sd");
        rd.Number(*t, name, "mean", lo, hi, "", d.a);
        rd.Number(*t, name, "sd", 0, hi - lo, "", d.b);
    } else if (dist == "uniform") {
        d.kind = ParameterDistribution::Kind::Uniform;
        if (!t->get("min") || !t->get("max")) rd.Fail(*n, name + ": a uniform distribution needs min and max");
        rd.Number(*t, name, "min", lo, hi, "", d.a);
        rd.Number(*t, name, "max", lo, hi, "", d.b);
        if (d.b < d.a) rd.Fail(*t->get("max"), name + ".max must not be below min");
    } else {
        rd.Fail(*t->get("dist"), name + ".dist = \"" + dist + "\" is not known (allowed: \"fixed\", \"normal\", \"uniform\")");
    }
    rd.Number(*t, name, "share", 0, 1, "", d.share);
    if (d.share < 1.0 && !t->get("otherwise"))
        rd.Fail(*n, name + ": with share below 1, say what the other dyads get: otherwise = ... (allowed range " + range + ")");
    rd.Number(*t, name, "otherwise", lo, hi, "", d.otherwise);
}

// "4, 6, 7" or "5 and 8": the episodes a protocol key may name.
std::string ListOf(const std::vector<int>& numbers) {
    std::string out;
    for (std::size_t i = 0; i < numbers.size(); ++i)
        out += (i == 0 ? "" : i + 1 == numbers.size() ? " and " : ", ") + std::to_string(numbers[i]);
    return out.empty() ? "none" : out;
}

void ReadEpisodeOverrides(const Reader& rd, const toml::table& protocol, ProtocolDef& p) {
    const toml::node* n = protocol.get("episode");
    if (!n) return;
    const toml::array* arr = n->as_array();
    if (!arr) rd.Fail(*n, "protocol.episode must be an array of tables ([[protocol.episode]])");
    for (const toml::node& item : *arr) {
        const toml::table* t = item.as_table();
        if (!t) rd.Fail(item, "each [[protocol.episode]] entry must be a table");
        rd.OnlyKeys(*t, "protocol.episode", {"number", "duration_s", "curtailable", "extendable"});
        double number = 0;
        const std::string numbers = "allowed range 1 to " + std::to_string(p.episodes.size());
        if (!t->get("number")) rd.Fail(item, "[[protocol.episode]] needs a number (" + numbers + ")");
        rd.Number(*t, "protocol.episode", "number", 1, static_cast<double>(p.episodes.size()), "", number);
        if (number != static_cast<int>(number)) rd.Fail(*t->get("number"), "protocol.episode.number must be a whole number (" + numbers + ")");
        EpisodeDef& ep = p.episodes[static_cast<std::size_t>(number) - 1];
        const double old = ep.nominal_s;
        rd.Number(*t, "protocol.episode", "duration_s", 10, 1200, "s", ep.nominal_s);
        // Cues scheduled relative to the end (the exit lead) move with a new duration.
        for (Cue& c : ep.cues) {
            if (c.kind == CueKind::LeaveRoom && c.who == AgentId::Caregiver && c.at_s > old / 2) {
                c.at_s = std::max(0.0, ep.nominal_s - (old - c.at_s));
            } else if (c.at_s > ep.nominal_s) {
                c.at_s = ep.nominal_s;
            }
        }
        rd.Bool(*t, "protocol.episode", "curtailable", ep.curtailable);
        rd.Bool(*t, "protocol.episode", "extendable", ep.extendable);
        // Curtailing means ending a separation early and extending means holding a reunion open:
        // neither makes sense elsewhere (the caregiver would be left in the room, or never come).
        const ProtocolRoles roles = RolesOf(p);
        if (ep.curtailable && !ep.separation)
            rd.Fail(*t->get("curtailable"), "protocol.episode.curtailable: episode " + std::to_string(ep.number) +
                                                " is not a separation (the caregiver is in the room); allowed only for " +
                                                ListOf(roles.Separations()));
        if (ep.extendable && !ep.reunion)
            rd.Fail(*t->get("extendable"), "protocol.episode.extendable: episode " + std::to_string(ep.number) +
                                               " is not a reunion; allowed only for " + ListOf(roles.Reunions()));
    }
}

}  // namespace

Scenario DefaultScenario() {
    Scenario s;
    s.description = "A sensitive, consistent caregiver and a typical infant.";
    return s;
}

Scenario ParseScenario(std::string_view text, const std::string& source) {
    toml::table root;
    try {
        root = toml::parse(text, source);
    } catch (const toml::parse_error& e) {
        throw ScenarioError(Where(source, e.source()) + ": TOML syntax error: " + std::string(e.description()));
    }
    Reader rd(source);
    Scenario sc = DefaultScenario();
    sc.source = source;
    sc.name = std::filesystem::path(source).stem().string();
    rd.OnlyKeys(root, "top level", {"scenario", "caregiver", "today", "history", "stranger", "infant", "protocol", "population"});

    if (const toml::table* t = rd.Table(root, "scenario")) {
        rd.OnlyKeys(*t, "scenario", {"name", "description", "seed"});
        rd.String(*t, "scenario", "name", sc.name);
        rd.String(*t, "scenario", "description", sc.description);
        rd.Seed(*t, sc.sim.seed);
    }
    if (const toml::table* t = rd.Table(root, "caregiver")) {
        CaregiverDef& c = sc.sim.history.caregiver;
        rd.OnlyKeys(*t, "caregiver", {"sensitivity", "consistency", "acceptance", "frightening", "walk_speed_mps", "change"});
        ReadCaregiver(rd, *t, "caregiver", c);
        if (const toml::node* n = t->get("change")) {
            const toml::array* arr = n->as_array();
            if (!arr) rd.Fail(*n, "caregiver.change must be an array of tables ([[caregiver.change]])");
            CaregiverDef phase = c;
            double last_month = 0.0;
            for (const toml::node& item : *arr) {
                const toml::table* ct = item.as_table();
                if (!ct) rd.Fail(item, "each [[caregiver.change]] entry must be a table");
                rd.OnlyKeys(*ct, "caregiver.change", {"at_month", "sensitivity", "consistency", "acceptance", "frightening"});
                if (!ct->get("at_month")) rd.Fail(item, "[[caregiver.change]] needs at_month (allowed range 0 to 24 months)");
                CaregivingChange change;
                rd.Number(*ct, "caregiver.change", "at_month", 0, 24, "months", change.at_month);
                if (change.at_month < last_month)
                    rd.Fail(*ct->get("at_month"), "caregiver.change entries must be in order of at_month");
                last_month = change.at_month;
                ReadCaregiver(rd, *ct, "caregiver.change", phase);
                change.caregiver = phase;
                sc.sim.history.changes.push_back(change);
            }
        }
    }
    // Today she behaves as at the end of her history, unless [today] says otherwise.
    sc.sim.caregiver = sc.sim.history.changes.empty() ? sc.sim.history.caregiver : sc.sim.history.changes.back().caregiver;
    if (const toml::table* t = rd.Table(root, "today")) {
        rd.OnlyKeys(*t, "today", {"sensitivity", "consistency", "acceptance", "frightening", "walk_speed_mps"});
        ReadCaregiver(rd, *t, "today", sc.sim.caregiver);
        sc.population.today_given = true;
    }
    if (const toml::table* t = rd.Table(root, "history")) {
        rd.OnlyKeys(*t, "history", {"months", "episodes_per_month"});
        rd.Number(*t, "history", "months", 1, 24, "months", sc.sim.history.months);
        double per_month = sc.sim.history.episodes_per_month;
        rd.Number(*t, "history", "episodes_per_month", 30, 3000, "", per_month);
        sc.sim.history.episodes_per_month = static_cast<int>(per_month);
    }
    // A change must happen during the history the infant learns from.
    if (const toml::table* c = root["caregiver"].as_table()) {
        if (const toml::array* changes = c->get_as<toml::array>("change")) {
            for (const toml::node& item : *changes) {
                const toml::node* at = item.as_table() ? item.as_table()->get("at_month") : nullptr;
                double month = 0;
                if (at && at->value<double>()) month = *at->value<double>();
                if (at && month >= sc.sim.history.months)
                    rd.Fail(*at, "caregiver.change.at_month = " + Num(month) + " is after the first year ends (allowed range 0 to below " +
                                     Num(sc.sim.history.months) + " months, the history's length)");
            }
        }
    }
    if (const toml::table* t = rd.Table(root, "stranger")) {
        StrangerDef& s = sc.sim.stranger;
        rd.OnlyKeys(*t, "stranger", {"responsiveness", "comfort_quality", "walk_speed_mps"});
        rd.Number(*t, "stranger", "responsiveness", 0, 1, "", s.responsiveness);
        rd.Number(*t, "stranger", "comfort_quality", 0, 1, "", s.comfort_quality);
        rd.Number(*t, "stranger", "walk_speed_mps", 0.3, 2.0, "m/s", s.walk_speed_mps);
    }
    if (const toml::table* t = rd.Table(root, "infant")) {
        InfantDef& i = sc.sim.infant;
        rd.OnlyKeys(*t, "infant", {"reactivity", "soothability", "sociability", "curiosity", "crawl_speed_mps"});
        rd.Number(*t, "infant", "reactivity", 0, 1, "", i.reactivity);
        rd.Number(*t, "infant", "soothability", 0, 1, "", i.soothability);
        rd.Number(*t, "infant", "sociability", 0, 1, "", i.sociability);
        rd.Number(*t, "infant", "curiosity", 0, 1, "", i.curiosity);
        rd.Number(*t, "infant", "crawl_speed_mps", 0.1, 0.8, "m/s", i.crawl_speed_mps);
    }
    if (const toml::table* t = rd.Table(root, "population")) {
        PopulationDef& p = sc.population;
        p.enabled = true;
        rd.OnlyKeys(*t, "population", {"sensitivity", "consistency", "acceptance", "frightening", "reactivity",
                                       "soothability", "sociability", "curiosity"});
        ReadDistribution(rd, *t, "sensitivity", 1, 9, p.sensitivity);
        ReadDistribution(rd, *t, "consistency", 0, 1, p.consistency);
        ReadDistribution(rd, *t, "acceptance", 1, 9, p.acceptance);
        ReadDistribution(rd, *t, "frightening", 0, 1, p.frightening);
        ReadDistribution(rd, *t, "reactivity", 0, 1, p.reactivity);
        ReadDistribution(rd, *t, "soothability", 0, 1, p.soothability);
        ReadDistribution(rd, *t, "sociability", 0, 1, p.sociability);
        ReadDistribution(rd, *t, "curiosity", 0, 1, p.curiosity);
    }
    if (const toml::table* t = rd.Table(root, "protocol")) {
        ProtocolDef& p = sc.sim.protocol;
        rd.OnlyKeys(*t, "protocol", {"step_s", "curtail_separations", "hard_cry_s", "hard_cry_level",
                                     "extend_reunions", "max_extension_s", "settled_s", "episode"});
        rd.Number(*t, "protocol", "step_s", 0.01, 0.5, "s", sc.sim.step_s);
        rd.Bool(*t, "protocol", "curtail_separations", p.curtailment.enabled);
        rd.Number(*t, "protocol", "hard_cry_s", 5, 600, "s", p.curtailment.hard_cry_s);
        rd.Number(*t, "protocol", "hard_cry_level", 0.1, 1, "", p.curtailment.hard_cry_level);
        rd.Bool(*t, "protocol", "extend_reunions", p.extension.enabled);
        rd.Number(*t, "protocol", "max_extension_s", 0, 600, "s", p.extension.max_extra_s);
        rd.Number(*t, "protocol", "settled_s", 1, 120, "s", p.extension.settled_s);
        ReadEpisodeOverrides(rd, *t, p);
    }
    return sc;
}

Scenario LoadScenario(const std::string& path_or_name) {
    namespace fs = std::filesystem;
    fs::path path(path_or_name);
    std::error_code probe;
    if (!fs::exists(path, probe) && path.extension().empty() && !path.has_parent_path()) {
        const fs::path shipped = fs::path(SB_SCENARIO_DIR) / (path_or_name + ".toml");
        if (fs::exists(shipped, probe)) path = shipped;
    }
    std::error_code ec;
    if (!fs::exists(path, ec)) throw ScenarioError(path_or_name + ": no such scenario file");
    if (fs::is_directory(path, ec)) throw ScenarioError(path_or_name + ": is a folder, not a scenario file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ScenarioError(path_or_name + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return ParseScenario(text.str(), path.string());
}

}  // namespace sb
