// Scenario files: values land in the SimulationDef, and every kind of mistake gets a message
// naming the file, the line and the allowed range — never a crash, never a silent default.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>

#include "params/param_registry.h"

#include "scenario/scenario.h"

using namespace sb;
using Catch::Matchers::Contains;

namespace {
std::string ErrorOf(const std::string& text) {
    try {
        ParseScenario(text, "test.toml");
    } catch (const ScenarioError& e) {
        return e.what();
    }
    return "(no error)";
}
}  // namespace

TEST_CASE("a seed above 2^63 - 1 is written as a string of digits and read exactly", "[scenario]") {
    REQUIRE(ParseScenario("[scenario]\nseed = \"18446744073709551615\"\n", "s.toml").sim.seed == 18446744073709551615ULL);
    REQUIRE(ParseScenario("[scenario]\nseed = \"9223372036854775808\"\n", "s.toml").sim.seed == 9223372036854775808ULL);
    REQUIRE(ParseSeed("0") == std::optional<std::uint64_t>(0));
    REQUIRE_FALSE(ParseSeed(""));
    REQUIRE_FALSE(ParseSeed("-1"));
    REQUIRE_FALSE(ParseSeed("99999999999999999999"));
}

TEST_CASE("a scenario sets caregiver, infant, seed and protocol", "[scenario]") {
    const Scenario s = ParseScenario(R"(
[scenario]
name = "Test"
seed = 77
[caregiver]
sensitivity = 3
consistency = 0.25
[infant]
reactivity = 0.9
[protocol]
step_s = 0.05
hard_cry_s = 45
[[protocol.episode]]
number = 6
duration_s = 120
)", "t.toml");
    REQUIRE(s.name == "Test");
    REQUIRE(s.sim.seed == 77);
    REQUIRE(s.sim.caregiver.sensitivity == 3.0);
    REQUIRE(s.sim.caregiver.consistency == 0.25);
    REQUIRE(s.sim.infant.reactivity == 0.9);
    REQUIRE(s.sim.step_s == 0.05);
    REQUIRE(s.sim.protocol.curtailment.hard_cry_s == 45.0);
    REQUIRE(s.sim.protocol.episodes[5].nominal_s == 120.0);
    REQUIRE(s.sim.protocol.episodes[4].nominal_s == 180.0);
}

TEST_CASE("missing keys keep their defaults", "[scenario]") {
    const Scenario s = ParseScenario("[caregiver]\nsensitivity = 4\n", "t.toml");
    REQUIRE(s.sim.caregiver.consistency == CaregiverDef{}.consistency);
    REQUIRE(s.sim.seed == SimulationDef{}.seed);
}

TEST_CASE("an out-of-range value names file, line and allowed range", "[scenario][errors]") {
    const std::string e = ErrorOf("[caregiver]\n\nsensitivity = 12\n");
    REQUIRE_THAT(e, Contains("test.toml:3:"));
    REQUIRE_THAT(e, Contains("caregiver.sensitivity"));
    REQUIRE_THAT(e, Contains("allowed range 1 to 9"));
}

TEST_CASE("a value just past its bound is shown as written, not rounded onto the bound", "[scenario][errors]") {
    // "acceptance = 9 is out of range (1 to 9)" would contradict itself.
    REQUIRE_THAT(ErrorOf("[caregiver]\nacceptance = 9.0000001\n"),
                 Contains("caregiver.acceptance = 9.0000001 is out of range (allowed range 1 to 9"));
    REQUIRE_THAT(ErrorOf("[caregiver]\nconsistency = -0.000000000001\n"), Contains("consistency = -1e-12 is out of range"));
    REQUIRE_THAT(ErrorOf("[[protocol.episode]]\nnumber = 4\nduration_s = 1200.25\n"), Contains("duration_s = 1200.25 is out of range"));
}

TEST_CASE("a TOML syntax error names file and line", "[scenario][errors]") {
    const std::string e = ErrorOf("[caregiver]\nsensitivity = = 3\n");
    REQUIRE_THAT(e, Contains("test.toml:2:"));
    REQUIRE_THAT(e, Contains("syntax"));
}

TEST_CASE("a misspelt key is an error, not a silent default", "[scenario][errors]") {
    const std::string e = ErrorOf("[caregiver]\nsensitivty = 3\n");
    REQUIRE_THAT(e, Contains("test.toml:2:"));
    REQUIRE_THAT(e, Contains("unknown key 'sensitivty'"));
    REQUIRE_THAT(e, Contains("sensitivity"));
}

