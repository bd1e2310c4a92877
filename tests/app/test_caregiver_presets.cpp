// Caregiver presets: each has the caregiver of the shipped scenario it names, is named as a
// caregiver, and is recognised again once applied.
#include <catch2/catch.hpp>

#include <set>

#include "app/run/caregiver_presets.h"
#include "scenario/scenario.h"

using namespace sb;
using namespace sb::app;

TEST_CASE("each preset is the caregiver of the scenario it names", "[app][presets]") {
    REQUIRE(CaregiverPresets().size() == 4);
    for (const CaregiverPreset& p : CaregiverPresets()) {
        INFO(p.name);
        const Scenario sc = LoadScenario(p.scenario);
        REQUIRE(sc.name == p.name);  // the scenario calls her what the button calls her
        REQUIRE(p.Matches(sc.sim.history.caregiver));
        REQUIRE(sc.sim.history.changes.empty());
    }
}

TEST_CASE("presets name caregivers, apply only her four parameters and are told apart", "[app][presets]") {
    std::set<std::string> names;
    CaregiverDef base;
    base.walk_speed_mps = 1.1;
    for (const CaregiverPreset& p : CaregiverPresets()) {
        REQUIRE(p.name.find("caregiver") != std::string::npos);
        REQUIRE(p.name.find(p.button) == 0);
        names.insert(p.name);
        const CaregiverDef c = p.Apply(base);
        REQUIRE(c.walk_speed_mps == 1.1);
        REQUIRE(p.Matches(c));
        for (const CaregiverPreset& other : CaregiverPresets())
            if (&other != &p) REQUIRE_FALSE(other.Matches(c));
    }
    REQUIRE(names.size() == 4);
    REQUIRE_FALSE(CaregiverPresets().front().Matches(CaregiverDef{}));  // the default dyad is none of them
}
