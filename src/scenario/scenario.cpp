// Scenario loading with toml++: known tables and keys only, every number range-checked. Which keys
// a table knows, their ranges and units come from the parameter registry (params/).
#include "scenario/scenario.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <toml++/toml.h>
#include <vector>

#include "params/param_registry.h"
#include "scenario/scenario_catalog.h"
#include "scenario/toml_screen.h"
#include "scenario/trial_reader.h"

namespace sb {

namespace {

std::string Where(const std::string& source, const toml::source_region& r) {
    std::ostringstream os;
    os << source;
    if (r.begin.line > 0) os << ":" << r.begin.line << ":" << r.begin.column;
    return os.str();
}

// A number as the shortest text that reads back as exactly the same double. Messages must not
// round: "acceptance = 9.0000001 is out of range (1 to 9)" has to show a value different from the
// bound it broke, and the shortest round-trip text of any double other than 9 is never "9". (The
// source text itself is not used: toml++ gives a node's line and column but not its text, and the
// value compared is the double anyway; 1_000 and 0x10 are shown as 1000 and 16.)
std::string Num(double v) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

class Reader {
public:
    explicit Reader(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void Fail(const toml::node& at, const std::string& msg) const {
        throw ScenarioError(Where(source_, at.source()) + ": " + msg);
    }

    // Rejects keys the format does not know, so a typo never silently falls back to a default. A
    // short list of known keys is given whole; a long one (the model's tables) by the closest names.
    void OnlyKeys(const toml::table& t, const std::string& table_name, const std::set<std::string>& allowed) const {
        for (const auto& [key, node] : t) {
            const std::string k(key.str());
            if (!allowed.count(k)) Fail(node, UnknownKey(k, table_name, std::vector<std::string>(allowed.begin(), allowed.end())));
        }
    }

    static std::string UnknownKey(const std::string& key, const std::string& table_name, const std::vector<std::string>& known) {
        std::string list;
        if (known.size() <= 12) {
            for (const auto& a : known) list += (list.empty() ? "" : ", ") + a;
            return "unknown key '" + ShortForMessage(key) + "' in [" + table_name + "] (known keys: " + list + ")";
        }
        for (const auto& a : CloseMatches(key, known, 5)) list += (list.empty() ? "" : ", ") + a;
        return "unknown key '" + ShortForMessage(key) + "' in [" + table_name + "] (did you mean: " + list + "? it knows " +
               std::to_string(known.size()) + " keys; 'securebase-cli params' lists them all)";
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

    // One registry parameter, if `t` has it; `shown` is its name in messages.
    void Param(const toml::table& t, const ParamEntry& e, const std::string& shown, SimulationDef& def) const {
        const toml::node* n = t.get(e.Key());
        if (n) e.set(def, ValueOf(*n, e, shown));
    }

    // A registry parameter's value, checked against its kind and range.
    double ValueOf(const toml::node& n, const ParamEntry& e, const std::string& shown) const {
        const std::string range = "allowed range " + e.RangeText();
        if (e.kind == ParamKind::Flag) {
            if (auto b = n.value_exact<bool>()) return *b ? 1.0 : 0.0;
            Fail(n, shown + " must be true or false");
        }
        double v;
        if (auto i = n.value_exact<std::int64_t>()) {
            v = static_cast<double>(*i);
        } else if (auto d = n.value_exact<double>()) {
            v = *d;
        } else {
            Fail(n, shown + " must be a number (" + range + ")");
        }
        if (!(v >= e.min && v <= e.max)) Fail(n, shown + " = " + Num(v) + " is out of range (" + range + ")");
        if (e.kind == ParamKind::Integer && v != static_cast<double>(static_cast<std::int64_t>(v)))
            Fail(n, shown + " must be a whole number (" + range + ")");
        return v;
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
        const std::string range = "allowed range 0 to " + std::to_string(kMaxSeed) +
                                  "; above 9223372036854775807 write it as a quoted string of digits";
        if (auto s = n->value_exact<std::string>()) {
            const std::optional<std::uint64_t> v = ParseSeed(*s);
            if (!v) Fail(*n, "scenario.seed = \"" + ShortForMessage(*s) + "\" is not a whole number (" + range + ")");
            out = *v;
            return;
        }
        auto i = n->value_exact<std::int64_t>();
        if (!i || *i < 0) Fail(*n, "scenario.seed must be a whole number (" + range + ")");
        out = static_cast<std::uint64_t>(*i);
    }

private:
    std::string source_;
};

// The keys of a registry group ("caregiver" -> sensitivity, consistency, ...).
std::set<std::string> KeysOf(const std::string& group) {
    std::set<std::string> keys;
    for (const ParamEntry* e : ParamsInGroup(group)) keys.insert(std::string(e->Key()));
    return keys;
}

// A table whose keys are a registry group, plus any keys the registry does not cover (`extra`).
void ReadGroup(const Reader& rd, const toml::table& t, const std::string& group, std::set<std::string> extra,
               SimulationDef& def) {
    std::set<std::string> known = KeysOf(group);
    known.insert(extra.begin(), extra.end());
    rd.OnlyKeys(t, group, known);
    for (const ParamEntry* e : ParamsInGroup(group)) rd.Param(t, *e, e->name, def);
}

// [model] and its sub-tables [model.infant], [model.caregiving], ...: every model constant by name.
void ReadModel(const Reader& rd, const toml::node& model, SimulationDef& def) {
    const toml::table* t = model.as_table();
    if (!t) rd.Fail(model, "'model' must be a table ([model.infant], [model.caregiving], ...)");
    std::vector<std::string> parts;
    for (const std::string& g : ParamGroups())
        if (g.rfind("model.", 0) == 0) parts.push_back(g.substr(6));
    for (const auto& [key, node] : *t) {
        const std::string k(key.str());
        if (std::find(parts.begin(), parts.end(), k) == parts.end() || !node.is_table()) {
            std::string list;
            for (const auto& p : parts) list += (list.empty() ? "" : ", ") + std::string("[model.") + p + "]";
            rd.Fail(node, "unknown key '" + ShortForMessage(k) + "' in [model] (the model's constants are in the tables " + list + ")");
        }
        ReadGroup(rd, *node.as_table(), "model." + k, {}, def);
    }
}

// One [[caregiver.change]]: the caregiver's keys (not her walking speed) change `phase`.
void ReadChange(const Reader& rd, const toml::table& t, CaregiverDef& phase) {
    SimulationDef scratch;
    scratch.history.caregiver = phase;
    for (const ParamEntry* e : ParamsInGroup("caregiver"))
        if (e->Key() != "walk_speed_mps") rd.Param(t, *e, "caregiver.change." + std::string(e->Key()), scratch);
    phase = scratch.history.caregiver;
}

// A population entry for a flag: true or false (every dyad the same), or { value = true, share = 0.3,
// otherwise = false } (each dyad true with probability 0.3): the only distribution a flag can have.
ParameterDistribution ReadFlagDistribution(const Reader& rd, const toml::node& n, const std::string& name, const ParamEntry& e) {
    ParameterDistribution d;
    d.kind = ParameterDistribution::Kind::Fixed;
    if (n.is_boolean()) {
        d.a = rd.ValueOf(n, e, name);
        return d;
    }
    const toml::table* t = n.as_table();
    if (!t) rd.Fail(n, name + ": " + e.name + " is true or false: give true, false or { value = true, share = 0.3, otherwise = false }");
    std::string dist = "fixed";
    rd.String(*t, name, "dist", dist);
    if (dist != "fixed")
        rd.Fail(*t->get("dist"), name + ".dist = \"" + ShortForMessage(dist) + "\": " + e.name + " is true or false, so only \"fixed\" (with share and otherwise) is allowed");
    rd.OnlyKeys(*t, name, {"dist", "value", "share", "otherwise"});
    if (!t->get("value")) rd.Fail(n, name + ": needs value = true or false");
    d.a = rd.ValueOf(*t->get("value"), e, name + ".value");
    if (const toml::node* k = t->get("share")) {
        ParamEntry share = e;
        share.kind = ParamKind::Real;
        share.min = 0.0;
        share.max = 1.0;
        d.share = rd.ValueOf(*k, share, name + ".share");
    }
    if (d.share < 1.0 && !t->get("otherwise")) rd.Fail(n, name + ": with share below 1, say what the other dyads get: otherwise = true or false");
    if (const toml::node* k = t->get("otherwise")) d.otherwise = rd.ValueOf(*k, e, name + ".otherwise");
    return d;
}

// A population entry: a number (every dyad the same) or a table such as
// { dist = "normal", mean = 6, sd = 1.5 }, { dist = "uniform", min = 0.2, max = 0.6, share = 0.1 }.
// Values are checked against the parameter's registry range.
ParameterDistribution ReadDistribution(const Reader& rd, const toml::node& n, const std::string& name, const ParamEntry& e) {
    ParameterDistribution d;
    if (e.kind == ParamKind::Flag) return ReadFlagDistribution(rd, n, name, e);
    ParamEntry value = e;  // the same range, under the names of the distribution's keys
    const std::string range = e.RangeText();
    if (n.is_number()) {
        d.kind = ParameterDistribution::Kind::Fixed;
        d.a = rd.ValueOf(n, value, name);
        return d;
    }
    const toml::table* t = n.as_table();
    if (!t) rd.Fail(n, name + " must be a number or a table like { dist = \"normal\", mean = ..., sd = ... }");
    rd.OnlyKeys(*t, name, {"dist", "value", "mean", "sd", "min", "max", "share", "otherwise"});
    auto number = [&](const char* key, double& out, const ParamEntry& as) {
        if (const toml::node* k = t->get(key)) out = rd.ValueOf(*k, as, name + "." + key);
    };
    // A value every dyad (or the rest, `otherwise`) gets as it stands must be whole for a whole-number
    // parameter; a mean, an sd or a bound need not be, and a draw from them is rounded to the nearest
    // whole number when it is stored.
    const ParamEntry as_given = value;
    value.kind = ParamKind::Real;
    std::string dist = "fixed";
    rd.String(*t, name, "dist", dist);
    if (dist == "fixed") {
        d.kind = ParameterDistribution::Kind::Fixed;
        if (!t->get("value")) rd.Fail(n, name + ": a fixed distribution needs value (allowed range " + range + ")");
        number("value", d.a, as_given);
    } else if (dist == "normal") {
        d.kind = ParameterDistribution::Kind::Normal;
        if (!t->get("mean") || !t->get("sd")) rd.Fail(n, name + ": a normal distribution needs mean and sd");
        number("mean", d.a, value);
        ParamEntry sd = value;
        sd.min = 0.0;
        sd.max = e.max - e.min;
        number("sd", d.b, sd);
    } else if (dist == "uniform") {
        d.kind = ParameterDistribution::Kind::Uniform;
        if (!t->get("min") || !t->get("max")) rd.Fail(n, name + ": a uniform distribution needs min and max");
        number("min", d.a, value);
        number("max", d.b, value);
        if (d.b < d.a) rd.Fail(*t->get("max"), name + ".max must not be below min");
    } else {
        rd.Fail(*t->get("dist"), name + ".dist = \"" + ShortForMessage(dist) + "\" is not known (allowed: \"fixed\", \"normal\", \"uniform\")");
    }
    ParamEntry share = value;
    share.min = 0.0;
    share.max = 1.0;
    share.unit.clear();
    number("share", d.share, share);
    if (d.share < 1.0 && !t->get("otherwise"))
        rd.Fail(n, name + ": with share below 1, say what the other dyads get: otherwise = ... (allowed range " + range + ")");
    number("otherwise", d.otherwise, as_given);
    return d;
}

// Every name a [population] entry may have: the bare names, then every registry name.
std::vector<std::string> PopulationNames() {
    std::vector<std::string> names{"sensitivity", "consistency", "acceptance", "frightening",
                                   "reactivity",  "soothability", "sociability", "curiosity"};
    for (const ParamEntry& e : ParamRegistry()) names.push_back(e.name);
    return names;
}

// [population]: any registry parameter by its name (nested tables and dotted keys spell it out:
// model.infant.cry_onset), or by the bare names populations have always used (sensitivity, ...).
void ReadPopulation(const Reader& rd, const toml::table& t, const std::string& prefix, PopulationDef& p) {
    for (const auto& [key, node] : t) {
        const std::string k(key.str());
        if (prefix.empty() && k == "correlations") continue;  // read once every distribution is known
        const std::string path = prefix.empty() ? k : prefix + "." + k;
        std::string name = FindParam(path) ? path : prefix.empty() ? PopulationAlias(k) : "";
        if (!name.empty()) {
            if (p.Find(name)) rd.Fail(node, "population." + path + ": " + name + " is given a distribution twice");
            p.Set(name, ReadDistribution(rd, node, "population." + path, *FindParam(name)));
            continue;
        }
        bool opens_a_group = false;
        const std::string group = path + ".";
        for (const ParamEntry& e : ParamRegistry()) opens_a_group |= e.name.rfind(group, 0) == 0;
        if (opens_a_group && node.is_table()) {
            ReadPopulation(rd, *node.as_table(), path, p);
            continue;
        }
        std::vector<std::string> known = PopulationNames();
        known.push_back("correlations");
        rd.Fail(node, Reader::UnknownKey(path, "population", known));
    }
}

// A parameter named in a correlation: by its registry name or a bare name, drawn from a normal
// distribution for every dyad. Returns its registry name.
std::string CorrelatedParameter(const Reader& rd, const toml::node& n, const PopulationDef& p) {
    const std::string shown = *n.value_exact<std::string>();
    const std::string name = FindParam(shown) ? shown : PopulationAlias(shown);
    const std::string where = "population.correlations: ";
    if (name.empty()) {
        std::string list;
        for (const auto& a : CloseMatches(shown, PopulationNames(), 5)) list += (list.empty() ? "" : ", ") + a;
        rd.Fail(n, where + "no parameter is named '" + ShortForMessage(shown) + "' (did you mean: " + list + "?)");
    }
    const std::string only = "; only parameters drawn from a normal distribution for every dyad can be correlated";
    const ParameterDistribution* d = p.Find(name);
    if (!d) rd.Fail(n, where + shown + " is not drawn in this population (give it a normal distribution in [population])" + only);
    const std::string why = WhyNotCorrelatable(*d);
    if (!why.empty()) rd.Fail(n, where + shown + " " + why + only);
    return name;
}

// Where the correlations contradict one another: the first row of the matrix that cannot be
// factored is paired with earlier rows by one or more correlations; the error points at the latest
// of them that could be changed to make the matrix possible, and says to what range.
[[noreturn]] void FailInconsistent(const Reader& rd, const std::vector<const toml::node*>& at, const PopulationDef& p,
                                   const CorrelationMatrix& m, int failed_row) {
    const auto slot = [&](const std::string& name) { return m.RowOf(p, name); };
    std::vector<std::size_t> in_row;  // latest line first
    for (std::size_t c = 0; c < p.correlations.size(); ++c)
        if (std::max(slot(p.correlations[c].first), slot(p.correlations[c].second)) == failed_row) in_row.push_back(c);
    std::stable_sort(in_row.begin(), in_row.end(), [&](std::size_t x, std::size_t y) {
        return at[x]->source().begin.line > at[y]->source().begin.line;
    });
    const std::string msg = "population.correlations: the correlations given are not consistent with one another (no population can have them all)";
    for (std::size_t c : in_row) {
        const ParameterCorrelation& pair = p.correlations[c];
        const int a = slot(pair.first), b = slot(pair.second);
        // The values of one correlation that keep the matrix possible form an interval (possible
        // correlation matrices are a convex set): find it on a grid of 0.001, whose points found are
        // inside it.
        std::vector<std::vector<double>> trial = m.r;
        double lo = 2.0, hi = -2.0;
        for (int step = -1000; step <= 1000; ++step) {
            trial[a][b] = trial[b][a] = step / 1000.0;
            if (FactorCorrelations(trial).Consistent()) {
                lo = std::min(lo, step / 1000.0);
                hi = std::max(hi, step / 1000.0);
            }
        }
        if (lo > hi) continue;
        const std::string range = lo < hi ? "only from " + Num(lo) + " to " + Num(hi) : "only at " + Num(lo);
        rd.Fail(*at[c], msg + "; with the others as given, " + PopulationName(pair.first) + " and " + PopulationName(pair.second) +
                            " can correlate " + range + ", not " + Num(pair.r));
    }
    std::string names;
    for (int i = 0; i <= failed_row; ++i)
        names += std::string(i == 0 ? "" : i == failed_row ? " and " : ", ") + PopulationName(p.draws[m.draws[i]].parameter);
    rd.Fail(*at[in_row.empty() ? at.size() - 1 : in_row.front()], msg + "; the correlations among " + names + " contradict one another");
}

// [population] correlations = [ { between = ["sensitivity", "acceptance"], r = 0.5 }, ... ] (or the
// same entries as [[population.correlations]] tables): Pearson correlations between pairs of
// normally drawn parameters. Every pair once; together they must be a possible correlation matrix.
void ReadCorrelations(const Reader& rd, const toml::node& n, PopulationDef& p) {
    const std::string example = "{ between = [\"sensitivity\", \"acceptance\"], r = 0.5 }";
    const toml::array* arr = n.as_array();
    if (!arr) rd.Fail(n, "population.correlations must be a list of pairs, like correlations = [ " + example + " ]");
    std::vector<const toml::node*> at;  // where each correlation was given
    for (const toml::node& item : *arr) {
        const toml::table* t = item.as_table();
        if (!t) rd.Fail(item, "each entry of population.correlations must be a pair like " + example);
        rd.OnlyKeys(*t, "population.correlations", {"between", "r"});
        const toml::node* between = t->get("between");
        if (!between || !t->get("r"))
            rd.Fail(item, "population.correlations: each entry needs between = [\"...\", \"...\"] and r (allowed range -1 to 1)");
        const toml::array* names = between->as_array();
        if (!names || names->size() != 2 || !(*names)[0].is_string() || !(*names)[1].is_string())
            rd.Fail(*between, "population.correlations.between must name two parameters, like [\"sensitivity\", \"acceptance\"]");
        ParameterCorrelation c;
        c.first = CorrelatedParameter(rd, (*names)[0], p);
        c.second = CorrelatedParameter(rd, (*names)[1], p);
        rd.Number(*t, "population.correlations", "r", -1.0, 1.0, "", c.r);
        if (c.first == c.second)
            rd.Fail(*between, "population.correlations: " + PopulationName(c.first) + " is paired with itself (its correlation with itself is always 1)");
        for (std::size_t i = 0; i < p.correlations.size(); ++i) {
            const ParameterCorrelation& earlier = p.correlations[i];
            if ((earlier.first == c.first && earlier.second == c.second) || (earlier.first == c.second && earlier.second == c.first))
                rd.Fail(*between, "population.correlations: the pair " + PopulationName(c.first) + " and " + PopulationName(c.second) +
                                      " is given twice (first on line " + std::to_string(at[i]->source().begin.line) + ")");
        }
        p.correlations.push_back(c);
        at.push_back(&item);
    }
    const CorrelationMatrix m = CorrelationsOf(p);
    const CholeskyFactor f = FactorCorrelations(m.r);
    if (!f.Consistent()) FailInconsistent(rd, at, p, m, f.failed_row);
}

// A whole number in [lo, hi] under `name`, for the sweep's counts.
int WholeNumber(const Reader& rd, const toml::node& n, const std::string& name, long long lo, long long hi) {
    const std::string range = "allowed range " + std::to_string(lo) + " to " + std::to_string(hi);
    const auto i = n.value_exact<std::int64_t>();
    if (!i) rd.Fail(n, name + " must be a whole number (" + range + ")");
    if (*i < lo || *i > hi) rd.Fail(n, name + " = " + std::to_string(*i) + " is out of range (" + range + ")");
    return static_cast<int>(*i);
}

// One swept parameter: a list of values, { values = [...] }, { from, to, steps } (a grid's evenly
// spaced levels, both ends included) or, in a Latin hypercube, { from, to }.
SweepFactor ReadSweepFactor(const Reader& rd, const toml::node& n, const std::string& shown, const ParamEntry& e, bool lhs) {
    SweepFactor f;
    f.parameter = e.name;
    const toml::table* t = n.as_table();
    const toml::array* list = n.as_array();
    if (t) {
        rd.OnlyKeys(*t, shown, lhs ? std::set<std::string>{"from", "to"} : std::set<std::string>{"values", "from", "to", "steps"});
        if (const toml::node* v = t->get("values")) {
            if (t->get("from") || t->get("to") || t->get("steps")) rd.Fail(*v, shown + ": give either values or from, to and steps, not both");
            list = v->as_array();
            if (!list) rd.Fail(*v, shown + ".values must be a list, like values = [0.2, 0.5, 0.8]");
        }
    }
    if (lhs) {
        if (!t || !t->get("from") || !t->get("to"))
            rd.Fail(n, shown + ": a Latin hypercube samples a range: give { from = ..., to = ... } (allowed range " + e.RangeText() + ")");
        if (e.kind == ParamKind::Flag) rd.Fail(n, shown + ": " + e.name + " is true or false and has no range to sample");
        f.from = rd.ValueOf(*t->get("from"), e, shown + ".from");
        f.to = rd.ValueOf(*t->get("to"), e, shown + ".to");
        if (!(f.to > f.from)) rd.Fail(*t->get("to"), shown + ".to must be above from");
        return f;
    }
    constexpr int kMaxLevels = 10000;
    if (list) {
        if (list->empty()) rd.Fail(n, shown + ": the list of values is empty");
        if (list->size() > kMaxLevels) rd.Fail(n, shown + ": more than " + std::to_string(kMaxLevels) + " values");
        for (const toml::node& v : *list) f.values.push_back(rd.ValueOf(v, e, shown));
        return f;
    }
    if (!t || !t->get("from") || !t->get("to") || !t->get("steps"))
        rd.Fail(n, shown + " must be a list of values or a table like { from = 1, to = 9, steps = 9 } (allowed range " + e.RangeText() + ")");
    if (e.kind == ParamKind::Flag) rd.Fail(n, shown + ": " + e.name + " is true or false: list its values, values = [false, true]");
    const double from = rd.ValueOf(*t->get("from"), e, shown + ".from");
    const double to = rd.ValueOf(*t->get("to"), e, shown + ".to");
    const int steps = WholeNumber(rd, *t->get("steps"), shown + ".steps", 1, kMaxLevels);
    if (steps == 1 && from != to) rd.Fail(*t->get("steps"), shown + ".steps = 1 gives one level: from and to must then be equal (or give steps of 2 or more)");
    for (int i = 0; i < steps; ++i) {
        // The ends exactly as given; the levels between evenly spaced.
        const double v = i + 1 == steps ? to : from + (to - from) * i / (steps - 1);
        if (e.kind == ParamKind::Integer && v != static_cast<double>(static_cast<long long>(v)))
            rd.Fail(*t->get("steps"), shown + ": " + e.name + " is a whole number, but steps = " + std::to_string(steps) + " from " + Num(from) +
                                          " to " + Num(to) + " gives " + Num(v) + "; choose steps so every level is whole, or list the values");
        f.values.push_back(v);
    }
    return f;
}

// The swept parameters of [sweep], by registry name (nested tables and dotted keys spell it out).
void ReadSweepFactors(const Reader& rd, const toml::table& t, const std::string& prefix, bool lhs, std::vector<SweepFactor>& out) {
    static const std::set<std::string> kDesignKeys{"design", "samples", "replicates", "seeds"};
    for (const auto& [key, node] : t) {
        const std::string k(key.str());
        if (prefix.empty() && kDesignKeys.count(k)) continue;
        const std::string path = prefix.empty() ? k : prefix + "." + k;
        if (const ParamEntry* e = FindParam(path)) {
            out.push_back(ReadSweepFactor(rd, node, "sweep." + path, *e, lhs));
            continue;
        }
        bool opens_a_group = false;
        for (const ParamEntry& e : ParamRegistry()) opens_a_group |= e.name.rfind(path + ".", 0) == 0;
        if (opens_a_group && node.is_table()) {
            ReadSweepFactors(rd, *node.as_table(), path, lhs, out);
            continue;
        }
        std::vector<std::string> known(kDesignKeys.begin(), kDesignKeys.end());
        for (const ParamEntry& e : ParamRegistry()) known.push_back(e.name);
        rd.Fail(node, Reader::UnknownKey(path, "sweep", known));
    }
}

// [sweep]: the design (grid or lhs, with samples), replicates, the seed rule and the swept
// parameters. Read after [population], whose correlated parameters cannot be swept.
void ReadSweep(const Reader& rd, const toml::table& t, const PopulationDef& population, SweepDef& s) {
    s.enabled = true;
    std::string design = "grid";
    rd.String(t, "sweep", "design", design);
    if (design == "lhs") s.design = SweepDef::Design::LatinHypercube;
    else if (design != "grid") rd.Fail(*t.get("design"), "sweep.design = \"" + ShortForMessage(design) + "\" is not known (allowed: \"grid\", \"lhs\")");
    const bool lhs = s.design == SweepDef::Design::LatinHypercube;
    if (const toml::node* n = t.get("samples")) {
        if (!lhs) rd.Fail(*n, "sweep.samples is for design = \"lhs\"; a grid has one cell per combination of the values");
        s.samples = WholeNumber(rd, *n, "sweep.samples", 1, 10000000);
    } else if (lhs) {
        rd.Fail(t, "[sweep] with design = \"lhs\" needs samples (the number of cells; allowed range 1 to 10000000)");
    }
    if (const toml::node* n = t.get("replicates")) s.replicates = WholeNumber(rd, *n, "sweep.replicates", 1, 10000000);
    std::string seeds = "independent";
    rd.String(t, "sweep", "seeds", seeds);
    if (seeds == "common") s.seeds = SweepDef::Seeds::Common;
    else if (seeds != "independent") rd.Fail(*t.get("seeds"), "sweep.seeds = \"" + ShortForMessage(seeds) + "\" is not known (allowed: \"independent\", \"common\")");
    ReadSweepFactors(rd, t, "", lhs, s.factors);
    if (s.factors.empty())
        rd.Fail(t, "[sweep] names no parameter to sweep (such as \"caregiver.sensitivity\" = { from = 1, to = 9, steps = 9 }; 'securebase-cli params' lists them)");
    std::stable_sort(s.factors.begin(), s.factors.end(),
                     [](const SweepFactor& a, const SweepFactor& b) { return ParamIndex(a.parameter) < ParamIndex(b.parameter); });
    for (const SweepFactor& f : s.factors) {
        for (const ParameterCorrelation& c : population.correlations)
            if (c.first == f.parameter || c.second == f.parameter)
                rd.Fail(t, "[sweep] sweeps " + f.parameter + ", which [population] correlates with another parameter; a swept value is fixed in each cell and cannot be correlated (remove the correlation or the sweep of it)");
    }
    if (s.Dyads() > kMaxDyads)
        rd.Fail(t, "[sweep] has " + std::to_string(s.Cells()) + " cells of " + std::to_string(s.replicates) + " replicates, more than " +
                       std::to_string(kMaxDyads) + " dyads in all");
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

std::optional<std::uint64_t> ParseSeed(std::string_view text) {
    std::uint64_t v = 0;
    if (text.empty() || text.size() > 20) return std::nullopt;
    for (char c : text)
        if (c < '0' || c > '9') return std::nullopt;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size()) return std::nullopt;
    return v;
}

Scenario DefaultScenario() {
    Scenario s;
    s.description = "A sensitive, consistent caregiver and a typical infant.";
    return s;
}

Scenario ParseScenario(std::string_view text, const std::string& source) {
    // toml++ 3.3 must not see text it could mishandle (toml_screen.h says what and why).
    if (const std::optional<ScreenProblem> p = ScreenTomlText(text))
        throw ScenarioError(source + ":" + std::to_string(p->line) + ":" + std::to_string(p->column) + ": " + p->message);
    toml::table root;
    try {
        root = toml::parse(text, source);
    } catch (const toml::parse_error& e) {
        throw ScenarioError(Where(source, e.source()) + ": TOML syntax error: " + std::string(e.description()));
    }
    Reader rd(source);
    Scenario sc = DefaultScenario();
    sc.source = source;
    sc.given = source;
    sc.text = std::string(text);
    sc.name = std::filesystem::path(source).stem().string();
    rd.OnlyKeys(root, "top level", {"scenario", "caregiver", "today", "history", "stranger", "infant", "protocol", "model",
                                    "population", "trial", "sweep"});

    if (const toml::table* t = rd.Table(root, "scenario")) {
        rd.OnlyKeys(*t, "scenario", {"name", "description", "seed"});
        rd.String(*t, "scenario", "name", sc.name);
        rd.String(*t, "scenario", "description", sc.description);
        rd.Seed(*t, sc.sim.seed);
    }
    if (const toml::table* t = rd.Table(root, "caregiver")) {
        ReadGroup(rd, *t, "caregiver", {"change"}, sc.sim);
        if (const toml::node* n = t->get("change")) {
            const toml::array* arr = n->as_array();
            if (!arr) rd.Fail(*n, "caregiver.change must be an array of tables ([[caregiver.change]])");
            CaregiverDef phase = sc.sim.history.caregiver;
            double last_month = 0.0;
            std::set<std::string> change_keys{"at_month"};
            for (const std::string& k : KeysOf("caregiver"))
                if (k != "walk_speed_mps") change_keys.insert(k);
            for (const toml::node& item : *arr) {
                const toml::table* ct = item.as_table();
                if (!ct) rd.Fail(item, "each [[caregiver.change]] entry must be a table");
                rd.OnlyKeys(*ct, "caregiver.change", change_keys);
                if (!ct->get("at_month")) rd.Fail(item, "[[caregiver.change]] needs at_month (allowed range 0 to 24 months)");
                CaregivingChange change;
                rd.Number(*ct, "caregiver.change", "at_month", 0, 24, "months", change.at_month);
                if (change.at_month < last_month)
                    rd.Fail(*ct->get("at_month"), "caregiver.change entries must be in order of at_month");
                last_month = change.at_month;
                ReadChange(rd, *ct, phase);
                change.caregiver = phase;
                sc.sim.history.changes.push_back(change);
            }
        }
    }
    // Today she behaves as at the end of her history, unless [today] says otherwise.
    sc.sim.caregiver = sc.sim.history.changes.empty() ? sc.sim.history.caregiver : sc.sim.history.changes.back().caregiver;
    if (const toml::table* t = rd.Table(root, "today")) {
        ReadGroup(rd, *t, "today", {}, sc.sim);
        sc.population.today_given = true;
    }
    if (const toml::table* t = rd.Table(root, "history")) ReadGroup(rd, *t, "history", {}, sc.sim);
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
    if (const toml::table* t = rd.Table(root, "stranger")) ReadGroup(rd, *t, "stranger", {}, sc.sim);
    if (const toml::table* t = rd.Table(root, "infant")) ReadGroup(rd, *t, "infant", {}, sc.sim);
    if (const toml::node* n = root.get("model")) ReadModel(rd, *n, sc.sim);
    if (const toml::table* t = rd.Table(root, "population")) {
        sc.population.enabled = true;
        ReadPopulation(rd, *t, "", sc.population);
        if (const toml::node* c = t->get("correlations")) ReadCorrelations(rd, *c, sc.population);
    }
    if (const toml::table* t = rd.Table(root, "sweep")) ReadSweep(rd, *t, sc.population, sc.sweep);
    if (const toml::table* t = rd.Table(root, "protocol")) {
        ReadGroup(rd, *t, "protocol", {"episode"}, sc.sim);
        ReadEpisodeOverrides(rd, *t, sc.sim.protocol);
    }
    if (const toml::node* n = root.get("trial")) {
        // A sweep's cells are its arms already; randomising within them is not supported.
        if (sc.sweep.enabled) rd.Fail(*n, "[trial] and [sweep] cannot be combined: run the trial as a batch, or sweep without arms");
        sc.trial = ReadTrial(*n, source, sc.sim);
    }
    return sc;
}

Scenario LoadScenario(const std::string& path_or_name) {
    namespace fs = std::filesystem;
    // An empty argument is a mistake (an unset variable in a script, say), not a request for the
    // default: running the default then would pass off its results as the intended scenario's.
    if (path_or_name.empty())
        throw ScenarioError("the scenario is empty (\"\"): give a scenario file or the name of one in scenarios/, such as default");
    fs::path path(path_or_name);
    std::error_code probe;
    // A bare name ("default" or "default.toml") not found here is looked for among the shipped ones.
    if (!fs::exists(path, probe) && !path.has_parent_path() && (path.extension().empty() || path.extension() == ".toml")) {
        const fs::path shipped = fs::path(SB_SCENARIO_DIR) / path.stem().concat(".toml");
        if (fs::exists(shipped, probe)) path = shipped;
    }
    const std::string shown = ShortForMessage(path_or_name, 200);
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        // A bare name is most likely a slip for a shipped one: name the nearest, or else list them.
        std::string hint;
        if (!fs::path(path_or_name).has_parent_path()) {
            const std::vector<std::string> shipped = ShippedScenarioNames();
            const std::string near = NearestShippedName(path_or_name, shipped);
            if (!near.empty()) {
                hint = "; did you mean '" + near + "'?";
            } else if (!shipped.empty()) {
                hint = " (shipped scenarios:";
                for (const std::string& name : shipped) hint += " " + name;
                hint += ")";
            }
        }
        throw ScenarioError(shown + ": no such scenario file" + hint);
    }
    if (fs::is_directory(path, ec)) throw ScenarioError(shown + ": is a folder, not a scenario file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ScenarioError(shown + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    Scenario sc = ParseScenario(text.str(), path.string());
    sc.given = path_or_name;
    return sc;
}

}  // namespace sb
