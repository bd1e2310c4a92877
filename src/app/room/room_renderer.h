// Room renderer: the playroom as seen from above — floor with its 4 x 4 squares, walls, doorway,
// chairs and toys — and the layout that fits it into the window.
#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include "app/room/room_fonts.h"
#include "app/room/room_frame.h"
#include "world/room.h"

namespace sb::app {

// The largest square room that fits `area` (px) with a margin for the wall and door labels.
RoomFrame FitRoom(const RoomDef& room, sf::FloatRect area);

// The part of the window DrawRoom paints: the walls and, left of the doorway, its label.
sf::FloatRect RoomBounds(const RoomFrame& frame, const RoomDef& room);

// Everything that does not move: drawn first, agents go on top.
void DrawRoom(sf::RenderTarget& target, const RoomFrame& frame, const RoomDef& room, const RoomFonts& fonts);

}  // namespace sb::app
