// Parameter sections: the panel's sliders are the registry's parameters — same names, labels,
// ranges and help — and a value set through a slider lands, clamped, in exactly its own field.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/run/parameter_section.h"
#include "params/param_registry.h"

using namespace sb;
using namespace sb::app;

namespace {

std::vector<std::string> NamesOf(const ParamSection& section) {
    std::vector<std::string> names;
    for (const ParamSlider& s : section.sliders) names.push_back(s.entry->name);
    return names;
}

// The registry parameters whose value differs between two defs.
std::vector<std::string> Differences(const SimulationDef& a, const SimulationDef& b) {
    std::vector<std::string> out;
    for (const ParamEntry& e : ParamRegistry())
        if (e.get(a) != e.get(b)) out.push_back(e.name);
    return out;
}

const ParamSlider& SliderNamed(const ParamSection& section, const std::string& name) {
    for (const ParamSlider& s : section.sliders)
        if (s.entry->name == name) return s;
    FAIL("no slider for " << name);
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("every slider on the panel is a parameter of the registry", "[app][params]") {
    for (const ParamSection* section : PanelSections()) {
        INFO("section " << section->id);
        REQUIRE_FALSE(section->sliders.empty());
        for (const ParamSlider& s : section->sliders) {
            REQUIRE(s.entry != nullptr);
            CHECK(FindParam(s.entry->name) == s.entry);
        }
    }
}

TEST_CASE("a slider's label, range and help are the registry's", "[app][params]") {
    for (const ParamSection* section : PanelSections()) {
        for (const ParamSlider& s : section->sliders) {
            INFO(s.entry->name);
            CHECK(s.label == s.entry->label);
            CHECK(s.min == s.entry->min);
            CHECK(s.max == s.entry->max);
            CHECK(s.help == s.entry->help);
            CHECK(s.range == "Range: " + s.entry->RangeText());
        }
    }
}

TEST_CASE("the panel keeps its sections: two caregiver sliders on Run, four for each year on Inside", "[app][params]") {
    CHECK(NamesOf(RunTodaySection()) == std::vector<std::string>{"today.sensitivity", "today.consistency"});
    CHECK(NamesOf(HistoryCaregiverSection()) ==
          std::vector<std::string>{"caregiver.sensitivity", "caregiver.consistency", "caregiver.acceptance",
                                   "caregiver.frightening"});
    CHECK(NamesOf(TodayCaregiverSection()) == std::vector<std::string>{"today.sensitivity", "today.consistency",
                                                                        "today.acceptance", "today.frightening"});

    std::set<std::string> ids;
    for (const ParamSection* section : PanelSections()) ids.insert(section->id);
    CHECK(ids.size() == PanelSections().size());  // widgets of two sections never share an id
}

TEST_CASE("the first year and today read alike but say when they act", "[app][params]") {
    const ParamSection& history = HistoryCaregiverSection();
    const ParamSection& today = TodayCaregiverSection();
    REQUIRE(history.sliders.size() == today.sliders.size());
    for (std::size_t i = 0; i < history.sliders.size(); ++i) {
        CHECK(history.sliders[i].label == today.sliders[i].label);
        CHECK(history.sliders[i].range == today.sliders[i].range);
        CHECK_THAT(history.sliders[i].help, Catch::Contains("in the first year"));
        CHECK_THAT(today.sliders[i].help, Catch::Contains("in the procedure"));
    }
    CHECK(today.sliders[0].label == "Sensitivity");
    CHECK(today.sliders[0].range == "Range: 1 to 9 (Ainsworth scale)");
}

TEST_CASE("the Ainsworth scales show tenths and the 0-1 parameters hundredths", "[app][params]") {
    const ParamSlider& sensitivity = SliderNamed(TodayCaregiverSection(), "today.sensitivity");
    CHECK(sensitivity.kind == SliderKind::Real);
    CHECK(sensitivity.step == Approx(0.1));
    CHECK(sensitivity.format == "%.1f");
    const ParamSlider& consistency = SliderNamed(TodayCaregiverSection(), "today.consistency");
    CHECK(consistency.step == Approx(0.01));
    CHECK(consistency.format == "%.2f");
    const ParamSlider learning = SliderFor(*FindParam("history.learning_rate"));
    CHECK(learning.format == "%.3f");
}

TEST_CASE("a value beyond a slider's range is stored as its end", "[app][params]") {
    const ParamSlider& sensitivity = SliderNamed(TodayCaregiverSection(), "today.sensitivity");
    CHECK(ClampToSlider(sensitivity, 12.0) == 9.0);
    CHECK(ClampToSlider(sensitivity, -3.0) == 1.0);
    CHECK(ClampToSlider(sensitivity, 4.5) == 4.5);
    CHECK(ClampToSlider(sensitivity, std::numeric_limits<double>::quiet_NaN()) == 1.0);

    SimulationDef def;
    CHECK(ApplySlider(sensitivity, def, 40.0) == 9.0);
    CHECK(def.caregiver.sensitivity == 9.0);
    CHECK(ApplySlider(SliderNamed(HistoryCaregiverSection(), "caregiver.frightening"), def, -1.0) == 0.0);
    CHECK(def.history.caregiver.frightening == 0.0);
}

TEST_CASE("whole-number parameters get integer sliders and round", "[app][params]") {
    const ParamSlider per_month = SliderFor(*FindParam("history.episodes_per_month"));
    CHECK(per_month.kind == SliderKind::Integer);
    CHECK(per_month.step == 1.0);
    CHECK(per_month.format == "%d");
    CHECK(ClampToSlider(per_month, 300.6) == 301.0);
    CHECK(ClampToSlider(per_month, 300.4) == 300.0);
    CHECK(ClampToSlider(per_month, 5000.0) == 3000.0);
    CHECK(ClampToSlider(per_month, 1.0) == 30.0);

    SimulationDef def;
    ApplySlider(per_month, def, 120.7);
    CHECK(def.history.episodes_per_month == 121);
}

TEST_CASE("true-or-false parameters get checkboxes", "[app][params]") {
    const ParamSlider curtail = SliderFor(*FindParam("protocol.curtail_separations"));
    CHECK(curtail.kind == SliderKind::Checkbox);
    CHECK(curtail.range.empty());
    CHECK(ClampToSlider(curtail, 0.3) == 1.0);
    CHECK(ClampToSlider(curtail, 0.0) == 0.0);

    SimulationDef def;
    ApplySlider(curtail, def, 0.0);
    CHECK_FALSE(def.protocol.curtailment.enabled);
}

TEST_CASE("a slider changes its own field of the scenario and nothing else", "[app][params]") {
    for (const ParamSection* section : PanelSections()) {
        for (const ParamSlider& s : section->sliders) {
            INFO(s.entry->name);
            const SimulationDef before;
            SimulationDef after = before;
            // A value inside the range that differs from the default.
            const double v = ClampToSlider(s, s.entry->Default() == s.min ? s.max : s.min);
            ApplySlider(s, after, v);
            CHECK(s.entry->get(after) == v);
            CHECK(Differences(before, after) == std::vector<std::string>{s.entry->name});
            CHECK(after.seed == before.seed);
            CHECK(after.protocol.episodes.size() == before.protocol.episodes.size());
        }
    }
}

TEST_CASE("a section naming a parameter the registry lacks is refused", "[app][params]") {
    CHECK_THROWS_AS(MakeSection("typo", {"today.sensitivty"}), std::logic_error);
}
