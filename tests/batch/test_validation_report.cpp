// The report in Markdown, made from a hand-written report: its sections, its table cells, and
// regenerating docs/validation.md, which replaces the measured section and keeps the prose around it.
#include <catch2/catch.hpp>

#include "batch/validation.h"

using namespace sb;

TEST_CASE("the measured section is replaced and the prose before and after it is kept", "[validation][report]") {
    const std::string doc = "# Validation\n\nHow the runs are made.\n\n## Measured (old)\n\n| old | table |\n\n### Old details\n\n"
                            "old numbers\n\n## Reading the results\n\nProse.\n";
    const std::string report = "## Measured (new)\n\n| new | table |\n\n### New details\n\nnew numbers\n";
    REQUIRE(SpliceReport(doc, report) ==
            "# Validation\n\nHow the runs are made.\n\n## Measured (new)\n\n| new | table |\n\n### New details\n\nnew numbers\n"
            "\n## Reading the results\n\nProse.\n");
}

TEST_CASE("a report written where there is none, or over a bare report, is the whole file", "[validation][report]") {
    const std::string report = "## Measured (new)\n\nrows\n";
    REQUIRE(SpliceReport("", report) == report);
    REQUIRE(SpliceReport("## Measured (old)\n\nold rows\n### details\n", report) == report);
    // A file with no measured section is overwritten, as `--out` always did.
    REQUIRE(SpliceReport("# Notes\n\nno report here\n", report) == report);
}

TEST_CASE("the fidelity rows get a section of their own, with their sources, and a '|' cannot break a table", "[validation][report]") {
    ValidationReport rep;
    rep.checks.push_back({"Sensitive caregiver -> B", "B >= 85%", "B 99.5%", true, ""});
    rep.fidelity.push_back({"PS and AV related", "0.30 <= |r| <= 0.70", "r = -0.83", false, "Fraley & Spieker 2003"});
    rep.fidelity_roles = "Episodes by role.";
    const std::string md = ReportMarkdown(rep, ValidationDef{}, "securebase-cli validate");
    REQUIRE(md.find("| Sensitive caregiver -> B | B >= 85% | B 99.5% | pass |\n") != std::string::npos);
    const std::size_t section = md.find("### Fidelity: individual differences, reunions, specificity, observer, disorganization");
    REQUIRE(section != std::string::npos);
    REQUIRE(md.find("Episodes by role. 0 of 1 pass.", section) != std::string::npos);
    REQUIRE(md.find("| PS and AV related | 0.30 <= \\|r\\| <= 0.70 | r = -0.83 | **FAIL** | Fraley & Spieker 2003 |\n", section) !=
            std::string::npos);
}

TEST_CASE("the samples from other places follow the fidelity section, with their tables", "[validation][report][places]") {
    ValidationReport rep;
    rep.checks.push_back({"Sensitive caregiver -> B", "B >= 85%", "B 99.5%", true, ""});
    rep.places.push_back({"Japan: C share", "C 20-35% (by best fit)", "C 30.0% by best fit", true, "Takahashi 1990"});
    rep.places.push_back({"Great Britain: C share", "C <= 8% (by best fit)", "C 11.3% by best fit", false, "vIJ&K 1988"});
    rep.places_tables = "| Place | B |\n";
    rep.details = "### Pathways\n";
    ValidationDef def;
    def.population_n = 300;
    const std::string md = ReportMarkdown(rep, def, "securebase-cli validate");
    const std::size_t fidelity = md.find("### Fidelity:");
    const std::size_t places = md.find("### Samples from other places");
    REQUIRE(places != std::string::npos);
    REQUIRE(fidelity < places);
    REQUIRE(places < md.find("### Pathways"));
    REQUIRE(md.find("300 dyads each", places) != std::string::npos);
    REQUIRE(md.find("1 of 2 pass.", places) != std::string::npos);
    REQUIRE(md.find("| Japan: C share | C 20-35% (by best fit) | C 30.0% by best fit | pass | Takahashi 1990 |\n", places) !=
            std::string::npos);
    REQUIRE(md.find("| Great Britain: C share | C <= 8% (by best fit) | C 11.3% by best fit | **FAIL** | vIJ&K 1988 |\n", places) !=
            std::string::npos);
    REQUIRE(md.find("| Place | B |\n", places) != std::string::npos);
    // A failing place fails the whole report.
    REQUIRE_FALSE(rep.AllPass());
}

TEST_CASE("a report without places has no such section", "[validation][report][places]") {
    ValidationReport rep;
    rep.checks.push_back({"Sensitive caregiver -> B", "B >= 85%", "B 99.5%", true, ""});
    REQUIRE(ReportMarkdown(rep, ValidationDef{}, "securebase-cli validate").find("Samples from other places") == std::string::npos);
    REQUIRE(rep.AllPass());
}
