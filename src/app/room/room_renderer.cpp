// Room renderer implementation. Sizes are in metres and scaled by the frame, so the room looks the
// same at any window size.
#include "app/room/room_renderer.h"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <algorithm>
#include <cmath>

#include "app/room/palette.h"
#include "app/room/shape_kit.h"

namespace sb::app {

namespace {

constexpr double kWall_m = 0.07;
constexpr double kChairSeat_m = 0.44;
constexpr double kChairBack_m = 0.08;
constexpr int kFloorSquares = 4;  // Ainsworth's floor was marked in 16 squares for coding locomotion
constexpr float kSideMargin_px = 16.0f;
constexpr float kDoorLabelMargin_px = 34.0f;

void FillRect(sf::RenderTarget& target, sf::Vector2f top_left, sf::Vector2f size, sf::Color color) {
    sf::RectangleShape r(size);
    r.setPosition(top_left);
    r.setFillColor(color);
    target.draw(r);
}

void DrawFloor(sf::RenderTarget& target, const RoomFrame& f, const RoomDef& room) {
    const float side = f.Px(room.size_m);
    FillRect(target, f.origin, {side, side}, palette::kFloor);
    const float line = std::max(1.0f, f.Px(0.008));
    for (int i = 1; i < kFloorSquares; ++i) {
        const double at = room.size_m * i / kFloorSquares;
        DrawThickLine(target, f.ToScreen({at, 0.0}), f.ToScreen({at, room.size_m}), line, palette::kFloorGrid);
        DrawThickLine(target, f.ToScreen({0.0, at}), f.ToScreen({room.size_m, at}), line, palette::kFloorGrid);
    }
}

void DrawWalls(sf::RenderTarget& target, const RoomFrame& f, const RoomDef& room, const RoomFonts& fonts) {
    const float side = f.Px(room.size_m);
    const float wall = f.Px(kWall_m);
    const sf::Vector2f o = f.origin;
    FillRect(target, {o.x - wall, o.y - wall}, {side + 2 * wall, wall}, palette::kWall);  // top
    FillRect(target, {o.x - wall, o.y + side}, {side + 2 * wall, wall}, palette::kWall);  // bottom
    FillRect(target, {o.x + side, o.y - wall}, {wall, side + 2 * wall}, palette::kWall);  // right
    // Left wall, broken by the doorway.
    const float door_top = f.ToScreen(room.door).y - f.Px(room.door_width_m * 0.5);
    const float door_bottom = door_top + f.Px(room.door_width_m);
    FillRect(target, {o.x - wall, o.y - wall}, {wall, door_top - (o.y - wall)}, palette::kWall);
    FillRect(target, {o.x - wall, door_bottom}, {wall, o.y + side + wall - door_bottom}, palette::kWall);
    FillRect(target, {o.x - wall, door_top}, {wall, door_bottom - door_top}, palette::kDoorway);

    sf::Text label(sf::String("Door"), fonts.bold, std::max(12u, static_cast<unsigned>(f.Px(0.075))));
    const sf::FloatRect b = label.getLocalBounds();
    label.setOrigin(b.left + b.width * 0.5f, b.top + b.height * 0.5f);
    label.setRotation(-90.0f);
    label.setPosition(o.x - wall - b.height * 0.5f - 6.0f, (door_top + door_bottom) * 0.5f);
    label.setFillColor(palette::kCaptionMuted);
    target.draw(label);
}

void DrawChair(sf::RenderTarget& target, const RoomFrame& f, Vec2 at, const std::string& name, const RoomFonts& fonts) {
    const float seat = f.Px(kChairSeat_m);
    const sf::Vector2f c = f.ToScreen(at);
    DrawRoundedBox(target, {c.x - seat * 0.5f, c.y - seat * 0.5f, seat, seat}, seat * 0.12f, palette::kChairSeat,
                   palette::kChairBack, std::max(1.5f, f.Px(0.012)));
    // The back faces the wall behind the chairs: the sitter looks into the room.
    const float back = f.Px(kChairBack_m);
    DrawRoundedBox(target, {c.x - seat * 0.5f, c.y + seat * 0.5f - back, seat, back}, back * 0.4f, palette::kChairBack);
    LabelStyle style;
    style.size_px = std::max(13u, static_cast<unsigned>(f.Px(0.074)));
    style.text = palette::kFurnitureText;
    DrawLabel(target, fonts.regular, name, {c.x, c.y + seat * 0.5f + f.Px(0.11)}, Anchor::Centre, style);
}

// Three toys the infant can explore, drawn distinct in shape and colour so students can tell which
// one it is playing with.
void DrawToys(sf::RenderTarget& target, const RoomFrame& f, const RoomDef& room) {
    const sf::Color outline(60, 40, 30);
    const float ow = std::max(1.5f, f.Px(0.01));
    for (std::size_t i = 0; i < room.toys.size(); ++i) {
        const sf::Vector2f c = f.ToScreen(room.toys[i]);
        switch (i % 3) {
            case 0: {  // ball
                const float r = f.Px(0.075);
                DrawDisc(target, c, r, sf::Color(225, 45, 55), outline, ow);
                DrawThickLine(target, {c.x - r, c.y}, {c.x + r, c.y}, ow * 1.5f, sf::Color(255, 235, 90));
                DrawDisc(target, {c.x - r * 0.38f, c.y - r * 0.4f}, r * 0.22f, sf::Color(255, 255, 255, 190));
                break;
            }
            case 1: {  // block
                const float s = f.Px(0.13);
                DrawRoundedBox(target, {c.x - s * 0.5f, c.y - s * 0.5f, s, s}, s * 0.15f, sf::Color(40, 100, 220),
                               outline, ow);
                DrawDisc(target, c, s * 0.2f, sf::Color(255, 255, 255, 200));
                break;
            }
            default: {  // stacking rings
                DrawDisc(target, c, f.Px(0.085), sf::Color(60, 175, 75), outline, ow);
                DrawDisc(target, c, f.Px(0.058), sf::Color(250, 200, 40));
                DrawDisc(target, c, f.Px(0.032), sf::Color(150, 70, 190));
                break;
            }
        }
    }
}

}  // namespace

RoomFrame FitRoom(const RoomDef& room, sf::FloatRect area) {
    // Leave room for the walls and, on the left, for the "Door" label outside the doorway.
    const float avail_w = area.width - kDoorLabelMargin_px - kSideMargin_px;
    const float avail_h = area.height - 2.0f * kSideMargin_px;
    const double outer_m = room.size_m + 2.0 * kWall_m;
    RoomFrame f;
    f.px_per_m = std::max(10.0f, static_cast<float>(std::min(avail_w, avail_h) / outer_m));
    const float outer = static_cast<float>(outer_m) * f.px_per_m;
    const float wall = f.Px(kWall_m);
    const float left = area.left + kDoorLabelMargin_px + std::max(0.0f, (avail_w - outer) * 0.5f);
    const float top = area.top + kSideMargin_px + std::max(0.0f, (avail_h - outer) * 0.5f);
    f.origin = {std::round(left + wall), std::round(top + wall)};
    return f;
}

sf::FloatRect RoomBounds(const RoomFrame& f, const RoomDef& room) {
    const float wall = f.Px(kWall_m);
    const float side = f.Px(room.size_m);
    const float pad = 2.0f;  // anti-aliased edges
    const float left = f.origin.x - wall - kDoorLabelMargin_px;
    const float top = f.origin.y - wall - pad;
    return {left, top, f.origin.x + side + wall + pad - left, f.origin.y + side + wall + pad - top};
}

void DrawRoom(sf::RenderTarget& target, const RoomFrame& frame, const RoomDef& room, const RoomFonts& fonts) {
    DrawFloor(target, frame, room);
    DrawWalls(target, frame, room, fonts);
    DrawChair(target, frame, room.caregiver_chair, "Caregiver's chair", fonts);
    DrawChair(target, frame, room.stranger_chair, "Stranger's chair", fonts);
    DrawToys(target, frame, room);
}

}  // namespace sb::app
