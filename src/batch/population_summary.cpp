// Population summaries.
#include "batch/population_summary.h"

#include <cmath>
#include <cstdio>

namespace sb {

double PopulationSummary::Share(char g) const {
    const auto it = groups.find(g);
    return classified > 0 && it != groups.end() ? 100.0 * it->second / classified : 0.0;
}

PopulationSummary Summarise(const std::vector<RunResult>& runs) {
    PopulationSummary s;
    s.n = static_cast<int>(runs.size());
    std::vector<double> sens, secure, avoid, resist;
    std::map<char, int> curtailed;
    for (const RunResult& r : runs) {
        const Classification& c = r.coding.classification;
        if (!c.classifiable) continue;
        ++s.classified;
        ++s.groups[c.group];
        ++s.subgroups[c.subgroup];
        if (c.group == 'D') ++s.best_fit_of_d[c.best_fit];
        bool any_curtailed = false;
        for (const EpisodeMeasures& m : r.episodes) any_curtailed |= m.curtailed;
        curtailed[c.group] += any_curtailed;
        sens.push_back(r.caregiver.sensitivity);
        secure.push_back(c.group == 'B' ? 1.0 : 0.0);
        avoid.push_back(c.avoidance_dim);
        resist.push_back(c.resistance_dim);
    }
    for (const auto& [g, k] : s.groups) s.curtailed_share[g] = static_cast<double>(curtailed[g]) / k;
    s.r_sensitivity_security = Pearson(sens, secure);
    s.r_sensitivity_avoidance = Pearson(sens, avoid);
    s.r_sensitivity_resistance = Pearson(sens, resist);
    return s;
}

std::string SummaryText(const PopulationSummary& s) {
    std::string out;
    char line[256];
    std::snprintf(line, sizeof line,
                  "%d dyads, %d classifiable\n\n  group   share   low-risk reference (published; rescaled to 100%%)   curtailed\n",
                  s.n, s.classified);
    out += line;
    double total = 0;
    for (const auto& [g, v] : kLowRiskReference) total += v;
    for (char g : {'B', 'A', 'C', 'D'}) {
        const auto it = s.groups.find(g);
        const int k = it == s.groups.end() ? 0 : it->second;
        const auto cur = s.curtailed_share.find(g);
        std::snprintf(line, sizeof line, "  %c     %5.1f%%   %5.1f%%; %5.1f%%                                  %5.1f%%   (%d)\n", g,
                      s.Share(g), kLowRiskReference.at(g), 100.0 * kLowRiskReference.at(g) / total,
                      cur == s.curtailed_share.end() ? 0.0 : 100.0 * cur->second, k);
        out += line;
    }
    out += "  (the published 65/20/10/15 sums to 110%: its A/B/C shares come from samples classified without D)\n";
    out += "\n  subgroups:";
    for (const auto& [name, k] : s.subgroups) {
        std::snprintf(line, sizeof line, " %s %d", name.c_str(), k);
        out += line;
    }
    if (!s.best_fit_of_d.empty()) {
        out += "\n  D best fit:";
        for (const auto& [g, k] : s.best_fit_of_d) {
            std::snprintf(line, sizeof line, " %c %d", g, k);
            out += line;
        }
    }
    std::snprintf(line, sizeof line,
                  "\n\n  sensitivity vs security (B)  r = %+.2f   (meta-analyses: .24-.25)\n"
                  "  sensitivity vs avoidance     r = %+.2f   (Madigan et al. 2024: -.24)\n"
                  "  sensitivity vs resistance    r = %+.2f   (Madigan et al. 2024: -.12)\n",
                  s.r_sensitivity_security, s.r_sensitivity_avoidance, s.r_sensitivity_resistance);
    out += line;
    return out;
}

}  // namespace sb
