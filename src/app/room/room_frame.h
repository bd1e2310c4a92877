// RoomFrame: where the room sits in the window, for turning room metres into screen pixels.
#pragma once

#include <SFML/System/Vector2.hpp>

#include "core/vec2.h"

namespace sb::app {

struct RoomFrame {
    sf::Vector2f origin;   // px, the room's top-left corner (room coordinate 0,0)
    float px_per_m = 100;  // px for one metre of floor

    sf::Vector2f ToScreen(Vec2 p) const {
        return {origin.x + static_cast<float>(p.x) * px_per_m, origin.y + static_cast<float>(p.y) * px_per_m};
    }
    float Px(double metres) const { return static_cast<float>(metres) * px_per_m; }
};

}  // namespace sb::app
