// UI scale from window size: the tighter of width and height decides.
#include "app/platform/ui_scale.h"

#include <algorithm>
#include <cmath>

namespace sb::app {

float UiScaleFor(sf::Vector2u window_size) {
    const float fit = std::min(static_cast<float>(window_size.x) / 1280.0f, static_cast<float>(window_size.y) / 720.0f);
    return std::clamp(std::round(fit * 8.0f) / 8.0f, 0.75f, 2.0f);
}

}  // namespace sb::app
