// Parameter sliders implementation. The value is read through the entry's getter every frame, so a
// slider always shows what the def holds, whoever changed it last.
#include "app/panel/param_sliders.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <imgui.h>
#include <imgui_internal.h>  // TempInputIsActive: is Ctrl+click typing a value into the slider?
#include <string>

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

// `v` as the slider would print it.
std::string Formatted(const ParamSlider& s, double v) {
    char text[32];
    if (s.kind == SliderKind::Integer) std::snprintf(text, sizeof text, s.format.c_str(), static_cast<int>(std::lround(v)));
    else std::snprintf(text, sizeof text, s.format.c_str(), v);
    return text;
}

// The control for one slider; true when its value changed this frame. A slider prints its value
// in its middle, where the handle covers it near the middle of the range; here the value is printed
// beside the slider instead, and the slider's own text shows only while Ctrl+click types a value.
bool Control(const ParamSlider& s, SimulationDef& def) {
    const double now = s.entry->get(def);
    if (s.kind == SliderKind::Checkbox) {
        bool on = now != 0.0;
        if (!ImGui::Checkbox("##v", &on)) return false;
        ApplySlider(s, def, on ? 1.0 : 0.0);
        return true;
    }
    // At least as wide as "00.00", so the sliders of a section end in one column.
    const float value_w = std::max({ImGui::CalcTextSize(Formatted(s, s.min).c_str()).x,
                                    ImGui::CalcTextSize(Formatted(s, s.max).c_str()).x, ImGui::CalcTextSize("00.00").x});
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    ImGui::SetNextItemWidth(std::max(Em(60.0f), ImGui::GetContentRegionAvail().x - value_w - gap));
    const bool typing = ImGui::TempInputIsActive(ImGui::GetID("##v"));
    if (!typing) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
    bool changed = false;
    double v = now;
    if (s.kind == SliderKind::Integer) {
        int i = static_cast<int>(std::lround(now));
        changed = ImGui::SliderInt("##v", &i, static_cast<int>(std::ceil(s.min)), static_cast<int>(std::floor(s.max)),
                                   s.format.c_str(), ImGuiSliderFlags_AlwaysClamp);
        v = i;
    } else {
        changed = ImGui::SliderScalar("##v", ImGuiDataType_Double, &v, &s.min, &s.max, s.format.c_str(),
                                      ImGuiSliderFlags_AlwaysClamp);
    }
    if (!typing) ImGui::PopStyleColor();
    // The value, right-aligned beside the slider; the item queries below still see the slider.
    const ImVec2 slider_min = ImGui::GetItemRectMin();
    const ImVec2 slider_max = ImGui::GetItemRectMax();
    const std::string text = Formatted(s, v);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    ImGui::GetWindowDrawList()->AddText(
        ImVec2(slider_max.x + gap + value_w - size.x, slider_min.y + (slider_max.y - slider_min.y - size.y) * 0.5f),
        ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
    if (!changed) return false;
    ApplySlider(s, def, v);
    return true;
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
        e.changed |= Control(s, def);
        e.active |= ImGui::IsItemActive();
        e.released |= ImGui::IsItemDeactivatedAfterEdit();
        ImGui::PopID();
    }
    ImGui::PopID();
    return e;
}

}  // namespace sb::app
