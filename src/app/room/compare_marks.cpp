// Compare marks implementation: a frame drawn as four bars inside the cell's edge (so neighbouring
// frames do not overlap) and the verdict in a box of the room's colour at the room's top right.
#include "app/room/compare_marks.h"

#include <SFML/Graphics/RectangleShape.hpp>
#include <algorithm>

#include "app/room/palette.h"
#include "app/room/shape_kit.h"
#include "app/run/compare_session.h"

namespace sb::app {

namespace {

sf::Color ToSfml(RoomColour c, sf::Uint8 alpha = 255) { return {c.r, c.g, c.b, alpha}; }

// The caption at the room's top left, as large as fits across the room and never wider: a smaller
// size first, then the end cut off with an ellipsis.
void Caption(sf::RenderTarget& target, const RoomView& view, const std::string& caption, const RoomFonts& fonts,
             float caption_h, float inset) {
    const float room_w = view.area.width - 2.0f * inset - 16.0f;
    LabelStyle style;
    style.size_px = static_cast<unsigned>(std::clamp(caption_h * 0.2f, 13.0f, 26.0f));
    style.text = palette::kCaptionText;
    style.backing = palette::kLabelBacking;
    while (style.size_px > 13 && LabelWidth(fonts.bold, caption, style.size_px) > room_w) --style.size_px;
    std::string text = caption;
    while (text.size() > 1 && LabelWidth(fonts.bold, text + "\u2026", style.size_px) > room_w) {
        text.pop_back();
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();  // whole characters
    }
    if (text != caption) text += "\u2026";
    DrawLabel(target, fonts.bold, text, {view.area.left + inset + 8.0f, view.area.top + caption_h + style.size_px * 0.9f},
              Anchor::Left, style);
}

void Bar(sf::RenderTarget& target, float x, float y, float w, float h, sf::Color colour) {
    sf::RectangleShape r({w, h});
    r.setPosition(x, y);
    r.setFillColor(colour);
    target.draw(r);
}

}  // namespace

void DrawCompareMarks(sf::RenderTarget& target, const RoomView& view, int index, const std::string& caption,
                      const std::string& verdict, const RoomFonts& fonts, float caption_h) {
    const sf::FloatRect& a = view.area;
    const sf::Color colour = ToSfml(CompareColour(index));
    const float t = std::clamp(caption_h * 0.05f, 3.0f, 6.0f);
    Bar(target, a.left, a.top, a.width, t, colour);
    Bar(target, a.left, a.top + a.height - t, a.width, t, colour);
    Bar(target, a.left, a.top, t, a.height, colour);
    Bar(target, a.left + a.width - t, a.top, t, a.height, colour);
    Caption(target, view, caption, fonts, caption_h, t);
    if (verdict.empty()) return;
    LabelStyle style;
    style.size_px = static_cast<unsigned>(std::clamp(caption_h * 0.42f, 20.0f, 64.0f));
    style.text = sf::Color(20, 20, 24);
    style.backing = colour;
    style.padding = style.size_px * 0.25f;
    const float x = a.left + a.width - t - 10.0f - style.padding;
    const float y = a.top + caption_h + style.size_px * 2.2f;  // under the caption
    DrawLabel(target, fonts.bold, verdict, {x, y}, Anchor::Right, style);
}

}  // namespace sb::app
