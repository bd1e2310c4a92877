// The validation report in Markdown, and putting it in place inside docs/validation.md.
#include <string>

#include "batch/validation.h"
#include "core/version.h"

namespace sb {

namespace {

std::string Verdict(const ValidationCheck& c) { return c.pass ? "pass" : "**FAIL**"; }

// A table cell: a '|' in the text would end the cell early.
std::string Cell(const std::string& text) {
    std::string out;
    for (char ch : text) {
        if (ch == '|') out += '\\';
        out += ch;
    }
    return out;
}

int Passed(const std::vector<ValidationCheck>& checks) {
    int k = 0;
    for (const ValidationCheck& c : checks) k += c.pass;
    return k;
}

// A table of targets with their sources: the fidelity section's and the places'.
std::string TableWithSources(const std::vector<ValidationCheck>& checks) {
    std::string out = "| What | Target | Measured | | Source |\n|---|---|---|---|---|\n";
    for (const ValidationCheck& c : checks)
        out += "| " + Cell(c.target) + " | " + Cell(c.expected) + " | " + Cell(c.measured) + " | " + Verdict(c) + " | " +
               Cell(c.source) + " |\n";
    return out;
}

std::string PlacesSection(const ValidationReport& rep, const ValidationDef& def) {
    std::string out = "\n### Samples from other places\n\n";
    out += "Population presets that draw the everyday care of samples from other countries — how often the infant is "
           "left in its first year and with whom, how the caregiver takes its bids for contact — never an attachment "
           "style; " + std::to_string(def.population_n) +
           " dyads each, the US reference being the low-risk population. Shares are of the dyads the observer could "
           "classify, each D infant counted in its best-fitting group: the cross-cultural shares come from samples "
           "classified without D (van IJzendoorn & Kroonenberg 1988). " + std::to_string(Passed(rep.places)) + " of " +
           std::to_string(rep.places.size()) + " pass.\n\n";
    return out + TableWithSources(rep.places) + "\n" + rep.places_tables;
}

}  // namespace

std::string ReportMarkdown(const ValidationReport& rep, const ValidationDef& def, const std::string& command) {
    std::string out = "## Measured (securebase " SECUREBASE_VERSION ", batch seed " + std::to_string(def.seed) + ")\n\n";
    out += "Regenerate with `" + command + "`.\n\n";
    out += "| Target | Criterion | Measured | |\n|---|---|---|---|\n";
    for (const ValidationCheck& c : rep.checks)
        out += "| " + Cell(c.target) + " | " + Cell(c.expected) + " | " + Cell(c.measured) + " | " + Verdict(c) + " |\n";

    out += "\n### Fidelity: individual differences, reunions, specificity, observer, disorganization\n\n";
    out += "Measured on the low-risk population (" + std::to_string(def.population_n) +
           " dyads) unless the row says otherwise; shares and correlations are over the dyads the observer could "
           "classify. " + rep.fidelity_roles + " " + std::to_string(Passed(rep.fidelity)) + " of " +
           std::to_string(rep.fidelity.size()) + " pass.\n\n";
    out += TableWithSources(rep.fidelity);
    // A hand-made report without places has no such section.
    if (!rep.places.empty()) out += PlacesSection(rep, def);
    out += "\n" + rep.details;
    return out;
}

std::string SpliceReport(const std::string& document, const std::string& report) {
    auto line_start = [&](std::size_t from, const std::string& prefix) {
        for (std::size_t at = from; at < document.size();) {
            if (document.compare(at, prefix.size(), prefix) == 0) return at;
            const std::size_t nl = document.find('\n', at);
            if (nl == std::string::npos) break;
            at = nl + 1;
        }
        return std::string::npos;
    };
    const std::size_t begin = line_start(0, "## Measured");
    if (begin == std::string::npos) return report;
    const std::size_t heading_end = document.find('\n', begin);
    const std::size_t end = heading_end == std::string::npos ? std::string::npos : line_start(heading_end + 1, "## ");
    std::string out = document.substr(0, begin) + report;
    if (end != std::string::npos) out += "\n" + document.substr(end);
    return out;
}

}  // namespace sb
