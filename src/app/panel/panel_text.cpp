// Panel text helpers implementation: the width is measured item by item against the space left.
#include "app/panel/panel_text.h"

namespace sb::app {

void WrappedItems(const char* lead, const std::vector<std::string>& items, ImVec4 colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    ImGui::TextUnformatted(lead);
    const float space = ImGui::CalcTextSize(" ").x;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string text = items[i] + (i + 1 < items.size() ? "," : "");
        ImGui::SameLine(0.0f, space);
        if (ImGui::GetCursorScreenPos().x + ImGui::CalcTextSize(text.c_str()).x > right) ImGui::NewLine();
        ImGui::TextUnformatted(text.c_str());
    }
    ImGui::PopStyleColor();
}

}  // namespace sb::app
