// Parameter sections from the registry: the slider each entry gets, the panel's sections, and
// clamping a value into a slider's range on its way into a SimulationDef.
#include "app/run/parameter_section.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace sb::app {

namespace {

// The largest power of ten that still leaves at least 50 steps across the range: 0.1 on a 1-9
// scale, 0.01 on 0-1, 0.001 on a learning rate of 0.001-0.2. Finer is noise on a slider a few
// hundred pixels wide; coarser hides differences the model responds to.
double StepFor(double span) {
    if (!(span > 0.0)) return 1.0;
    return std::pow(10.0, std::floor(std::log10(span / 50.0)));
}

std::string FormatFor(SliderKind kind, double step) {
    if (kind != SliderKind::Real) return "%d";
    const int decimals = std::max(0, static_cast<int>(std::lround(-std::log10(step))));
    return "%." + std::to_string(decimals) + "f";
}

std::vector<std::string> CaregiverNames(const std::string& group) {
    std::vector<std::string> names;
    for (std::string_view key : kCaregiverKeys) names.push_back(group + "." + std::string(key));
    return names;
}

}  // namespace

ParamSlider SliderFor(const ParamEntry& entry) {
    ParamSlider s;
    s.entry = &entry;
    s.label = entry.label;
    s.kind = entry.kind == ParamKind::Flag      ? SliderKind::Checkbox
             : entry.kind == ParamKind::Integer ? SliderKind::Integer
                                                : SliderKind::Real;
    s.min = entry.min;
    s.max = entry.max;
    s.step = s.kind == SliderKind::Real ? StepFor(entry.max - entry.min) : 1.0;
    s.format = FormatFor(s.kind, s.step);
    s.help = entry.help;
    if (s.kind != SliderKind::Checkbox) s.range = "Range: " + entry.RangeText();
    return s;
}

ParamSection MakeSection(std::string id, const std::vector<std::string>& names) {
    ParamSection section;
    section.id = std::move(id);
    for (const std::string& name : names) {
        const ParamEntry* e = FindParam(name);
        if (!e) throw std::logic_error("the panel names a parameter the registry does not have: " + name);
        section.sliders.push_back(SliderFor(*e));
    }
    return section;
}

const ParamSection& RunTodaySection() {
    static const ParamSection section = MakeSection("run_today", {"today.sensitivity", "today.consistency"});
    return section;
}

const ParamSection& HistoryCaregiverSection() {
    static const ParamSection section = MakeSection("history", CaregiverNames("caregiver"));
    return section;
}

const ParamSection& TodayCaregiverSection() {
    static const ParamSection section = MakeSection("today", CaregiverNames("today"));
    return section;
}

std::vector<const ParamSection*> PanelSections() {
    return {&RunTodaySection(), &HistoryCaregiverSection(), &TodayCaregiverSection()};
}

double ClampToSlider(const ParamSlider& slider, double value) {
    if (std::isnan(value)) return slider.kind == SliderKind::Checkbox ? 0.0 : slider.min;
    switch (slider.kind) {
        case SliderKind::Checkbox: return value != 0.0 ? 1.0 : 0.0;
        case SliderKind::Integer: return std::clamp(std::round(value), std::ceil(slider.min), std::floor(slider.max));
        case SliderKind::Real: return std::clamp(value, slider.min, slider.max);
    }
    return value;
}

double ApplySlider(const ParamSlider& slider, SimulationDef& def, double value) {
    const double v = ClampToSlider(slider, value);
    slider.entry->set(def, v);
    return v;
}

}  // namespace sb::app
