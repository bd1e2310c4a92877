// The two DejaVu faces, loaded once for SFML (room and caption) and for ImGui (control panel).
#pragma once

#include <SFML/Graphics/Font.hpp>
#include <filesystem>
#include <imgui.h>

namespace sb::app {

struct AppFonts {
    sf::Font regular;
    sf::Font bold;
    ImFont* panel = nullptr;       // body text of the control panel
    ImFont* panel_bold = nullptr;  // headings in the panel
    ImFont* panel_small = nullptr; // legends and hints
    ImFont* title = nullptr;       // "SecureBase"
    // ImGui keeps a pointer to the glyph ranges until the atlas is built, so they live here.
    ImVector<ImWchar> glyph_ranges;
};

// Loads the SFML faces; throws std::runtime_error naming the file that could not be read.
void LoadRoomFonts(AppFonts& fonts, const std::filesystem::path& asset_dir);

// (Re)builds the current ImGui context's font atlas with the panel fonts at `scale` x their design
// size. Call outside a frame; the renderer must re-upload the atlas texture afterwards.
void LoadPanelFonts(AppFonts& fonts, const std::filesystem::path& asset_dir, float scale);

}  // namespace sb::app
