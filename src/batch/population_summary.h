// What a population run adds up to: classification shares and subgroup counts next to the
// published low-risk reference, and the sensitivity-security association.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "batch/stats.h"
#include "record/run_outputs.h"

namespace sb {

struct PopulationSummary {
    int n = 0;
    int classified = 0;
    std::map<char, int> groups;           // 'A', 'B', 'C', 'D'
    std::map<std::string, int> subgroups; // A1..C2 (for D: the best-fitting subgroup)
    std::map<char, int> best_fit_of_d;    // D infants' forced best-fitting group
    double r_sensitivity_security = 0.0;  // point-biserial: sensitivity vs classified B
    double r_sensitivity_avoidance = 0.0; // vs the avoidance dimension
    double r_sensitivity_resistance = 0.0;// vs the resistance dimension
    std::map<char, double> curtailed_share;  // share of each group with a curtailed separation
    double Share(char g) const;
};

PopulationSummary Summarise(const std::vector<RunResult>& runs);

// Consensus low-risk distribution (van IJzendoorn, Schuengel & Bakermans-Kranenburg 1999;
// Ainsworth et al. 1978): B 65, A 20, C 10, D 15 per cent.
inline const std::map<char, double> kLowRiskReference{{'B', 65.0}, {'A', 20.0}, {'C', 10.0}, {'D', 15.0}};

// Text table of the shares beside the reference, subgroup counts and correlations.
std::string SummaryText(const PopulationSummary& s);

}  // namespace sb
