// The parameter registry: every parameter a scenario can set is there once, by the name the
// scenario file uses, with a default that is the simulation's own, a range that holds it, and a
// way through a scenario file, a population and the manifest.
#include <catch2/catch.hpp>

#include <cstdio>
#include <set>

#include "batch/population.h"
#include "params/param_registry.h"
#include "record/run_outputs.h"
#include "scenario/scenario.h"

using namespace sb;
using Catch::Matchers::Contains;

namespace {

// A value inside the range that differs from the default, so a round trip shows the value landed.
double OtherValue(const ParamEntry& e) {
    const double d = e.Default();
    if (e.kind == ParamKind::Flag) return d != 0.0 ? 0.0 : 1.0;
    for (double share : {0.37, 0.61, 0.13, 0.87}) {
        double v = e.min + share * (e.max - e.min);
        if (e.kind == ParamKind::Integer) v = static_cast<double>(static_cast<long long>(v));
        if (v != d) return v;
    }
    return e.max;
}

std::string TomlValue(const ParamEntry& e, double v) {
    if (e.kind == ParamKind::Flag) return v != 0.0 ? "true" : "false";
    char buf[64];
    std::snprintf(buf, sizeof buf, e.kind == ParamKind::Integer ? "%.0f" : "%.17g", v);
    return buf;
}

std::string ErrorOf(const std::string& text) {
    try {
        ParseScenario(text, "model.toml");
    } catch (const ScenarioError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("every parameter has one name, a label, help and a range that holds its default", "[params]") {
    std::set<std::string> names;
    for (const ParamEntry& e : ParamRegistry()) {
        INFO(e.name);
        REQUIRE(names.insert(e.name).second);
        REQUIRE_FALSE(e.label.empty());
        REQUIRE_FALSE(e.help.empty());
        REQUIRE(e.min <= e.max);
        REQUIRE(e.Default() >= e.min);
        REQUIRE(e.Default() <= e.max);
    }
    REQUIRE(names.size() > 250);
}

TEST_CASE("each default is the default-constructed simulation's, and the built-in scenario's", "[params]") {
    const SimulationDef plain;
    const Scenario builtin = DefaultScenario();
    const Scenario empty = ParseScenario("", "empty.toml");
    for (const ParamEntry& e : ParamRegistry()) {
        INFO(e.name);
        REQUIRE(e.Default() == e.get(plain));
        REQUIRE(e.get(builtin.sim) == e.Default());
        REQUIRE(e.get(empty.sim) == e.Default());
    }
    REQUIRE(FindParam("model.infant.cry_onset")->Default() == InfantModelDef{}.cry_onset);
    REQUIRE(FindParam("model.caregiving.notice_gain")->Default() == CaregivingRuleDef{}.notice_gain);
    REQUIRE(FindParam("model.stranger_role.joins_calm_infant")->Default() == 1.0);
    REQUIRE(FindParam("model.caregiver_role.joins_calm_infant")->Default() == 0.0);
}

TEST_CASE("every parameter round-trips through a scenario file", "[params][scenario]") {
    for (const ParamEntry& e : ParamRegistry()) {
        const double v = OtherValue(e);
        const std::string text = "[" + std::string(e.Group()) + "]\n" + std::string(e.Key()) + " = " + TomlValue(e, v) + "\n";
        INFO(text);
        const Scenario s = ParseScenario(text, "roundtrip.toml");
        REQUIRE(e.get(s.sim) == v);
    }
}

TEST_CASE("an out-of-range model constant names the file, the line and the allowed range", "[params][scenario][errors]") {
    const std::string e = ErrorOf("[model.infant]\n\ncry_span = 7\n");
    REQUIRE_THAT(e, Contains("model.toml:3:"));
    REQUIRE_THAT(e, Contains("model.infant.cry_span = 7 is out of range"));
    REQUIRE_THAT(e, Contains("allowed range 0.05 to 1"));
    REQUIRE_THAT(ErrorOf("[model.infant]\nsecurity_tau_s = 0\n"), Contains("allowed range 0.1 to 60 s"));
    REQUIRE_THAT(ErrorOf("[model.stranger_role]\nplays_after_release = 1\n"), Contains("must be true or false"));
    REQUIRE_THAT(ErrorOf("[history]\nepisodes_per_month = 300.5\n"), Contains("whole number"));
}

TEST_CASE("the groups give the GUI its sliders", "[params]") {
    const std::vector<const ParamEntry*> today = ParamsInGroup("today");
    REQUIRE(today.size() == 5);
    REQUIRE(today[0]->name == "today.sensitivity");
    SimulationDef def;
    today[0]->set(def, 3.0);
    REQUIRE(def.caregiver.sensitivity == 3.0);
    REQUIRE(def.history.caregiver.sensitivity == 7.0);  // today only, not her history
    const std::vector<std::string> groups = ParamGroups();
    REQUIRE(groups.front() == "caregiver");
    REQUIRE(groups.back() == "model.first_year");
    REQUIRE(ParamsInGroup("model.caregiver_role").size() == ParamsInGroup("model.stranger_role").size());
}

TEST_CASE("a population can draw a model constant within its range", "[params][population]") {
    const Scenario s = ParseScenario(R"(
[population]
sensitivity = { dist = "normal", mean = 6, sd = 1.5 }
model.infant.cry_onset = { dist = "uniform", min = 0.45, max = 0.65 }
[population.model.caregiving]
notice_gain = { dist = "normal", mean = 4, sd = 3 }
)", "pop.toml");
    REQUIRE(s.population.draws.size() == 3);
    REQUIRE(s.population.draws[0].parameter == "caregiver.sensitivity");  // registry order, the order of the draws
    std::set<double> seen;
    for (int i = 0; i < 50; ++i) {
        const SimulationDef d = DrawDyad(s.sim, s.population, DyadSeed(3, i));
        REQUIRE(d.model.infant.cry_onset >= 0.45);
        REQUIRE(d.model.infant.cry_onset <= 0.65);
        REQUIRE(d.model.caregiving.notice_gain >= 0.0);   // truncated to the registry's range
        REQUIRE(d.model.caregiving.notice_gain <= 10.0);
        REQUIRE(d.model.infant.cry_span == InfantModelDef{}.cry_span);  // not drawn: the scenario's value
        seen.insert(d.model.infant.cry_onset);
    }
    REQUIRE(seen.size() == 50);
    REQUIRE_THAT(ErrorOf("[population]\nmodel.infant.cry_onset = { dist = \"uniform\", min = 0.5, max = 3 }\n"),
                 Contains("allowed range 0 to 1"));
    // A flag is drawn as true or false (Bernoulli with `share`), never as a number.
    REQUIRE_THAT(ErrorOf("[population]\nmodel.stranger_role.says_goodbye = 1\n"), Contains("is true or false"));
    REQUIRE_THAT(ErrorOf("[population]\nmodel.stranger_role.says_goodbye = { dist = \"normal\", mean = 1, sd = 1 }\n"),
                 Contains("only \"fixed\""));
}

TEST_CASE("drawing a model constant adds its column to runs.csv and leaves the others alone", "[params][record]") {
    Scenario s = ParseScenario("[population]\ncuriosity = 0.5\nmodel.first_year.try_other = 0.1\n", "pop.toml");
    RunResult r;
    r.def = DrawDyad(s.sim, s.population, 1);
    const std::string csv = RunsCsv({r}, s);
    REQUIRE_THAT(csv, Contains("run_id,seed,scenario,sensitivity,consistency,acceptance,frightening,reactivity,soothability,"
                               "sociability,curiosity,model.first_year.try_other,classification"));
    REQUIRE_THAT(csv, Contains(",0.5,0.1,"));  // written exactly, the shortest text that reads back
}

TEST_CASE("the manifest lists every parameter as used, the model's too", "[params][record]") {
    Scenario s = ParseScenario("[model.infant]\ncry_onset = 0.6\n[model.caregiving]\nrebuff_base = 0.25\n", "m.toml");
    RunResult r;
    r.def = s.sim;
    const std::string manifest = ManifestJson(s, r);
    REQUIRE_THAT(manifest, Contains("\"model.infant.cry_onset\": 0.6"));
    REQUIRE_THAT(manifest, Contains("\"model.caregiving.rebuff_base\": 0.25"));
    REQUIRE_THAT(manifest, Contains("\"model.stranger_role.joins_calm_infant\": true"));
    REQUIRE_THAT(manifest, Contains("\"history.episodes_per_month\": 300"));
    for (const ParamEntry& e : ParamRegistry()) REQUIRE_THAT(manifest, Contains("\"" + e.name + "\""));
}
