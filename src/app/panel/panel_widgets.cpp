// Small panel widgets the tabs share (see panel_widgets.h).
#include "app/panel/panel_widgets.h"

namespace sb::app {

void Heading(const PanelFonts& fonts, const char* text) {
    ImGui::Spacing();
    ImGui::PushFont(fonts.panel_bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

float EvenWidth(int count) {
    return (ImGui::GetContentRegionAvail().x - kButtonGap * static_cast<float>(count - 1)) / static_cast<float>(count);
}

bool ToggleButton(const char* label, bool on, float width) {
    if (on) {
        ImGui::PushStyleColor(ImGuiCol_Button, kSelectedButton);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kSelectedButton);
    }
    const bool clicked = ImGui::Button(label, ImVec2(width, 0.0f));
    if (on) ImGui::PopStyleColor(2);
    return clicked;
}

}  // namespace sb::app
