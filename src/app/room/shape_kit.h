// Shape kit: the few drawing primitives SFML lacks (thick lines, arcs, rounded boxes, labels with
// a backing so they read on any floor colour).
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <string>

namespace sb::app {

void DrawThickLine(sf::RenderTarget& target, sf::Vector2f a, sf::Vector2f b, float width, sf::Color color);

// An arc from angle `from` to `to` (rad, screen convention: 0 = right, pi/2 = down).
void DrawArc(sf::RenderTarget& target, sf::Vector2f centre, float radius, float from, float to, float width,
             sf::Color color);

void DrawDisc(sf::RenderTarget& target, sf::Vector2f centre, float radius, sf::Color fill,
              sf::Color outline = sf::Color::Transparent, float outline_width = 0.0f);

void DrawRoundedBox(sf::RenderTarget& target, sf::FloatRect box, float corner, sf::Color fill,
                    sf::Color outline = sf::Color::Transparent, float outline_width = 0.0f);

// Filled slice of a disc between two angles (rad), for mouths and wedges.
void DrawSector(sf::RenderTarget& target, sf::Vector2f centre, float radius, float from, float to, sf::Color fill);

enum class Anchor { Centre, Left, Right };

struct LabelStyle {
    unsigned size_px = 16;
    sf::Color text = sf::Color::White;
    sf::Color backing = sf::Color::Transparent;  // a rounded box behind the text when not transparent
    float padding = 4.0f;
};

// Draws UTF-8 text with its vertical centre at `at`; returns the box it occupied.
sf::FloatRect DrawLabel(sf::RenderTarget& target, const sf::Font& font, const std::string& utf8, sf::Vector2f at,
                        Anchor anchor, const LabelStyle& style);

// Width in px the text would take.
float LabelWidth(const sf::Font& font, const std::string& utf8, unsigned size_px);

}  // namespace sb::app