TEST_CASE("a value of the wrong type is an error", "[scenario][errors]") {
    REQUIRE_THAT(ErrorOf("[caregiver]\nconsistency = \"high\"\n"), Contains("must be a number"));
    REQUIRE_THAT(ErrorOf("[scenario]\nseed = -4\n"), Contains("allowed range 0 to 18446744073709551615"));
    REQUIRE_THAT(ErrorOf("[scenario]\nseed = \"18446744073709551616\"\n"), Contains("is not a whole number"));
    REQUIRE_THAT(ErrorOf("[scenario]\nseed = \"12a\"\n"), Contains("is not a whole number"));
    REQUIRE_THAT(ErrorOf("[scenario]\nseed = 1.5\n"), Contains("whole number"));
    REQUIRE_THAT(ErrorOf("caregiver = 3\n"), Contains("must be a table"));
    REQUIRE_THAT(ErrorOf("[protocol]\ncurtail_separations = 1\n"), Contains("true or false"));
}

TEST_CASE("an episode override must name an episode that exists", "[scenario][errors]") {
    REQUIRE_THAT(ErrorOf("[[protocol.episode]]\nnumber = 9\nduration_s = 60\n"), Contains("allowed range 1 to 8"));
    REQUIRE_THAT(ErrorOf("[[protocol.episode]]\nduration_s = 60\n"), Contains("needs a number"));
    REQUIRE_THAT(ErrorOf("[[protocol.episode]]\nnumber = 4\nduration_s = 5\n"), Contains("allowed range 10 to 1200 s"));
}

TEST_CASE("a missing file or a folder is a clear error", "[scenario][errors]") {
    REQUIRE_THROWS_WITH(LoadScenario("/nonexistent/nowhere.toml"), Contains("no such scenario file"));
    REQUIRE_THROWS_WITH(LoadScenario(std::filesystem::temp_directory_path().string()), Contains("is a folder"));
}

TEST_CASE("an empty file is the default scenario", "[scenario]") {
    const Scenario s = ParseScenario("", "empty.toml");
    REQUIRE(s.sim.caregiver.sensitivity == CaregiverDef{}.sensitivity);
}

TEST_CASE("every shipped scenario loads", "[scenario]") {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(SB_SCENARIO_DIR)) {
        if (entry.path().extension() != ".toml") continue;
        INFO(entry.path().string());
        REQUIRE_NOTHROW(LoadScenario(entry.path().string()));
        ++count;
    }
    REQUIRE(count >= 2);
}

TEST_CASE("a shipped scenario can be named without its folder", "[scenario]") {
    REQUIRE(LoadScenario("default").name == "Default dyad");
    // With its extension too, as a file name is usually written (the current folder has none).
    REQUIRE(LoadScenario("default.toml").name == "Default dyad");
}

TEST_CASE("an empty scenario name is an error, not the default dyad", "[scenario][errors]") {
    REQUIRE_THROWS_WITH(LoadScenario(""), Contains("the scenario is empty") && Contains("scenarios/"));
}

TEST_CASE("the shipped default file and the built-in default run the same procedure", "[scenario]") {
    const Scenario file = LoadScenario("default");
    const Scenario builtin = DefaultScenario();
    REQUIRE(file.sim.seed == builtin.sim.seed);
    REQUIRE(file.sim.caregiver.sensitivity == builtin.sim.caregiver.sensitivity);
    REQUIRE(file.sim.caregiver.consistency == builtin.sim.caregiver.consistency);
    REQUIRE(file.sim.infant.reactivity == builtin.sim.infant.reactivity);
}

