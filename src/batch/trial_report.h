// The report of a simulated trial, from the runs.csv of a batch of a scenario with [trial]: each
// arm's size, A/B/C/D shares and mean caregiver sensitivity, and each arm against the control arm
// as effect sizes with 95% confidence intervals (docs/data.md, "report.csv").
#pragma once

#include <array>
#include <stdexcept>
#include <string>
#include <vector>

#include "batch/trial_stats.h"

namespace sb {

// A runs.csv that cannot be reported on; what() names the file (and line) and the reason.
class TrialReportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ArmSummary {
    std::string name;
    int n = 0;                      // dyads
    int classified = 0;             // dyads the coder could classify; the shares are of these
    std::array<int, 4> groups{};    // A, B, C, D
    double mean_sensitivity = 0.0;  // the caregiver's at the end of the first year (year_end_sensitivity)
    double sd_sensitivity = 0.0;
    std::vector<double> sensitivity;  // per dyad, for the comparisons
    std::vector<double> secure;       // per classified dyad: 1 for B, 0 for A, C or D

    double Share(int group) const { return classified > 0 ? static_cast<double>(groups[static_cast<std::size_t>(group)]) / classified : 0.0; }
};

struct ArmComparison {
    std::string treated;
    std::string control;
    Estimate d_sensitivity;      // Cohen's d on year-end sensitivity
    Estimate risk_difference;    // share B, treated minus control (Newcombe)
    Estimate d_security;         // Cohen's d on security coded B = 1, other = 0 (pooled SD)
    Estimate d_security_logit;   // d = ln(OR) sqrt(3) / pi
    bool logit_halved = false;   // a zero cell: 0.5 added to every cell
};

struct TrialReport {
    std::string source;          // the runs.csv read
    std::vector<ArmSummary> arms;  // the control arm first, then the others in order of first appearance
    std::vector<ArmComparison> comparisons;  // every other arm against the control arm
};

// Reads runs.csv text (`source` names it in errors). The control arm is `control`, or the arm named
// "control" when that is empty. Throws TrialReportError.
TrialReport AnalyseTrial(const std::string& runs_csv, const std::string& source, const std::string& control = "");

// The report as a terminal table.
std::string TrialReportText(const TrialReport& report);

// The report as a tidy CSV: section,arm,measure,value,ci_low,ci_high.
std::string TrialReportCsv(const TrialReport& report);

}  // namespace sb
