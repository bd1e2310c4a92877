// The DejaVu faces of the control panel, in ImGui's font atlas at the panel's current scale.
#pragma once

#include <filesystem>
#include <imgui.h>

namespace sb::app {

struct PanelFonts {
    ImFont* panel = nullptr;       // body text of the control panel
    ImFont* panel_bold = nullptr;  // headings in the panel
    ImFont* panel_small = nullptr; // legends and hints
    ImFont* title = nullptr;       // "SecureBase"
    // ImGui keeps a pointer to the glyph ranges until the atlas is built, so they live here.
    ImVector<ImWchar> glyph_ranges;
};

// (Re)builds the current ImGui context's font atlas with the panel fonts at `scale` x their design
// size. Call outside a frame; the renderer must re-upload the atlas texture afterwards.
void LoadPanelFonts(PanelFonts& fonts, const std::filesystem::path& asset_dir, float scale);

}  // namespace sb::app
