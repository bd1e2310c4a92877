// Shape kit implementation: everything is built from triangles so widths scale with the room.
#include "app/room/shape_kit.h"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/ConvexShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <algorithm>
#include <cmath>

namespace sb::app {

namespace {

sf::Vector2f Polar(sf::Vector2f c, float r, float angle) { return {c.x + r * std::cos(angle), c.y + r * std::sin(angle)}; }

// Enough segments that a large arc stays smooth and a tiny one stays cheap.
int SegmentsFor(float radius, float sweep) {
    return std::clamp(static_cast<int>(std::abs(sweep) * std::max(radius, 1.0f) / 3.0f), 6, 96);
}

sf::Text MakeText(const sf::Font& font, const std::string& utf8, unsigned size_px) {
    sf::Text text(sf::String::fromUtf8(utf8.begin(), utf8.end()), font, size_px);
    return text;
}

}  // namespace

void DrawThickLine(sf::RenderTarget& target, sf::Vector2f a, sf::Vector2f b, float width, sf::Color color) {
    const sf::Vector2f d = b - a;
    const float len = std::sqrt(d.x * d.x + d.y * d.y);
    if (len <= 0.0f) return;
    const sf::Vector2f n(-d.y / len * width * 0.5f, d.x / len * width * 0.5f);
    sf::VertexArray quad(sf::TriangleStrip, 4);
    quad[0] = sf::Vertex(a + n, color);
    quad[1] = sf::Vertex(a - n, color);
    quad[2] = sf::Vertex(b + n, color);
    quad[3] = sf::Vertex(b - n, color);
    target.draw(quad);
}

void DrawArc(sf::RenderTarget& target, sf::Vector2f centre, float radius, float from, float to, float width,
             sf::Color color) {
    const int n = SegmentsFor(radius, to - from);
    sf::VertexArray strip(sf::TriangleStrip, static_cast<std::size_t>(2 * (n + 1)));
    for (int i = 0; i <= n; ++i) {
        const float a = from + (to - from) * static_cast<float>(i) / static_cast<float>(n);
        strip[2 * i] = sf::Vertex(Polar(centre, radius + width * 0.5f, a), color);
        strip[2 * i + 1] = sf::Vertex(Polar(centre, std::max(0.0f, radius - width * 0.5f), a), color);
    }
    target.draw(strip);
}

void DrawDisc(sf::RenderTarget& target, sf::Vector2f centre, float radius, sf::Color fill, sf::Color outline,
              float outline_width) {
    sf::CircleShape disc(radius, static_cast<std::size_t>(std::clamp(static_cast<int>(radius), 16, 64)));
    disc.setOrigin(radius, radius);
    disc.setPosition(centre);
    disc.setFillColor(fill);
    disc.setOutlineColor(outline);
    disc.setOutlineThickness(outline_width);
    target.draw(disc);
}

void DrawRoundedBox(sf::RenderTarget& target, sf::FloatRect box, float corner, sf::Color fill, sf::Color outline,
                    float outline_width) {
    corner = std::min({corner, box.width * 0.5f, box.height * 0.5f});
    constexpr int kPerCorner = 6;
    constexpr float kHalfPi = 1.57079632679f;
    sf::ConvexShape shape(4 * (kPerCorner + 1));
    const sf::Vector2f centres[4] = {{box.left + box.width - corner, box.top + box.height - corner},
                                     {box.left + corner, box.top + box.height - corner},
                                     {box.left + corner, box.top + corner},
                                     {box.left + box.width - corner, box.top + corner}};
    std::size_t k = 0;
    for (int c = 0; c < 4; ++c) {
        for (int i = 0; i <= kPerCorner; ++i) {
            const float a = kHalfPi * (static_cast<float>(c) + static_cast<float>(i) / kPerCorner);
            shape.setPoint(k++, Polar(centres[c], corner, a));
        }
    }
    shape.setFillColor(fill);
    shape.setOutlineColor(outline);
    shape.setOutlineThickness(outline_width);
    target.draw(shape);
}

void DrawSector(sf::RenderTarget& target, sf::Vector2f centre, float radius, float from, float to, sf::Color fill) {
    const int n = SegmentsFor(radius, to - from);
    sf::VertexArray fan(sf::TriangleFan, static_cast<std::size_t>(n + 2));
    fan[0] = sf::Vertex(centre, fill);
    for (int i = 0; i <= n; ++i) {
        const float a = from + (to - from) * static_cast<float>(i) / static_cast<float>(n);
        fan[static_cast<std::size_t>(i + 1)] = sf::Vertex(Polar(centre, radius, a), fill);
    }
    target.draw(fan);
}

sf::FloatRect DrawLabel(sf::RenderTarget& target, const sf::Font& font, const std::string& utf8, sf::Vector2f at,
                        Anchor anchor, const LabelStyle& style) {
    sf::Text text = MakeText(font, utf8, style.size_px);
    const sf::FloatRect ink = text.getLocalBounds();
    // Centre on the font's line (ascent to baseline), not on the ink, so labels with and without
    // descenders sit on the same line.
    const float line = static_cast<float>(style.size_px);
    float x = at.x;
    if (anchor == Anchor::Centre) x -= ink.width * 0.5f;
    if (anchor == Anchor::Right) x -= ink.width;
    const float y = at.y - line * 0.62f;
    text.setPosition(std::round(x - ink.left), std::round(y));
    text.setFillColor(style.text);
    const sf::FloatRect box(x - style.padding, at.y - line * 0.5f - style.padding, ink.width + 2 * style.padding,
                            line + 2 * style.padding);
    if (style.backing.a > 0) DrawRoundedBox(target, box, style.padding + 2.0f, style.backing);
    target.draw(text);
    return box;
}

float LabelWidth(const sf::Font& font, const std::string& utf8, unsigned size_px) {
    return MakeText(font, utf8, size_px).getLocalBounds().width;
}

}  // namespace sb::app
