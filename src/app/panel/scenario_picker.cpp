// Scenario picker implementation: one selectable block per shipped scenario — title, file name and
// description — in a centred window that scrolls when the list is longer than the window.
#include "app/panel/scenario_picker.h"

#include <algorithm>
#include <filesystem>
#include <imgui.h>
#include <system_error>

#include "app/panel/em.h"

namespace sb::app {

namespace {

const ImVec4 kMuted(0.72f, 0.75f, 0.80f, 1.0f);
const ImVec4 kErrorInk(1.0f, 0.80f, 0.78f, 1.0f);
const ImVec4 kErrorBg(0.42f, 0.07f, 0.07f, 0.96f);
const ImVec4 kErrorBorder(0.90f, 0.30f, 0.25f, 1.0f);
const ImVec4 kCurrent(0.0f, 0.56f, 0.53f, 0.55f);  // the caregiver's teal, as the panel's selected buttons

bool SameFile(const std::string& a, const std::string& b) {
    std::error_code ec;
    return std::filesystem::equivalent(a, b, ec);
}

// The message box's contents, shared by the picker and the box over the room.
void ErrorText(const std::string& message) {
    ImGui::PushStyleColor(ImGuiCol_Text, kErrorInk);
    ImGui::TextWrapped("The scenario could not be loaded:");
    ImGui::TextWrapped("%s", message.c_str());
    ImGui::PopStyleColor();
}

}  // namespace

std::optional<std::string> ScenarioPicker::Show(const Scenario& current, const std::string& load_error,
                                                 const PanelFonts& fonts) {
    if (!open_) return std::nullopt;
    if (!listed_) {
        shipped_ = ShippedScenarios();
        listed_ = true;
    }
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(io.DisplaySize.x * 0.9f, Em(760.0f)), io.DisplaySize.y * 0.85f), ImGuiCond_Always);
    ImGui::SetNextWindowFocus();
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize;
    std::optional<std::string> chosen;
    if (!ImGui::Begin("Choose a scenario  (O)", &open_, kFlags)) {
        ImGui::End();
        return chosen;
    }
    if (!load_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, kErrorBg);
        ImGui::BeginChild("##load_error", ImVec2(0.0f, Em(96.0f)), true);
        ErrorText(load_error);
        ImGui::EndChild();
        ImGui::PopStyleColor();
    }
    ImGui::PushFont(fonts.panel_small);
    ImGui::TextColored(kMuted, "Click one to load it; the run starts again from episode 1. Esc closes this list.");
    ImGui::PopFont();
    ImGui::Separator();
    ImGui::BeginChild("##scenarios");
    if (shipped_.empty()) ImGui::TextWrapped("No scenarios found in %s.", ShippedScenarioDir().c_str());
    for (const ShippedScenario& s : shipped_) {
        ImGui::PushID(s.file_name.c_str());
        const bool is_current = SameFile(s.path, current.source);
        const ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::BeginGroup();
        ImGui::PushFont(fonts.panel_bold);
        ImGui::TextUnformatted(s.title.c_str());
        ImGui::PopFont();
        ImGui::SameLine();
        ImGui::PushFont(fonts.panel_small);
        ImGui::TextColored(kMuted, "%s%s", s.file_name.c_str(), is_current ? "  \u2014 on screen now" : "");
        ImGui::PopFont();
        if (!s.error.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, kErrorInk);
            ImGui::TextWrapped("%s", s.error.c_str());
            ImGui::PopStyleColor();
        } else if (!s.description.empty()) {
            ImGui::TextWrapped("%s", s.description.c_str());
        }
        ImGui::EndGroup();
        // The whole block is the button: a Selectable laid over it, as tall as its text.
        const ImVec2 block(ImGui::GetContentRegionAvail().x, ImGui::GetItemRectSize().y);
        ImGui::SetCursorScreenPos(top);
        if (is_current) ImGui::PushStyleColor(ImGuiCol_Header, kCurrent);
        if (ImGui::Selectable("##pick", is_current, ImGuiSelectableFlags_AllowItemOverlap, block) && s.error.empty())
            chosen = s.path;
        if (is_current) ImGui::PopStyleColor();
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::End();
    if (chosen) open_ = false;
    return chosen;
}

void ScenarioHeader(const Scenario& current, const PanelFonts& fonts) {
    // Beside the title, on its baseline; the description wraps beneath.
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (fonts.title->FontSize - fonts.panel_bold->FontSize) * 0.7f);
    ImGui::PushFont(fonts.panel_bold);
    ImGui::TextWrapped("%s", current.name.c_str());
    ImGui::PopFont();
    ImGui::PushFont(fonts.panel_small);
    if (!current.description.empty()) ImGui::TextWrapped("%s", current.description.c_str());
    ImGui::TextColored(kMuted, "O: another scenario    ? or F1: every key");
    ImGui::PopFont();
}

void LoadErrorBox(std::string& message, float room_w, const PanelFonts& fonts) {
    if (message.empty()) return;
    const float margin = Em(16.0f);
    ImGui::SetNextWindowPos(ImVec2(margin, margin), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(std::max(Em(240.0f), room_w - 2.0f * margin), 0.0f), ImGuiCond_Always);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, kErrorBg);
    ImGui::PushStyleColor(ImGuiCol_Border, kErrorBorder);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, Em(3.0f));
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("##load_error_box", nullptr, kFlags);
    ErrorText(message);
    ImGui::PushFont(fonts.panel_small);
    ImGui::TextWrapped("Showing the default dyad instead. Press O to choose a shipped scenario.");
    ImGui::PopFont();
    if (ImGui::Button("OK")) message.clear();
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

}  // namespace sb::app
