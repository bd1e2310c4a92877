// Panel font loading. ImGui's default font is Latin-1 only, so the panel adds the dashes, arrows and
// shapes its labels use.
#include "app/panel/panel_fonts.h"

#include <cmath>
#include <stdexcept>
#include <string>

#include "app/run/view_scale.h"

namespace sb::app {

namespace {

ImFont* AddPanelFont(const std::filesystem::path& file, float size_px, const ImWchar* ranges) {
    ImFontConfig config;
    config.OversampleH = 2;
    config.PixelSnapH = true;
    ImFont* font = ImGui::GetIO().Fonts->AddFontFromFileTTF(file.string().c_str(), size_px, &config, ranges);
    if (!font) throw std::runtime_error("cannot load font " + file.string());
    return font;
}

}  // namespace

void LoadPanelFonts(PanelFonts& fonts, const std::filesystem::path& asset_dir, float scale) {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    atlas.Clear();
    fonts.glyph_ranges.clear();
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesDefault());
    // en and em dash, curly quotes, ellipsis, arrows, minus sign, geometric shapes (play triangle, squares)
    static constexpr ImWchar kExtra[] = {0x2013, 0x2014, 0x2018, 0x201D, 0x2026, 0x2026, 0x2190, 0x2193, 0x2212, 0x2212, 0x25A0, 0x25FF, 0};
    builder.AddRanges(kExtra);
    builder.BuildRanges(&fonts.glyph_ranges);
    const ImWchar* ranges = fonts.glyph_ranges.Data;

    const auto regular = asset_dir / "fonts" / "DejaVuSans.ttf";
    const auto bold = asset_dir / "fonts" / "DejaVuSans-Bold.ttf";
    // Sizes chosen for a projected 1280x720 window (run/view_scale.h): the first font added is
    // ImGui's default.
    fonts.panel = AddPanelFont(regular, std::round(kPanelFont_px * scale), ranges);
    fonts.panel_bold = AddPanelFont(bold, std::round(kPanelFont_px * scale), ranges);
    fonts.panel_small = AddPanelFont(regular, std::round(kPanelSmallFont_px * scale), ranges);
    fonts.title = AddPanelFont(bold, std::round(kPanelTitleFont_px * scale), ranges);
}

}  // namespace sb::app
