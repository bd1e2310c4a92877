// UI scale: panel and caption sizes follow the window, so a full-screen 1080p projection gets
// larger panel text and a small window still fits. 1.0 is the 1280x720 design size.
#pragma once

#include <SFML/System/Vector2.hpp>
#include <imgui.h>

namespace sb::app {

// The scale for a window size, in steps of 1/8 so dragging a window edge rebuilds fonts rarely.
float UiScaleFor(sf::Vector2u window_size);

// A length given at the 1280x720 design size (18-px panel font), in the panel's current pixels.
inline float Em(float design_px) { return design_px * ImGui::GetFontSize() / 18.0f; }

}  // namespace sb::app
