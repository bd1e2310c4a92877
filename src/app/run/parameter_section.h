// Parameter sections: which registry parameters the panel shows as sliders, grouped and ordered as
// the panel shows them, each slider's label, range, format, step and tooltip taken from its
// ParamEntry — so a slider says what the scenario files and the command line say about the same
// parameter, and changing a label or a range in the registry changes the panel too. No drawing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "params/param_registry.h"
#include "sim/simulation.h"

namespace sb::app {

enum class SliderKind { Real, Integer, Checkbox };

// One control, described from its registry entry.
struct ParamSlider {
    const ParamEntry* entry = nullptr;  // into the registry, which lives as long as the program
    std::string label;    // the entry's label
    SliderKind kind = SliderKind::Real;
    double min = 0.0;     // the entry's range
    double max = 1.0;
    double step = 0.01;   // the finest change worth showing: 1 for whole numbers
    std::string format;   // printf format of the value at that step: "%.1f", "%.2f", "%d"
    std::string help;     // the entry's help, for the tooltip
    std::string range;    // "Range: 1 to 9 (Ainsworth scale)", under the help; empty for a checkbox
};

// A group of sliders the panel draws together, in order.
struct ParamSection {
    std::string id;       // keeps two sections' widgets apart when they show the same labels
    std::vector<ParamSlider> sliders;
};

// The slider for one registry entry.
ParamSlider SliderFor(const ParamEntry& entry);
// A section of the named entries, in the order given. Throws std::logic_error for a name the
// registry does not have: a panel naming a parameter that does not exist is a programming error.
ParamSection MakeSection(std::string id, const std::vector<std::string>& names);

// The caregiver's four parameters as both caregiver sections show them (her walking speed is the
// room's business, not a lecturer's).
inline constexpr std::string_view kCaregiverKeys[] = {"sensitivity", "consistency", "acceptance", "frightening"};

// The panel's sections. Today's caregiver on the Run tab: sensitivity and consistency, the two a
// lecture starts with. On the Inside tab: the first year's caregiver ("caregiver" group; a change
// re-runs the year) and today's ("today" group; acts at once), the same four parameters each.
const ParamSection& RunTodaySection();
const ParamSection& HistoryCaregiverSection();
const ParamSection& TodayCaregiverSection();
// All of them, for the tests.
std::vector<const ParamSection*> PanelSections();

// `value` as the slider may hold it: a flag is 0 or 1, a whole number is rounded, anything is
// clamped to the range (not a number gives the minimum).
double ClampToSlider(const ParamSlider& slider, double value);
// Stores `value`, clamped, in `def` through the entry's setter; returns the value stored.
double ApplySlider(const ParamSlider& slider, SimulationDef& def, double value);

}  // namespace sb::app
