// UI scale: panel and caption sizes follow the window, so a full-screen 1080p projection gets
// larger panel text and a small window still fits. 1.0 is the 1280x720 design size.
#pragma once

#include <SFML/System/Vector2.hpp>

namespace sb::app {

// The scale for a window size, in steps of 1/8 so dragging a window edge rebuilds fonts rarely.
float UiScaleFor(sf::Vector2u window_size);

}  // namespace sb::app
