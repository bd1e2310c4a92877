// The two DejaVu faces the room and its caption are drawn with, loaded once for SFML.
#pragma once

#include <SFML/Graphics/Font.hpp>
#include <filesystem>

namespace sb::app {

struct RoomFonts {
    sf::Font regular;
    sf::Font bold;
};

// Loads the SFML faces from `asset_dir`/fonts; throws std::runtime_error naming the file that could
// not be read.
void LoadRoomFonts(RoomFonts& fonts, const std::filesystem::path& asset_dir);

}  // namespace sb::app
