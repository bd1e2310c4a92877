// Room font loading. The faces are files rather than compiled in so an installed copy can find
// them in its own assets folder.
#include "app/room/room_fonts.h"

#include <stdexcept>
#include <string>

namespace sb::app {

namespace {

void LoadSfmlFont(sf::Font& font, const std::filesystem::path& file) {
    if (!font.loadFromFile(file.string())) throw std::runtime_error("cannot load font " + file.string());
}

}  // namespace

void LoadRoomFonts(RoomFonts& fonts, const std::filesystem::path& asset_dir) {
    LoadSfmlFont(fonts.regular, asset_dir / "fonts" / "DejaVuSans.ttf");
    LoadSfmlFont(fonts.bold, asset_dir / "fonts" / "DejaVuSans-Bold.ttf");
}

}  // namespace sb::app
