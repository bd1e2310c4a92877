// Parameter sliders implementation. The value is read through the entry's getter every frame, so a
// slider always shows what the def holds, whoever changed it last.
#include "app/panel/param_sliders.h"

#include <cmath>
#include <imgui.h>

#include "app/panel/em.h"

namespace sb::app {

namespace {

const ImVec4 kMuted(0.72f, 0.75f, 0.80f, 1.0f);

// The registry's help, wrapped to a readable measure, with the range beneath it. Shown over the
// label only: over the control it would sit on what the change moves (the population's progress and
// bars below a first-year slider) for as long as the pointer rests where the drag ended.
void ParamTooltip(const ParamSlider& s) {
    if (!ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(Em(380.0f));
    ImGui::TextUnformatted(s.help.c_str());
    if (!s.range.empty()) ImGui::TextColored(kMuted, "%s", s.range.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// The control for one slider; true when its value changed this frame.
bool Control(const ParamSlider& s, SimulationDef& def) {
    const double now = s.entry->get(def);
    switch (s.kind) {
        case SliderKind::Checkbox: {
            bool on = now != 0.0;
            if (!ImGui::Checkbox("##v", &on)) return false;
            ApplySlider(s, def, on ? 1.0 : 0.0);
            return true;
        }
        case SliderKind::Integer: {
            int v = static_cast<int>(std::lround(now));
            if (!ImGui::SliderInt("##v", &v, static_cast<int>(std::ceil(s.min)), static_cast<int>(std::floor(s.max)),
                                  s.format.c_str(), ImGuiSliderFlags_AlwaysClamp))
                return false;
            ApplySlider(s, def, v);
            return true;
        }
        case SliderKind::Real: {
            double v = now;
            if (!ImGui::SliderScalar("##v", ImGuiDataType_Double, &v, &s.min, &s.max, s.format.c_str(),
                                     ImGuiSliderFlags_AlwaysClamp))
                return false;
            ApplySlider(s, def, v);
            return true;
        }
    }
    return false;
}

}  // namespace

SliderEvents ParamSliders(const ParamSection& section, SimulationDef& def, float label_w) {
    SliderEvents e;
    ImGui::PushID(section.id.c_str());
    for (const ParamSlider& s : section.sliders) {
        ImGui::PushID(s.entry->name.c_str());
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(s.label.c_str());
        ParamTooltip(s);
        ImGui::SameLine(label_w);
        ImGui::SetNextItemWidth(-1.0f);
        e.changed |= Control(s, def);
        e.active |= ImGui::IsItemActive();
        e.released |= ImGui::IsItemDeactivatedAfterEdit();
        ImGui::PopID();
    }
    ImGui::PopID();
    return e;
}

}  // namespace sb::app
