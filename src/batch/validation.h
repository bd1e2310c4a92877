// The validation of docs/validation.md and model.md §9: the four caregiving pathways, the
// low-risk population against the published distribution, the sensitivity-security link, hidden
// arousal of avoidant infants, cortisol by group, the episode trends and curtailment — each a
// measured check — the fidelity targets (batch/fidelity_targets.h) measured on the low- and
// high-risk populations, and the samples from other places (batch/place_targets.h).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "batch/population_summary.h"
#include "batch/validation_check.h"

namespace sb {

struct ValidationDef {
    int pathway_n = 200;        // dyads per pathway scenario
    int population_n = 2000;    // dyads in the low-risk population, the high-risk one and each place
    // The samples from other places: three more populations of population_n (Germany, Japan, Great
    // Britain; the low-risk population is the US reference). `validate` always measures them; a
    // test of the other checks leaves them out to stay fast.
    bool places = true;
    std::uint64_t seed = 2024;
    int threads = 0;
    std::function<void(const std::string& stage, int done, int total)> progress;
};

struct ValidationReport {
    std::vector<ValidationCheck> checks;    // what model.md §9 asks
    std::vector<ValidationCheck> fidelity;  // individual differences, reunions, specificity, observer, disorganization
    std::string fidelity_roles;             // which episodes the fidelity targets read, found by their roles
    std::vector<ValidationCheck> places;    // samples from other places: cross-cultural shares, within vs between
    std::string places_tables;              // Markdown tables with the numbers behind them
    std::string details;   // Markdown tables with the numbers behind the checks
    bool AllPass() const;
};

ValidationReport Validate(const ValidationDef& def);

// The report in Markdown: the model.md §9 table, the fidelity section, the samples from other
// places, then the details. It begins with a "## Measured" heading and has no other level-2 heading (see SpliceReport).
std::string ReportMarkdown(const ValidationReport& report, const ValidationDef& def, const std::string& command);

// A document with the report in place: when `document` has a line "## Measured...", that heading and
// everything up to the next level-2 heading are replaced by `report` and the prose around it is
// kept; otherwise the report is the whole document. So docs/validation.md can be regenerated with
// `validate --out docs/validation.md` without losing its hand-written parts.
std::string SpliceReport(const std::string& document, const std::string& report);

// The four-way low-risk reference rescaled to sum to 100 (the published 65/20/10/15 sums to 110,
// because D was taken out of samples whose A/B/C shares were reported without it).
double NormalisedReference(char group);

}  // namespace sb
