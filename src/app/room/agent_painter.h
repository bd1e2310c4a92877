// Agent painter: the caregiver, the stranger and the infant drawn from the visible snapshot only —
// posture, facing, gaze, affect on the infant's face, crying as pulsing sound arcs and tears.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include "app/room/room_fonts.h"
#include "app/room/room_frame.h"
#include "world/room.h"
#include "world/visible.h"

namespace sb::app {

// `pulse_s` is real time, so crying keeps pulsing visibly at any playback speed.
void DrawAgents(sf::RenderTarget& target, const RoomFrame& frame, const RoomDef& room, const Snapshot& snapshot,
                const RoomFonts& fonts, double pulse_s);

}  // namespace sb::app
