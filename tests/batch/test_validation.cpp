// Validation on a modest N (model.md §9): the four pathways, the population, the
// sensitivity-security link, hidden arousal, cortisol, episode trends and curtailment; and that the
// fidelity targets and the samples from other places are all reported. The full-size report is
// `securebase-cli validate` (docs/validation.md); here the same checks run small and fast.
#include <catch2/catch.hpp>

#include "batch/validation.h"

using namespace sb;

namespace {
const ValidationReport& SmallReport() {
    static const ValidationReport report = [] {
        ValidationDef def;
        def.pathway_n = 40;
        def.population_n = 400;
        def.places = false;  // measured in a report of their own below
        def.seed = 11;
        return Validate(def);
    }();
    return report;
}
// The smallest report with every place: two samples of 50 a place, enough to report, not to judge.
const ValidationReport& PlacesReport() {
    static const ValidationReport report = [] {
        ValidationDef def;
        def.pathway_n = 10;
        def.population_n = 100;
        def.seed = 11;
        return Validate(def);
    }();
    return report;
}
const ValidationCheck& Check(const std::string& starts_with) {
    for (const ValidationCheck& c : SmallReport().checks)
        if (c.target.rfind(starts_with, 0) == 0) return c;
    FAIL("no check " << starts_with);
    static ValidationCheck none;
    return none;
}
}  // namespace

TEST_CASE("a sensitive caregiver's infants are secure in at least 85% of seeds", "[validation]") {
    const ValidationCheck& c = Check("Sensitive");
    INFO(c.measured);
    REQUIRE(c.pass);
}

TEST_CASE("a rejecting caregiver's infants are mostly avoidant", "[validation]") {
    const ValidationCheck& c = Check("Rejecting");
    INFO(c.measured);
    REQUIRE(c.pass);
}

TEST_CASE("an inconsistent caregiver's infants are mostly resistant", "[validation]") {
    const ValidationCheck& c = Check("Inconsistent");
    INFO(c.measured);
    REQUIRE(c.pass);
}

TEST_CASE("a frightening caregiver's infants are disorganized in at least half, each with a best fit", "[validation]") {
    const ValidationCheck& c = Check("Frightening");
    INFO(c.measured);
    REQUIRE(c.pass);
}

TEST_CASE("sensitivity goes with security moderately, not deterministically", "[validation]") {
    const ValidationCheck& c = Check("Sensitivity correlates");
    INFO(c.measured);
    REQUIRE(c.pass);
}

TEST_CASE("avoidant infants look calm in the separations while their arousal is as high", "[validation]") {
    const ValidationCheck& c = Check("Avoidant infants");
    INFO(c.measured);
    REQUIRE(c.pass);
}

TEST_CASE("secure infants show little cortisol response, disorganized infants the most", "[validation][cortisol]") {
    const ValidationCheck& c = Check("Cortisol ratio by group");
    INFO(c.measured);
    REQUIRE(c.pass);
}

TEST_CASE("the episode trends of Ainsworth and Bell appear", "[validation]") {
    for (const char* t : {"Exploration in episode 2", "Crying and search peak", "Proximity seeking and contact"}) {
        const ValidationCheck& c = Check(t);
        INFO(t << ": " << c.measured);
        REQUIRE(c.pass);
    }
}

TEST_CASE("curtailment happens, and more often to resistant than to secure infants", "[validation]") {
    const ValidationCheck& c = Check("Curtailment");
    INFO(c.measured);
    REQUIRE(c.pass);
}

TEST_CASE("a small low-risk population lands near the published distribution", "[validation]") {
    // 400 dyads: the report's 5-point criterion is for 2,000; here a looser 8 points.
    const ValidationCheck& c = Check("Low-risk population");
    INFO(c.measured);
    for (char g : {'B', 'A', 'C', 'D'}) {
        const auto at = c.measured.find(std::string(1, g) + " ");
        REQUIRE(at != std::string::npos);
        const double share = std::stod(c.measured.substr(at + 2));
        INFO(g << " " << share << " vs " << NormalisedReference(g));
        REQUIRE(std::abs(share - NormalisedReference(g)) <= 8.0);
    }
}

TEST_CASE("every fidelity target is reported with its criterion, the number measured and its source", "[validation]") {
    // Many of these fail today (docs/validation.md); what must hold is that each is measured and shown.
    const ValidationReport& rep = SmallReport();
    REQUIRE(rep.fidelity.size() >= 20);
    for (const ValidationCheck& c : rep.fidelity) {
        INFO(c.target);
        REQUIRE_FALSE(c.expected.empty());
        REQUIRE_FALSE(c.measured.empty());
        REQUIRE_FALSE(c.source.empty());
    }
    ValidationDef def;
    const std::string md = ReportMarkdown(rep, def, "securebase-cli validate");
    REQUIRE(md.find("### Fidelity: individual differences, reunions, specificity, observer, disorganization") != std::string::npos);
    REQUIRE(md.find("### High-risk population") != std::string::npos);
    // The report has one level-2 heading, so it can be put in place inside docs/validation.md.
    REQUIRE(md.rfind("## Measured", 0) == 0);
    REQUIRE(md.find("\n## ") == std::string::npos);
}

TEST_CASE("the samples from other places are each reported with their criterion, the number measured and its source",
          "[validation][places]") {
    // 100 dyads a place: what must hold is that each place is measured and shown, not its shares.
    const ValidationReport& rep = PlacesReport();
    REQUIRE(rep.places.size() == 7);
    for (const ValidationCheck& c : rep.places) {
        INFO(c.target);
        REQUIRE_FALSE(c.expected.empty());
        REQUIRE_FALSE(c.measured.empty());
        REQUIRE_FALSE(c.source.empty());
    }
    ValidationDef def;
    def.population_n = 100;
    const std::string md = ReportMarkdown(rep, def, "securebase-cli validate");
    const std::size_t section = md.find("### Samples from other places");
    REQUIRE(section != std::string::npos);
    REQUIRE(md.find("100 dyads each", section) != std::string::npos);
    for (const char* preset : {"population-lowrisk", "population-germany", "population-japan", "population-gb"})
        REQUIRE(md.find(std::string("(") + preset + ") | 100 |", section) != std::string::npos);
    REQUIRE(md.find("(2 samples a place)", section) != std::string::npos);
    // Two samples a place are enough for the within-place spread to be measured.
    REQUIRE(rep.places.back().measured.rfind("B undefined", 0) == std::string::npos);
    REQUIRE(md.find("\n## ") == std::string::npos);
}
