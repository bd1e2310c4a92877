// Small panel widgets the tabs share (see panel_widgets.h).
#include "app/panel/panel_widgets.h"

namespace sb::app {

void BeginDockedPanel(const char* window_name, const char* title, const PanelFonts& fonts, float panel_w, float window_w,
                      float window_h) {
    ImGui::SetNextWindowPos(ImVec2(window_w - panel_w, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(panel_w, window_h));
    constexpr ImGuiWindowFlags kDocked = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin(window_name, nullptr, kDocked);
    ImGui::PushFont(fonts.title);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
}

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
