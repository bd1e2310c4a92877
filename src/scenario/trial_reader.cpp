// [trial] and its [[trial.arm]] tables: known keys only, every number range-checked, the shares
// checked to fill the randomisation blocks exactly.
#include "scenario/trial_reader.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <set>
#include <sstream>
#include <vector>

#include "params/param_registry.h"
#include "scenario/scenario.h"
#include "scenario/toml_screen.h"

namespace sb {

namespace {

constexpr int kMaxArms = 8;
constexpr int kMaxBlock = 1000;
// The caregiver's parameters an intervention may change (her walking speed is not caregiving).
const char* const kChangeable[] = {"sensitivity", "consistency", "acceptance", "frightening"};

std::string Num(double v) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

class TrialReader {
public:
    TrialReader(std::string source, const SimulationDef& sim) : source_(std::move(source)), sim_(sim) {}

    [[noreturn]] void Fail(const toml::node& at, const std::string& msg) const {
        std::ostringstream os;
        os << source_;
        if (at.source().begin.line > 0) os << ":" << at.source().begin.line << ":" << at.source().begin.column;
        throw ScenarioError(os.str() + ": " + msg);
    }

    void OnlyKeys(const toml::table& t, const std::string& table, const std::vector<std::string>& known) const {
        for (const auto& [key, node] : t) {
            const std::string k(key.str());
            bool ok = false;
            for (const std::string& a : known) ok |= a == k;
            if (ok) continue;
            std::string list;
            for (const std::string& a : known) list += (list.empty() ? "" : ", ") + a;
            Fail(node, "unknown key '" + ShortForMessage(k) + "' in [" + table + "] (known keys: " + list + ")");
        }
    }

    double Number(const toml::node& n, const std::string& name, double lo, double hi, const std::string& unit) const {
        const std::string range = "allowed range " + Num(lo) + " to " + Num(hi) + (unit.empty() ? "" : " " + unit);
        double v;
        if (auto i = n.value_exact<std::int64_t>()) {
            v = static_cast<double>(*i);
        } else if (auto d = n.value_exact<double>()) {
            v = *d;
        } else {
            Fail(n, name + " must be a number (" + range + ")");
        }
        if (!(v >= lo && v <= hi)) Fail(n, name + " = " + Num(v) + " is out of range (" + range + ")");
        return v;
    }

    std::string Text(const toml::node& n, const std::string& name) const {
        if (auto s = n.value_exact<std::string>()) return *s;
        Fail(n, name + " must be a string");
    }

