// Room view: one room on screen — the run it shows and the part of the window it is drawn in, its
// caption strip on top and the room below. The window draws a list of these, so showing several
// runs side by side is a change of layout (LayOutRooms), not of drawing code.
#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <string>
#include <vector>

#include "app/room/room_cache.h"
#include "app/room/room_fonts.h"
#include "app/run/playback.h"
#include "app/run/room_layout.h"

namespace sb::app {

struct RoomView {
    const Playback* playback = nullptr;  // the run shown; owned by the window's frame loop
    sf::FloatRect area;                  // px: caption strip and room together
    std::string label;                   // names the run when several share the window; empty: none
};

sf::FloatRect ToSfml(const ScreenRect& r);
ScreenRect FromSfml(const sf::FloatRect& r);

// One view per run, laid out over `area` by LayOutRooms; the views have no labels.
std::vector<RoomView> LayOutRoomViews(const std::vector<const Playback*>& runs, const sf::FloatRect& area,
                                      float caption_h);

// Draws the caption, the room and the agents of `view.playback` in `view.area`. The caption is
// `caption_h` px tall; `pulse_s` is real time, so crying pulses at any playback speed. The caller
// clears the window once before drawing its views. With `cache`, the still room is copied from it.
void DrawRoomView(sf::RenderTarget& target, const RoomView& view, const RoomFonts& fonts, float caption_h,
                  double pulse_s, RoomCache* cache = nullptr);

}  // namespace sb::app