TEST_CASE("caregiving can change during the first year, and today can differ from the history", "[scenario][history]") {
    const Scenario s = ParseScenario(R"(
[caregiver]
sensitivity = 3
acceptance = 2
[[caregiver.change]]
at_month = 6
sensitivity = 8
[history]
months = 10
)", "t.toml");
    REQUIRE(s.sim.history.caregiver.sensitivity == 3.0);
    REQUIRE(s.sim.history.changes.size() == 1);
    REQUIRE(s.sim.history.changes[0].at_month == 6.0);
    REQUIRE(s.sim.history.changes[0].caregiver.sensitivity == 8.0);
    REQUIRE(s.sim.history.changes[0].caregiver.acceptance == 2.0);  // unchanged keys carry over
    REQUIRE(s.sim.caregiver.sensitivity == 8.0);                    // today: as after the change
    REQUIRE(s.sim.history.months == 10.0);

    const Scenario today = ParseScenario("[caregiver]\nsensitivity = 3\n[today]\nsensitivity = 9\n", "t.toml");
    REQUIRE(today.sim.history.caregiver.sensitivity == 3.0);
    REQUIRE(today.sim.caregiver.sensitivity == 9.0);
}

TEST_CASE("caregiving changes must be in order and in range", "[scenario][errors]") {
    REQUIRE_THAT(ErrorOf("[[caregiver.change]]\nat_month = 30\n"), Contains("allowed range 0 to 24 months"));
    REQUIRE_THAT(ErrorOf("[[caregiver.change]]\nat_month = 8\n[[caregiver.change]]\nat_month = 4\n"), Contains("in order"));
    REQUIRE_THAT(ErrorOf("[[caregiver.change]]\nsensitivity = 4\n"), Contains("needs at_month"));
    REQUIRE_THAT(ErrorOf("[caregiver]\nfrightening = 2\n"), Contains("allowed range 0 to 1"));
    REQUIRE_THAT(ErrorOf("[caregiver]\nacceptance = 0\n"), Contains("allowed range 1 to 9"));
}

TEST_CASE("a population gives each parameter a distribution", "[scenario][population]") {
    const Scenario s = ParseScenario(R"(
[population]
sensitivity = { dist = "normal", mean = 6, sd = 1.5 }
frightening = { dist = "uniform", min = 0.2, max = 0.6, share = 0.1, otherwise = 0.0 }
curiosity = 0.7
)", "t.toml");
    REQUIRE(s.population.enabled);
    const ParameterDistribution* sensitivity = s.population.Find("caregiver.sensitivity");
    const ParameterDistribution* frightening = s.population.Find("caregiver.frightening");
    const ParameterDistribution* curiosity = s.population.Find("infant.curiosity");
    REQUIRE(sensitivity);
    REQUIRE(frightening);
    REQUIRE(curiosity);
    REQUIRE(sensitivity->kind == ParameterDistribution::Kind::Normal);
    REQUIRE(sensitivity->b == 1.5);
    REQUIRE(frightening->kind == ParameterDistribution::Kind::Uniform);
    REQUIRE(frightening->share == 0.1);
    REQUIRE(curiosity->kind == ParameterDistribution::Kind::Fixed);
    REQUIRE(curiosity->a == 0.7);
    REQUIRE_FALSE(s.population.Find("caregiver.consistency"));
}

TEST_CASE("a malformed population entry names the line and what is allowed", "[scenario][population][errors]") {
    REQUIRE_THAT(ErrorOf("[population]\nsensitivity = { dist = \"gamma\", mean = 5 }\n"), Contains("test.toml:2:"));
    REQUIRE_THAT(ErrorOf("[population]\nsensitivity = { dist = \"gamma\", mean = 5 }\n"), Contains("allowed: \"fixed\", \"normal\", \"uniform\""));
    REQUIRE_THAT(ErrorOf("[population]\nsensitivity = { dist = \"normal\", mean = 5 }\n"), Contains("needs mean and sd"));
    REQUIRE_THAT(ErrorOf("[population]\nsensitivity = { dist = \"normal\", mean = 12, sd = 1 }\n"), Contains("allowed range 1 to 9"));
    REQUIRE_THAT(ErrorOf("[population]\nconsistency = { dist = \"uniform\", min = 0.8, max = 0.2 }\n"), Contains("not be below min"));
    REQUIRE_THAT(ErrorOf("[population]\nwarmth = 3\n"), Contains("unknown key 'warmth'"));
}

