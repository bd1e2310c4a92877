// The shipped-scenario catalog: the listing, titles and descriptions, and the "did you mean"
// suggestion both executables give for a misspelt scenario name.
#include <catch2/catch.hpp>

#include <algorithm>

#include "scenario/scenario.h"
#include "scenario/scenario_catalog.h"

using namespace sb;
using Catch::Matchers::Contains;

namespace {
std::string LoadError(const std::string& arg) {
    try {
        LoadScenario(arg);
    } catch (const ScenarioError& e) {
        return e.what();
    }
    return "(no error)";
}
}  // namespace

TEST_CASE("edit distance counts slips, a swap of neighbours as one", "[scenario][catalog]") {
    CHECK(EditDistance("rejecting", "rejecting") == 0);
    CHECK(EditDistance("Rejecting", "rejecting") == 0);
    CHECK(EditDistance("rejectng", "rejecting") == 1);
    CHECK(EditDistance("rejectign", "rejecting") == 1);
    CHECK(EditDistance("sensitve", "sensitive") == 1);
    CHECK(EditDistance("", "abc") == 3);
    CHECK(EditDistance("kitten", "sitting") == 3);
}

TEST_CASE("the nearest shipped name is suggested only when it is close", "[scenario][catalog]") {
    const std::vector<std::string> names{"default", "rejecting", "sensitive", "frightening", "sometimes-frightening"};
    CHECK(NearestShippedName("rejectng", names) == "rejecting");
    CHECK(NearestShippedName("rejectng.toml", names) == "rejecting");
    CHECK(NearestShippedName("frigthening", names) == "frightening");
    CHECK(NearestShippedName("defualt", names) == "default");
    CHECK(NearestShippedName("xyz", names).empty());
    CHECK(NearestShippedName("misspelt", names).empty());
    CHECK(NearestShippedName("", names).empty());
}

TEST_CASE("the shipped scenarios are listed with their titles and descriptions", "[scenario][catalog]") {
    const std::vector<std::string> names = ShippedScenarioNames();
    REQUIRE(std::find(names.begin(), names.end(), "default") != names.end());
    REQUIRE(std::find(names.begin(), names.end(), "rejecting") != names.end());
    CHECK(std::is_sorted(names.begin(), names.end()));
    const std::vector<ShippedScenario> all = ShippedScenarios();
    REQUIRE(all.size() == names.size());
    for (const ShippedScenario& s : all) {
        INFO(s.file_name);
        CHECK(s.error.empty());
        CHECK_FALSE(s.title.empty());
    }
    const auto rejecting = std::find_if(all.begin(), all.end(), [](const ShippedScenario& s) { return s.file_name == "rejecting"; });
    CHECK(rejecting->title == "Rejecting caregiver");
    CHECK_THAT(rejecting->description, Contains("rejecting of contact"));
}

TEST_CASE("a misspelt scenario name suggests the nearest shipped one", "[scenario][catalog]") {
    CHECK_THAT(LoadError("rejectng"), Contains("no such scenario file; did you mean 'rejecting'?"));
    CHECK_THAT(LoadError("sensitve.toml"), Contains("did you mean 'sensitive'?"));
    // Nothing close: the shipped names are listed instead.
    const std::string far = LoadError("qqqqqqqqqqqq");
    CHECK_THAT(far, Contains("shipped scenarios:"));
    CHECK_THAT(far, Contains(" rejecting"));
    // A path is not a slip for a shipped name.
    CHECK_THAT(LoadError("no/such/rejectng.toml"), !Contains("did you mean"));
}