    TrialDef Read(const toml::node& node) const {
        const toml::table* t = node.as_table();
        if (!t) Fail(node, "'trial' must be a table ([trial] with [[trial.arm]] entries)");
        OnlyKeys(*t, "trial", {"name", "block_size", "arm"});
        TrialDef trial;
        trial.enabled = true;
        if (const toml::node* n = t->get("name")) trial.name = Text(*n, "trial.name");
        if (const toml::node* n = t->get("block_size")) {
            const double b = Number(*n, "trial.block_size", 1, kMaxBlock, "dyads");
            if (b != std::floor(b)) Fail(*n, "trial.block_size must be a whole number (allowed range 1 to " + std::to_string(kMaxBlock) + " dyads)");
            trial.block_size = static_cast<int>(b);
        }
        const toml::node* arms = t->get("arm");
        const std::string count = "2 to " + std::to_string(kMaxArms) + " arms";
        if (!arms) Fail(node, "[trial] needs its arms as [[trial.arm]] tables (" + count + ")");
        const toml::array* list = arms->as_array();
        if (!list) Fail(*arms, "trial.arm must be an array of tables ([[trial.arm]])");
        if (list->size() < 2 || list->size() > static_cast<std::size_t>(kMaxArms))
            Fail(*arms, "[trial] has " + std::to_string(list->size()) + " arm(s) (allowed " + count + ")");
        double total = 0.0;
        for (const toml::node& item : *list) {
            trial.arms.push_back(Arm(item, trial));
            total += trial.arms.back().share;
        }
        if (std::abs(total - 1.0) > 1e-6)
            Fail(*arms, "the shares of the trial's arms add up to " + Num(total) + "; they must add up to 1");
        return trial;
    }

private:
    TrialArm Arm(const toml::node& item, const TrialDef& trial) const {
        const toml::table* t = item.as_table();
        if (!t) Fail(item, "each [[trial.arm]] entry must be a table");
        std::vector<std::string> known{"name", "share", "at_month"};
        for (const char* k : kChangeable) known.emplace_back(k);
        OnlyKeys(*t, "trial.arm", known);
        TrialArm arm;
        const toml::node* name = t->get("name");
        if (!name) Fail(item, "[[trial.arm]] needs a name (letters, digits, '_' and '-')");
        arm.name = Text(*name, "trial.arm.name");
        if (arm.name.empty() || arm.name.size() > 40) Fail(*name, "trial.arm.name must have 1 to 40 characters");
        for (char c : arm.name)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'))
                Fail(*name, "trial.arm.name = \"" + ShortForMessage(arm.name) + "\" may hold only letters, digits, '_' and '-' (it is a column value in runs.csv)");
        for (const TrialArm& other : trial.arms)
            if (other.name == arm.name) Fail(*name, "trial.arm.name = \"" + arm.name + "\" names two arms");
        const toml::node* share = t->get("share");
        if (!share) Fail(item, "[[trial.arm]] needs a share of the dyads (allowed range 0 to 1)");
        arm.share = Number(*share, "trial.arm.share", 0, 1, "");
        const double per_block = arm.share * trial.block_size;
        if (per_block < 1.0 - 1e-6 || std::abs(per_block - std::round(per_block)) > 1e-6)
            Fail(*share, "trial.arm.share = " + Num(arm.share) + " gives " + Num(per_block) + " dyads in each block of " +
                             std::to_string(trial.block_size) + " (trial.block_size); share x block_size must be a whole number, at least 1");
        for (const char* key : kChangeable)
            if (const toml::node* n = t->get(key)) arm.adjustments.push_back(Adjustment(*n, key));
        const toml::node* at = t->get("at_month");
        arm.intervenes = !arm.adjustments.empty();
        if (arm.intervenes && !at)
            Fail(item, "[[trial.arm]] \"" + arm.name + "\" changes the caregiver but has no at_month (allowed range 0 to below " +
                           Num(sim_.history.months) + " months, the history's length)");
        if (at && !arm.intervenes)
            Fail(*at, "trial.arm.at_month: arm \"" + arm.name + "\" changes nothing (give sensitivity = { add = ... } or the like, or drop at_month)");
        if (at) {
            arm.at_month = Number(*at, "trial.arm.at_month", 0, 24, "months");
            if (!(arm.at_month < sim_.history.months))
                Fail(*at, "trial.arm.at_month = " + Num(arm.at_month) + " is after the first year ends (allowed range 0 to below " +
                              Num(sim_.history.months) + " months, the history's length)");
        }
        return arm;
    }

    // sensitivity = { add = 1.5 } or { set = 8 }: an amount within the parameter's span, or a value
    // within its range.
    CaregiverAdjustment Adjustment(const toml::node& n, const std::string& key) const {
        const std::string shown = "trial.arm." + key;
        const ParamEntry* e = FindParam("caregiver." + key);
        const toml::table* t = n.as_table();
        const std::string form = shown + " must be a table: { add = ... } (added, capped to " + e->RangeText() + ") or { set = ... }";
        if (!t || t->size() != 1) Fail(n, form);
        OnlyKeys(*t, shown, {"add", "set"});
        CaregiverAdjustment a;
        a.parameter = e->name;
        const double span = e->max - e->min;
        if (const toml::node* v = t->get("add")) {
            a.kind = CaregiverAdjustment::Kind::Add;
            a.value = Number(*v, shown + ".add", -span, span, e->unit);
        } else {
            a.kind = CaregiverAdjustment::Kind::Set;
            a.value = Number(*t->get("set"), shown + ".set", e->min, e->max, e->unit);
        }
        return a;
    }

    std::string source_;
    const SimulationDef& sim_;
};

}  // namespace

TrialDef ReadTrial(const toml::node& node, const std::string& source, const SimulationDef& sim) {
    return TrialReader(source, sim).Read(node);
}

}  // namespace sb