TEST_CASE("a whole-number parameter given a fraction is an error wherever a dyad would get it as written", "[scenario][errors]") {
    const std::string e = ErrorOf("[history]\nepisodes_per_month = 30.9\n");
    CHECK_THAT(e, Contains("test.toml:2:") && Contains("history.episodes_per_month must be a whole number (allowed range 30 to 3000)"));
    CHECK_THAT(ErrorOf("[population]\n\"history.episodes_per_month\" = 30.9\n"), Contains("whole number"));
    CHECK_THAT(ErrorOf("[population]\n\"history.episodes_per_month\" = { dist = \"fixed\", value = 30.9 }\n"),
               Contains("test.toml:2:") && Contains("population.history.episodes_per_month.value must be a whole number"));
    CHECK_THAT(ErrorOf("[population]\n\"history.episodes_per_month\" = { dist = \"uniform\", min = 100, max = 200, share = 0.5, otherwise = 99.5 }\n"),
               Contains("otherwise must be a whole number"));
    // A mean need not be whole: each dyad's draw is rounded to the nearest whole number.
    CHECK(ErrorOf("[population]\n\"history.episodes_per_month\" = { dist = \"normal\", mean = 300.5, sd = 10 }\n") == "(no error)");
}

TEST_CASE("scenario rules that would make a nonsense procedure are errors", "[scenario][errors]") {
    REQUIRE_THAT(ErrorOf("[[protocol.episode]]\nnumber = 3\ncurtailable = true\n"), Contains("not a separation"));
    REQUIRE_THAT(ErrorOf("[[protocol.episode]]\nnumber = 6\nextendable = true\n"), Contains("not a reunion"));
    REQUIRE_THAT(ErrorOf("[history]\nmonths = 3\n[[caregiver.change]]\nat_month = 6\n"), Contains("after the first year ends"));
    REQUIRE_THAT(ErrorOf("[population]\nsensitivity = { dist = \"uniform\", min = 5, max = 7, share = 0.5 }\n"),
                 Contains("otherwise"));
}

TEST_CASE("a population keeps an explicit today", "[scenario][population]") {
    const Scenario s = ParseScenario("[caregiver]\nsensitivity = 4\n[today]\nsensitivity = 8\n[population]\ncuriosity = 0.5\n", "t.toml");
    const SimulationDef d = DrawDyad(s.sim, s.population, 99);
    REQUIRE(d.history.caregiver.sensitivity == 4.0);
    REQUIRE(d.caregiver.sensitivity == 8.0);
}

TEST_CASE("a [model] table sets any model constant by its name", "[scenario][model]") {
    const Scenario s = ParseScenario(R"(
[model.infant]
cry_onset = 0.6
within_reach_m = 0.4
[model.caregiving]
rebuff_base = 0.3
[model.stranger_role]
joins_calm_infant = false
[model]
first_year.try_other = 0.1
)", "t.toml");
    REQUIRE(s.sim.model.infant.cry_onset == 0.6);
    REQUIRE(s.sim.model.infant.within_reach_m == 0.4);
    REQUIRE(s.sim.model.caregiving.rebuff_base == 0.3);
    REQUIRE_FALSE(s.sim.model.stranger_role.joins_calm_infant);
    REQUIRE(s.sim.model.first_year.try_other == 0.1);
    REQUIRE(s.sim.model.infant.cry_span == InfantModelDef{}.cry_span);
}

TEST_CASE("a misspelt model constant is answered with the nearest names", "[scenario][model][errors]") {
    const std::string e = ErrorOf("[model.caregiving]\nnotice_gian = 3\n");
    REQUIRE_THAT(e, Contains("test.toml:2:"));
    REQUIRE_THAT(e, Contains("unknown key 'notice_gian' in [model.caregiving]"));
    REQUIRE_THAT(e, Contains("notice_gain"));
    REQUIRE_THAT(ErrorOf("[model.adult]\nx = 1\n"), Contains("[model.caregiver_role]"));
    REQUIRE_THAT(ErrorOf("[population]\nmodel.infant.cry_onsett = 0.5\n"), Contains("model.infant.cry_onset"));
}

TEST_CASE("a very long unknown key is echoed shortened, and the nearest names are still found quickly", "[scenario][errors]") {
    const std::string key = "sensitivty" + std::string(70000, 'x');
    const std::string shown = "'" + key.substr(0, 60) + "… (70010 characters)'";
    for (const std::string table : {"caregiver", "model.infant", "population"}) {
        INFO(table);
        const auto start = std::chrono::steady_clock::now();
        const std::string e = ErrorOf("[" + table + "]\n" + key + " = 3\n");
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        CHECK_THAT(e, Contains("test.toml:2:") && Contains("unknown key " + shown));
        CHECK(e.size() < 1000);
        // Comparing all 70 KB with each of the registry's ~330 names would be some 700 million steps.
        CHECK(seconds < 0.5);
    }
    CHECK_THAT(ErrorOf("[model]\n" + key + " = 3\n"), Contains("unknown key " + shown));
}

