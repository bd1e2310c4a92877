// Em: panel lengths written at the 1280x720 design size (18-px panel font), in the panel's current
// pixels — so every gap and bar grows with the fonts when the window's UI scale changes.
#pragma once

#include <imgui.h>

namespace sb::app {

inline float Em(float design_px) { return design_px * ImGui::GetFontSize() / 18.0f; }

}  // namespace sb::app
