// Panel text helpers ImGui lacks: a list that wraps only between its items, so "4.0 → 8.0" never
// breaks at its decimal point the way ImGui's word wrap would break it.
#pragma once

#include <imgui.h>
#include <string>
#include <vector>

namespace sb::app {

// "lead item, item, item" in `colour`, starting a new line before an item that would not fit.
void WrappedItems(const char* lead, const std::vector<std::string>& items, ImVec4 colour);

}  // namespace sb::app
