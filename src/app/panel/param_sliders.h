// Parameter sliders: draws a ParamSection (app/run/parameter_section.h) with ImGui — label on the
// left, the control filling the line, a wrapped tooltip over the label with the registry's help and
// range — and reports what happened, so the caller decides when a change reaches the run.
#pragma once

#include "app/run/parameter_section.h"
#include "sim/simulation.h"

namespace sb::app {

struct SliderEvents {
    bool changed = false;   // a value moved this frame (already stored in the def)
    bool active = false;    // a control is being dragged or typed into
    bool released = false;  // a drag or an edit ended with a new value
};

// One row a slider, label left and `label_w` wide; every change goes into `def` through
// ApplySlider, clamped to the registry's range.
SliderEvents ParamSliders(const ParamSection& section, SimulationDef& def, float label_w);

}  // namespace sb::app
