// Counting the population summary from runs.csv rows.
#include "batch/runs_tally.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

namespace sb {

std::vector<std::string> SplitCsvLine(std::string_view line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    return fields;
}

namespace {
std::size_t ColumnOf(const std::vector<std::string>& header, const char* name) {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return i;
    throw std::invalid_argument(std::string("runs.csv has no column ") + name);
}
double Number(const std::string& text) { return std::strtod(text.c_str(), nullptr); }
}  // namespace

RunsTally::RunsTally(std::string_view header) {
    const std::vector<std::string> h = SplitCsvLine(header);
    group_ = ColumnOf(h, "classification");
    subgroup_ = ColumnOf(h, "subgroup");
    best_fit_ = ColumnOf(h, "best_fit");
    sensitivity_ = ColumnOf(h, "sensitivity");
    avoidance_ = ColumnOf(h, "avoidance_dim");
    resistance_ = ColumnOf(h, "resistance_dim");
    curtailed_ = ColumnOf(h, "curtailed_episodes");
}

void RunsTally::Pair::Add(double x, double y) {
    ++n;
    const double dx = x - mean_x;
    mean_x += dx / static_cast<double>(n);
    const double dy = y - mean_y;
    mean_y += dy / static_cast<double>(n);
    m2_x += dx * (x - mean_x);
    m2_y += dy * (y - mean_y);
    c_xy += dx * (y - mean_y);
}

double RunsTally::Pair::R() const {
    // As Pearson() in stats.h: 0 with fewer than three pairs or when a variable does not vary.
    if (n < 3 || !(m2_x > 0.0) || !(m2_y > 0.0)) return 0.0;
    return c_xy / std::sqrt(m2_x * m2_y);
}

void RunsTally::Add(std::string_view row) {
    const std::vector<std::string> f = SplitCsvLine(row);
    ++s_.n;
    if (f.size() <= std::max({group_, subgroup_, best_fit_, sensitivity_, avoidance_, resistance_, curtailed_}))
        throw std::invalid_argument("a runs.csv row has fewer fields than its header");
    if (f[group_].empty()) return;  // not classifiable
    const char g = f[group_][0];
    ++s_.classified;
    ++s_.groups[g];
    ++s_.subgroups[f[subgroup_]];
    if (g == 'D' && !f[best_fit_].empty()) ++s_.best_fit_of_d[f[best_fit_][0]];
    curtailed_by_group_[g] += Number(f[curtailed_]) > 0 ? 1 : 0;
    const double sensitivity = Number(f[sensitivity_]);
    security_.Add(sensitivity, g == 'B' ? 1.0 : 0.0);
    avoidance_pair_.Add(sensitivity, Number(f[avoidance_]));
    resistance_pair_.Add(sensitivity, Number(f[resistance_]));
}

PopulationSummary RunsTally::Summary() const {
    PopulationSummary s = s_;
    for (const auto& [g, k] : s.groups) s.curtailed_share[g] = static_cast<double>(curtailed_by_group_.at(g)) / k;
    s.r_sensitivity_security = security_.R();
    s.r_sensitivity_avoidance = avoidance_pair_.R();
    s.r_sensitivity_resistance = resistance_pair_.R();
    return s;
}

}  // namespace sb
