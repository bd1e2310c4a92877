// The registry's look-ups, its range texts and its tables.
#include "params/param_registry.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace sb {

namespace {

std::string Num(double v) {
    std::ostringstream os;
    os << v;
    return os.str();
}

std::size_t EditDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

// A pipe in a Markdown cell would end the cell.
std::string Cell(const std::string& s) {
    std::string out;
    for (char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
    return out;
}

}  // namespace

double ParamEntry::Default() const {
    static const SimulationDef kDefault;
    return get(kDefault);
}

std::string_view ParamEntry::Group() const {
    const std::string_view n = name;
    return n.substr(0, n.rfind('.'));
}

std::string_view ParamEntry::Key() const {
    const std::string_view n = name;
    return n.substr(n.rfind('.') + 1);
}

std::string ParamEntry::RangeText() const {
    if (kind == ParamKind::Flag) return "true or false";
    std::string s = Num(min) + " to " + Num(max);
    // A unit of one word follows the number ("2 m/s"); a description of a scale goes in brackets.
    if (!unit.empty()) s += unit.find(' ') == std::string::npos ? " " + unit : " (" + unit + ")";
    return s;
}

std::string ParamEntry::Format(double value) const {
    if (kind == ParamKind::Flag) return value != 0.0 ? "true" : "false";
    if (kind == ParamKind::Integer) return std::to_string(static_cast<long long>(value));
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", value);
    return buf;
}

const std::vector<ParamEntry>& ParamRegistry() {
    static const std::vector<ParamEntry> registry = [] {
        std::vector<ParamEntry> all;
        params::AddScenarioEntries(all);
        params::AddModelEntries(all);
        return all;
    }();
    return registry;
}

int ParamIndex(std::string_view name) {
    const std::vector<ParamEntry>& r = ParamRegistry();
    for (std::size_t i = 0; i < r.size(); ++i)
        if (r[i].name == name) return static_cast<int>(i);
    return -1;
}

const ParamEntry* FindParam(std::string_view name) {
    const int i = ParamIndex(name);
    return i < 0 ? nullptr : &ParamRegistry()[static_cast<std::size_t>(i)];
}

std::vector<const ParamEntry*> ParamsInGroup(std::string_view group) {
    std::vector<const ParamEntry*> out;
    for (const ParamEntry& e : ParamRegistry())
        if (e.Group() == group) out.push_back(&e);
    return out;
}

std::vector<std::string> ParamGroups() {
    std::vector<std::string> out;
    for (const ParamEntry& e : ParamRegistry()) {
        const std::string g(e.Group());
        if (std::find(out.begin(), out.end(), g) == out.end()) out.push_back(g);
    }
    return out;
}

std::vector<std::string> CloseMatches(std::string_view name, const std::vector<std::string>& candidates, std::size_t n) {
    // Edit distance costs the product of the lengths. Past the longest candidate every extra
    // character of `name` is one more insertion for every candidate alike, so a margin beyond it
    // keeps the ranking that matters (typos) and bounds the cost.
    std::size_t longest = 0;
    for (const std::string& c : candidates) longest = std::max(longest, c.size());
    name = name.substr(0, longest + 16);
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const std::string& c : candidates) scored.emplace_back(EditDistance(name, c), c);
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < scored.size() && i < n; ++i) out.push_back(scored[i].second);
    return out;
}

std::string ShortForMessage(std::string_view text, std::size_t keep) {
    if (text.size() <= keep) return std::string(text);
    std::size_t cut = keep;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
    std::size_t characters = 0;
    for (char c : text) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return std::string(text.substr(0, cut)) + "… (" + std::to_string(characters) + " characters)";
}

std::string ParamTableMarkdown() {
    std::ostringstream os;
    os << "| Name | Default | Range | Unit | Label: help |\n|---|---|---|---|---|\n";
    for (const ParamEntry& e : ParamRegistry()) {
        const std::string range = e.kind == ParamKind::Flag      ? "true/false"
                                  : e.kind == ParamKind::Integer ? Num(e.min) + "–" + Num(e.max) + " (whole)"
                                                                 : Num(e.min) + "–" + Num(e.max);
        os << "| `" << e.name << "` | " << e.Format(e.Default()) << " | " << range << " | " << Cell(e.unit) << " | "
           << Cell(e.label) << ": " << Cell(e.help) << " |\n";
    }
    return os.str();
}

std::string ParamTableText() {
    std::ostringstream os;
    for (const ParamEntry& e : ParamRegistry()) {
        os << e.name << " = " << e.Format(e.Default()) << "  [" << e.RangeText() << "]  " << e.label << ": " << e.help
           << "\n";
    }
    return os.str();
}

}  // namespace sb
