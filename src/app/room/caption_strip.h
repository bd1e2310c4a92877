// Caption strip: the line a lecture hall reads from the back row — episode number and name, the
// episode clock against its nominal length, who is present, and whether playback is paused.
#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include "app/room/room_fonts.h"
#include "sim/simulation.h"

namespace sb::app {

inline constexpr float kCaptionHeight_px = 96.0f;

struct PlaybackStatus {
    bool paused = false;
    double speed = 1.0;
};

void DrawCaption(sf::RenderTarget& target, sf::FloatRect strip, const Simulation& sim, const PlaybackStatus& status,
                 const RoomFonts& fonts);

}  // namespace sb::app
