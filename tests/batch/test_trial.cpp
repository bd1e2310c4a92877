// Simulated trials: arms by permuted blocks from the batch seed, the intervention as a caregiving
// change from its month, control dyads run exactly as without a trial, and [trial] tables that are
// wrong are refused with file, line and range.
#include <catch2/catch.hpp>

#include <map>

#include "batch/batch_runner.h"
#include "batch/trial.h"
#include "model/home_history.h"
#include "scenario/scenario.h"

using namespace sb;
using Catch::Matchers::Contains;

namespace {

const char* const kTwoArms = R"(
[trial]
block_size = 4

[[trial.arm]]
name = "control"
share = 0.5

[[trial.arm]]
name = "intervention"
share = 0.5
at_month = 6
sensitivity = { add = 0.6 }
)";

}  // namespace

TEST_CASE("a [trial] table is read into arms, shares and interventions", "[trial][scenario]") {
    const Scenario s = ParseScenario(kTwoArms, "t.toml");
    REQUIRE(s.trial.enabled);
    REQUIRE(s.trial.block_size == 4);
    REQUIRE(s.trial.arms.size() == 2);
    REQUIRE_FALSE(s.trial.arms[0].intervenes);
    const TrialArm& t = s.trial.arms[1];
    REQUIRE(t.name == "intervention");
    REQUIRE(t.intervenes);
    REQUIRE(t.at_month == 6.0);
    REQUIRE(t.adjustments.size() == 1);
    REQUIRE(t.adjustments[0].parameter == "caregiver.sensitivity");
    REQUIRE(t.adjustments[0].kind == CaregiverAdjustment::Kind::Add);
    REQUIRE(t.adjustments[0].value == Approx(0.6));
    REQUIRE(s.trial.PerBlock() == std::vector<int>{2, 2});
    REQUIRE_FALSE(ParseScenario("", "t.toml").trial.enabled);
}

TEST_CASE("every block holds each arm its share of times, in an order from the seed", "[trial]") {
    TrialDef trial;
    trial.enabled = true;
    trial.block_size = 10;
    trial.arms.resize(3);
    trial.arms[0].share = 0.5;
    trial.arms[1].share = 0.3;
    trial.arms[2].share = 0.2;
    for (int block = 0; block < 50; ++block) {
        std::map<int, int> count;
        for (int i = 0; i < 10; ++i) ++count[ArmOf(trial, 9, block * 10 + i)];
        REQUIRE(count[0] == 5);
        REQUIRE(count[1] == 3);
        REQUIRE(count[2] == 2);
    }
    // Reproducible from the seed and the index alone, and not the same order for every seed or block.
    std::string a, b, c;
    for (int i = 0; i < 40; ++i) {
        a += std::to_string(ArmOf(trial, 9, i));
        b += std::to_string(ArmOf(trial, 9, i));
        c += std::to_string(ArmOf(trial, 10, i));
    }
    REQUIRE(a == b);
    REQUIRE(a != c);
    REQUIRE(a.substr(0, 10) != a.substr(10, 10));
    TrialDef none;
    REQUIRE(ArmOf(none, 9, 0) == -1);
}

TEST_CASE("an intervention changes the caregiving from its month, capped to the range", "[trial]") {
    TrialArm arm;
    arm.name = "intervention";
    arm.intervenes = true;
    arm.at_month = 6;
    arm.adjustments = {{"caregiver.sensitivity", CaregiverAdjustment::Kind::Add, 0.6},
                       {"caregiver.acceptance", CaregiverAdjustment::Kind::Set, 8.0}};
    PopulationDef pop;
    SimulationDef def;
    def.history.caregiver.sensitivity = 4.0;
    def.history.caregiver.acceptance = 3.0;
    def.caregiver = def.history.caregiver;
    ApplyArm(arm, pop, def);
    REQUIRE(def.history.changes.size() == 1);
    REQUIRE(CaregiverAt(def.history, 5.9).sensitivity == 4.0);
    REQUIRE(CaregiverAt(def.history, 6.0).sensitivity == Approx(4.6));
    REQUIRE(CaregiverAt(def.history, 6.0).acceptance == 8.0);
    REQUIRE(YearEndSensitivity(def) == Approx(4.6));
    REQUIRE(def.caregiver.sensitivity == Approx(4.6));  // today follows the end of the history

    // Changes before the month carry on into it; changes after it are changed the same way.
    SimulationDef phases;
    phases.history.caregiver.sensitivity = 4.0;
    CaregivingChange early, late;
    early.at_month = 3;
    early.caregiver.sensitivity = 5.0;
    late.at_month = 9;
    late.caregiver.sensitivity = 8.8;
    phases.history.changes = {early, late};
    ApplyArm(arm, pop, phases);
    REQUIRE(phases.history.changes.size() == 3);
    REQUIRE(CaregiverAt(phases.history, 4).sensitivity == 5.0);
    REQUIRE(CaregiverAt(phases.history, 7).sensitivity == Approx(5.6));
    REQUIRE(CaregiverAt(phases.history, 10).sensitivity == 9.0);  // 8.8 + 0.6, capped at the scale's top

    // A caregiver the scenario sets for today ([today]) stays as set.
    PopulationDef today_given;
    today_given.today_given = true;
    SimulationDef fixed;
    fixed.caregiver.sensitivity = 2.0;
    ApplyArm(arm, today_given, fixed);
    REQUIRE(fixed.caregiver.sensitivity == 2.0);

    // A control arm changes nothing; an intervention after the history's end is refused.
    SimulationDef untouched;
    ApplyArm(TrialArm{}, pop, untouched);
    REQUIRE(untouched.history.changes.empty());
    untouched.history.months = 5;
    REQUIRE_THROWS_AS(ApplyArm(arm, pop, untouched), std::invalid_argument);
}

