// The validation of docs/validation.md and model.md §9: the four caregiving pathways, the
// low-risk population against the published distribution, the sensitivity-security link, hidden
// arousal of avoidant infants, cortisol by group, the episode trends and curtailment — each a
// measured check.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "batch/population_summary.h"

namespace sb {

struct ValidationDef {
    int pathway_n = 200;        // dyads per pathway scenario
    int population_n = 2000;    // dyads in the low-risk population
    std::uint64_t seed = 2024;
    int threads = 0;
    std::function<void(const std::string& stage, int done, int total)> progress;
};

struct ValidationCheck {
    std::string target;    // what model.md §9 asks
    std::string expected;  // the criterion applied
    std::string measured;  // what this run gave
    bool pass = false;
};

struct ValidationReport {
    std::vector<ValidationCheck> checks;
    std::string details;   // Markdown tables with the numbers behind the checks
    bool AllPass() const;
};

ValidationReport Validate(const ValidationDef& def);
std::string ReportMarkdown(const ValidationReport& report, const ValidationDef& def, const std::string& command);

// The four-way low-risk reference rescaled to sum to 100 (the published 65/20/10/15 sums to 110,
// because D was taken out of samples whose A/B/C shares were reported without it).
double NormalisedReference(char group);

}  // namespace sb
