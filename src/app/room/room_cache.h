// Room cache: the playroom's still parts — floor, walls, doorway, chairs, toys and their labels —
// drawn once into a texture per room on screen and copied each frame. On a software renderer each
// SFML draw call has a fixed cost, and the still room is some thirty of them; the copy is one.
#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <memory>
#include <vector>

#include "app/room/room_fonts.h"
#include "app/room/room_frame.h"
#include "world/room.h"

namespace sb::app {

class RoomCache {
public:
    // `antialias`: the multisampling level the window has, so a cached room looks as a drawn one.
    explicit RoomCache(unsigned antialias = 0);
    ~RoomCache();
    RoomCache(const RoomCache&) = delete;
    RoomCache& operator=(const RoomCache&) = delete;

    // Draws what DrawRoom draws for `frame` and `room` inside `area` (the room's part of the
    // window, backdrop-coloured), from a texture made the first time this room was drawn here at
    // this size. Falls back to drawing directly if a texture cannot be made.
    void Draw(sf::RenderTarget& target, const RoomFrame& frame, const RoomDef& room, sf::FloatRect area,
              const RoomFonts& fonts);
    // Lets go of every texture (the window was made again, F11): the next Draw makes them afresh.
    void Clear();
    // Textures made so far (for tests and --stats).
    int Made() const { return made_; }

private:
    struct Entry;
    Entry* Find(const RoomFrame& frame, const RoomDef& room, const sf::IntRect& bounds, const RoomFonts& fonts);

    unsigned antialias_;
    std::vector<std::unique_ptr<Entry>> entries_;
    long long uses_ = 0;
    int made_ = 0;
};

}  // namespace sb::app
