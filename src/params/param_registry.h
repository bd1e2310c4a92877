// The parameter registry: every parameter a user or researcher can set — caregiver, today,
// history, stranger, infant, protocol and every model constant — addressable by one name, with its
// label, unit, range, kind, default and help, and a getter and setter on SimulationDef. The scenario
// reader, the population sampler, the exports, the command line and the GUI all go through it.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "params/member_path.h"
#include "sim/simulation.h"

namespace sb {

enum class ParamKind { Real, Integer, Flag };

struct ParamEntry {
    std::string name;         // "caregiver.sensitivity", "model.infant.cry_onset": the group, a dot, the key
    std::string label;        // short, for a slider or a column heading
    std::string unit;         // "s", "m", "m/s", "1/s", "months", "Ainsworth scale"...; empty when dimensionless
    double min = 0.0;         // the allowed range, inclusive
    double max = 1.0;
    ParamKind kind = ParamKind::Real;
    std::string help;         // one or two sentences, for a tooltip
    std::string runs_column;  // its column in runs.csv from before the registry, if it has one
    std::function<double(const SimulationDef&)> get;
    std::function<void(SimulationDef&, double)> set;

    // Its value in a default-constructed SimulationDef.
    double Default() const;
    // "caregiver" for "caregiver.sensitivity", "model.infant" for "model.infant.cry_onset".
    std::string_view Group() const;
    // "sensitivity", "cry_onset".
    std::string_view Key() const;
    // "1 to 9 (Ainsworth scale)", "0.3 to 2 m/s", "true or false": for messages and tables.
    std::string RangeText() const;
    // A value as the registry prints it: "7", "0.85", "true".
    std::string Format(double value) const;
};

// Builds an entry whose getter and setter follow `path`; the kind comes from the field's type.
template <class... Members>
ParamEntry MakeParam(std::string name, std::string label, std::string unit, double min, double max, std::string help,
                     params::Path<Members...> path) {
    using Field = std::decay_t<decltype(path.In(std::declval<SimulationDef&>()))>;
    ParamEntry e;
    e.name = std::move(name);
    e.label = std::move(label);
    e.unit = std::move(unit);
    e.min = min;
    e.max = max;
    e.help = std::move(help);
    e.kind = params::kIsFlag<Field> ? ParamKind::Flag : params::kIsWhole<Field> ? ParamKind::Integer : ParamKind::Real;
    e.get = [path](const SimulationDef& d) { return static_cast<double>(path.In(d)); };
    e.set = [path](SimulationDef& d, double v) { params::Store(path.In(d), v); };
    return e;
}

// Every entry, in a fixed order: caregiver, today, history, stranger, infant, protocol, then the
// model (infant, caregiver_role, stranger_role, caregiving, first_year). Built once.
const std::vector<ParamEntry>& ParamRegistry();

// The entry of that name, or nullptr.
const ParamEntry* FindParam(std::string_view name);

// Its position in the registry (registry order is the order populations draw in), or -1.
int ParamIndex(std::string_view name);

// The entries of a group, in registry order: ParamsInGroup("today") gives today's caregiver
// sliders, ParamsInGroup("model.infant") the infant model's constants.
std::vector<const ParamEntry*> ParamsInGroup(std::string_view group);

// Every group, in registry order ("caregiver", "today", ..., "model.first_year").
std::vector<std::string> ParamGroups();

// Up to `n` names of `candidates` closest to `name` (edit distance), nearest first: for "did you mean".
// Only the start of a name much longer than every candidate is compared, so a pasted 70 KB key
// costs no more than a short one.
std::vector<std::string> CloseMatches(std::string_view name, const std::vector<std::string>& candidates, std::size_t n = 5);

// Text from a file or the command line, short enough to echo in a message: itself when it has at
// most `keep` characters, else its first `keep` (never splitting a UTF-8 character), "…" and its
// length ("aaaa… (70000 characters)").
std::string ShortForMessage(std::string_view text, std::size_t keep = 60);

// The registry as a table: Markdown (for docs/model.md) or plain text (for the terminal).
std::string ParamTableMarkdown();
std::string ParamTableText();

namespace params {
// The hand-written entries (scenario tables) and the model's; the registry is both, in that order.
void AddScenarioEntries(std::vector<ParamEntry>& out);
void AddModelEntries(std::vector<ParamEntry>& out);
}  // namespace params

}  // namespace sb
