// Compare marks: what a room needs on screen when it shares the window with others — a frame in its
// colour (the colour of its lines in the panel's plot), its caption and, once its run has ended, the observer's
// classification in large type, so a hall can read four verdicts side by side.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <string>

#include "app/room/room_fonts.h"
#include "app/room/room_view.h"

namespace sb::app {

// Draws the marks of room `index` over its view (after DrawRoomView): the frame, the caption naming
// the run (fitted to the room's width) and `verdict`, empty while the run has not ended.
void DrawCompareMarks(sf::RenderTarget& target, const RoomView& view, int index, const std::string& caption,
                      const std::string& verdict, const RoomFonts& fonts, float caption_h);

}  // namespace sb::app
