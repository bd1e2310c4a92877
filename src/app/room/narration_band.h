// Narration band: the strip under the room where the class reads what to notice in this episode
// (as large as the caption's title) and the latest plain-language reading of the infant.
#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include "app/room/room_fonts.h"
#include "app/run/narration.h"

namespace sb::app {

// The band's height for a caption strip `caption_h` px tall and a band `band_w` px wide: two lines
// of the caption's title size and two of reading (three each in a narrow band), whatever the texts
// need, so the room does not jump when a text needs another line.
float NarrationBandHeight(float caption_h, float band_w);

void DrawNarrationBand(sf::RenderTarget& target, sf::FloatRect band, const NarrationShown& shown,
                       const RoomFonts& fonts, float caption_h);

}  // namespace sb::app