TEST_CASE("a shortened name never splits a character", "[scenario][errors]") {
    // "é" is two bytes in UTF-8; cutting after 3 bytes would leave half of the second one.
    REQUIRE(ShortForMessage("éééé", 3) == "é… (4 characters)");
    REQUIRE(ShortForMessage("short", 60) == "short");
}

TEST_CASE("a population can correlate normally drawn parameters, by bare or full names", "[scenario][population][correlations]") {
    const Scenario s = ParseScenario(R"([population]
sensitivity = { dist = "normal", mean = 6.0, sd = 1.6 }
acceptance  = { dist = "normal", mean = 6.2, sd = 1.6 }
consistency = { dist = "normal", mean = 0.75, sd = 0.15 }
correlations = [
  { between = ["sensitivity", "caregiver.acceptance"], r = 0.5 },
  { between = ["consistency", "sensitivity"], r = -0.4 },
]
)", "t.toml");
    REQUIRE(s.population.correlations.size() == 2);
    CHECK(s.population.correlations[0].first == "caregiver.sensitivity");
    CHECK(s.population.correlations[0].second == "caregiver.acceptance");
    CHECK(s.population.correlations[0].r == 0.5);
    CHECK(s.population.correlations[1].first == "caregiver.consistency");
    CHECK(s.population.correlations[1].r == -0.4);
    // The same pairs as [[population.correlations]] tables.
    const Scenario t = ParseScenario(R"([population]
sensitivity = { dist = "normal", mean = 6.0, sd = 1.6 }
acceptance  = { dist = "normal", mean = 6.2, sd = 1.6 }
[[population.correlations]]
between = ["sensitivity", "acceptance"]
r = 0.5
)", "t.toml");
    REQUIRE(t.population.correlations.size() == 1);
    CHECK(t.population.correlations[0].second == "caregiver.acceptance");
}

namespace {
// A population of three normally drawn caregiving parameters, a uniform one, a fixed one and one
// drawn for only some dyads, followed by `correlations` from line 8 on.
std::string CorrelationError(const std::string& correlations) {
    return ErrorOf(R"([population]
sensitivity = { dist = "normal", mean = 6.0, sd = 1.6 }
consistency = { dist = "normal", mean = 0.75, sd = 0.15 }
acceptance  = { dist = "normal", mean = 6.2, sd = 1.6 }
frightening = { dist = "uniform", min = 0.15, max = 0.6, share = 0.18, otherwise = 0.0 }
curiosity = 0.5
reactivity = { dist = "normal", mean = 0.5, sd = 0.15, share = 0.5, otherwise = 0.5 }
)" + correlations);
}
}  // namespace

TEST_CASE("a correlation outside -1..1 names its line and the allowed range", "[scenario][population][correlations][errors]") {
    const std::string e = CorrelationError("correlations = [ { between = [\"sensitivity\", \"acceptance\"], r = 1.2 } ]\n");
    CHECK_THAT(e, Contains("test.toml:8:"));
    CHECK_THAT(e, Contains("r = 1.2 is out of range (allowed range -1 to 1)"));
    CHECK_THAT(CorrelationError("correlations = [ { between = [\"sensitivity\", \"acceptance\"], r = -1.5 } ]\n"),
               Contains("allowed range -1 to 1"));
    CHECK_THAT(CorrelationError("correlations = [ { between = [\"sensitivity\", \"acceptance\"], r = \"strong\" } ]\n"),
               Contains("must be a number (allowed range -1 to 1)"));
}