TEST_CASE("a trial batch: control dyads run as without the trial, the same for any threads", "[trial][batch]") {
    const Scenario with = LoadScenario("trial-sensitivity");
    Scenario without = with;
    without.trial = TrialDef{};
    BatchOptions one, two;
    one.n = two.n = 10;
    one.seed = two.seed = 4;
    one.threads = 1;
    two.threads = 2;
    const auto a = RunBatch(with, with.population, one);
    const auto b = RunBatch(with, with.population, two);
    const auto plain = RunBatch(without, without.population, one);
    REQUIRE(RunsCsv(a, with) == RunsCsv(b, with));
    int treated = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        REQUIRE(a[i].arm == with.trial.arms[static_cast<std::size_t>(ArmOf(with.trial, 4, static_cast<int>(i)))].name);
        REQUIRE(plain[i].arm.empty());
        if (a[i].arm == "control") {
            REQUIRE(a[i].trace_hash == plain[i].trace_hash);
            REQUIRE(YearEndSensitivity(a[i].def) == YearEndSensitivity(plain[i].def));
        } else {
            ++treated;
            REQUIRE(YearEndSensitivity(a[i].def) > YearEndSensitivity(plain[i].def));
        }
    }
    REQUIRE(treated == 5);
    const std::string csv = RunsCsv(a, with);
    REQUIRE(csv.substr(0, csv.find('\n')).find(",trace_hash,arm,year_end_sensitivity") != std::string::npos);
    REQUIRE(RunsCsv(plain, without).find(",arm") == std::string::npos);
}

TEST_CASE("a wrong [trial] table is refused with file, line and allowed range", "[trial][scenario]") {
    auto fails = [](const std::string& text) -> std::string {
        try {
            ParseScenario(text, "t.toml");
        } catch (const ScenarioError& e) {
            return e.what();
        }
        return "accepted";
    };
    const std::string control = "[trial]\n[[trial.arm]]\nname = \"control\"\nshare = 0.5\n";
    REQUIRE_THAT(fails(control + "[[trial.arm]]\nname = \"x\"\nshare = 0.4\n"), Contains("add up to 0.9"));
    REQUIRE_THAT(fails("[trial]\nblock_size = 3\n[[trial.arm]]\nname = \"control\"\nshare = 0.5\n[[trial.arm]]\nname = \"x\"\nshare = 0.5\n"),
                 Contains("t.toml:5:9") && Contains("1.5 dyads in each block of 3"));
    REQUIRE_THAT(fails(control + "[[trial.arm]]\nname = \"x\"\nshare = 0.5\nat_month = 6\nsensitivity = { add = 9 }\n"),
                 Contains("t.toml:9:") && Contains("trial.arm.sensitivity.add = 9 is out of range (allowed range -8 to 8"));
    REQUIRE_THAT(fails(control + "[[trial.arm]]\nname = \"x\"\nshare = 0.5\nat_month = 6\nsensitivity = { set = 0 }\n"),
                 Contains("allowed range 1 to 9"));
    REQUIRE_THAT(fails(control + "[[trial.arm]]\nname = \"x\"\nshare = 0.5\nat_month = 6\nsensitivity = 7\n"),
                 Contains("must be a table: { add = ... }"));
    REQUIRE_THAT(fails(control + "[[trial.arm]]\nname = \"x\"\nshare = 0.5\nat_month = 12\nsensitivity = { add = 1 }\n"),
                 Contains("t.toml:8:") && Contains("after the first year ends (allowed range 0 to below 12 months"));
    REQUIRE_THAT(fails(control + "[[trial.arm]]\nname = \"x\"\nshare = 0.5\nsensitivity = { add = 1 }\n"), Contains("has no at_month"));
    REQUIRE_THAT(fails(control + "[[trial.arm]]\nname = \"x\"\nshare = 0.5\nat_month = 3\n"), Contains("changes nothing"));
    REQUIRE_THAT(fails(control + "[[trial.arm]]\nname = \"control\"\nshare = 0.5\n"), Contains("names two arms"));
    REQUIRE_THAT(fails(control + "[[trial.arm]]\nname = \"a,b\"\nshare = 0.5\n"), Contains("only letters, digits"));
    REQUIRE_THAT(fails(control + "[[trial.arm]]\nname = \"x\"\nshare = 0.5\nwalk_speed_mps = { add = 1 }\n"),
                 Contains("unknown key 'walk_speed_mps' in [trial.arm]"));
    REQUIRE_THAT(fails(control), Contains("1 arm(s) (allowed 2 to 8 arms)"));
    REQUIRE_THAT(fails("[trial]\nname = \"t\"\n"), Contains("needs its arms"));
    REQUIRE_THAT(fails("[trial]\nblock = 4\n"), Contains("unknown key 'block' in [trial]"));
    REQUIRE_THAT(fails("trial = 3\n"), Contains("'trial' must be a table"));
}
