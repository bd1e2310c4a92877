// UI scale: panel and caption sizes follow the window, so a full-screen 1080p projection gets
// larger panel text and a small window still fits; the lecturer's zoom multiplies it. 1.0 is the
// 1280x720 design size.
#pragma once

#include <SFML/System/Vector2.hpp>

namespace sb::app {

// The scale for a window size at a zoom in percent (run/view_scale.h has the rule and its limits).
float UiScaleFor(sf::Vector2u window_size, int zoom_pct);

}  // namespace sb::app