TEST_CASE("only parameters drawn from a normal distribution for every dyad can be correlated", "[scenario][population][correlations][errors]") {
    const std::string uniform = CorrelationError("correlations = [ { between = [\"sensitivity\", \"frightening\"], r = 0.2 } ]\n");
    CHECK_THAT(uniform, Contains("test.toml:8:"));
    CHECK_THAT(uniform, Contains("frightening is drawn from a uniform distribution"));
    CHECK_THAT(uniform, Contains("only parameters drawn from a normal distribution for every dyad can be correlated"));
    CHECK_THAT(CorrelationError("correlations = [ { between = [\"curiosity\", \"sensitivity\"], r = 0.2 } ]\n"),
               Contains("curiosity is fixed (every dyad gets the same value)"));
    CHECK_THAT(CorrelationError("correlations = [ { between = [\"sensitivity\", \"reactivity\"], r = 0.2 } ]\n"),
               Contains("reactivity is drawn for only 50% of dyads (share = 0.5)"));
    const std::string undrawn = CorrelationError("correlations = [ { between = [\"sensitivity\", \"soothability\"], r = 0.2 } ]\n");
    CHECK_THAT(undrawn, Contains("test.toml:8:"));
    CHECK_THAT(undrawn, Contains("soothability is not drawn in this population"));
    const std::string unknown = CorrelationError("correlations = [ { between = [\"sensitivty\", \"acceptance\"], r = 0.2 } ]\n");
    CHECK_THAT(unknown, Contains("no parameter is named 'sensitivty'"));
    CHECK_THAT(unknown, Contains("did you mean: sensitivity"));
}

TEST_CASE("a parameter paired with itself, or a pair given twice, is an error", "[scenario][population][correlations][errors]") {
    const std::string self = CorrelationError("correlations = [ { between = [\"sensitivity\", \"caregiver.sensitivity\"], r = 0.2 } ]\n");
    CHECK_THAT(self, Contains("test.toml:8:"));
    CHECK_THAT(self, Contains("sensitivity is paired with itself"));
    const std::string twice = CorrelationError(R"(correlations = [
  { between = ["sensitivity", "acceptance"], r = 0.5 },
  { between = ["caregiver.acceptance", "sensitivity"], r = 0.4 },
]
)");
    CHECK_THAT(twice, Contains("test.toml:10:"));
    CHECK_THAT(twice, Contains("the pair acceptance and sensitivity is given twice (first on line 9)"));
}

TEST_CASE("correlations that no population could have are an error saying what would fit", "[scenario][population][correlations][errors]") {
    // Two parameters that both go strongly with sensitivity must go together at least moderately.
    const std::string e = CorrelationError(R"(correlations = [
  { between = ["sensitivity", "acceptance"], r = 0.9 },
  { between = ["sensitivity", "consistency"], r = 0.9 },
  { between = ["acceptance", "consistency"], r = 0.1 },
]
)");
    CHECK_THAT(e, Contains("test.toml:11:"));
    CHECK_THAT(e, Contains("the correlations given are not consistent with one another"));
    CHECK_THAT(e, Contains("acceptance and consistency can correlate only from 0.62 to 1, not 0.1"));
    // Perfect correlations are possible, but then they fix the rest.
    CHECK_THAT(CorrelationError(R"(correlations = [
  { between = ["sensitivity", "acceptance"], r = 1 },
  { between = ["sensitivity", "consistency"], r = 1 },
  { between = ["acceptance", "consistency"], r = 0.5 },
]
)"), Contains("can correlate only at 1, not 0.5"));
    CHECK(CorrelationError(R"(correlations = [
  { between = ["sensitivity", "acceptance"], r = 1 },
  { between = ["sensitivity", "consistency"], r = 1 },
  { between = ["acceptance", "consistency"], r = 1 },
]
)") == "(no error)");
}

TEST_CASE("a malformed list of correlations says what an entry looks like", "[scenario][population][correlations][errors]") {
    CHECK_THAT(CorrelationError("[population.correlations]\nsensitivity = 0.5\n"), Contains("must be a list of pairs"));
    CHECK_THAT(CorrelationError("correlations = [ 0.5 ]\n"), Contains("must be a pair like { between = [\"sensitivity\", \"acceptance\"], r = 0.5 }"));
    CHECK_THAT(CorrelationError("correlations = [ { between = [\"sensitivity\"], r = 0.5 } ]\n"), Contains("must name two parameters"));
    CHECK_THAT(CorrelationError("correlations = [ { between = [\"sensitivity\", \"acceptance\"] } ]\n"), Contains("needs between"));
    CHECK_THAT(CorrelationError("correlations = [ { between = [\"sensitivity\", \"acceptance\"], rho = 0.5 } ]\n"),
               Contains("unknown key 'rho' in [population.correlations]"));
    CHECK_THAT(CorrelationError("correlation = 0.5\n"), Contains("did you mean: correlations"));
}
