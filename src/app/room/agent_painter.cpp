// Agent painter implementation. Room y points down the screen, so a heading in the room is the same
// angle on screen.
#include "app/room/agent_painter.h"

#include <SFML/Graphics/ConvexShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "app/room/action_marks.h"
#include "app/room/palette.h"
#include "app/room/shape_kit.h"
#include "app/run/describe.h"

namespace sb::app {

namespace {

constexpr float kPi = 3.14159265f;
constexpr double kAdultStanding_m = 0.17;
constexpr double kAdultSitting_m = 0.15;
constexpr double kAdultCrouching_m = 0.13;
constexpr double kInfant_m = 0.11;

sf::Vector2f Dir(float angle) { return {std::cos(angle), std::sin(angle)}; }
sf::Color WithAlpha(sf::Color c, sf::Uint8 a) { return {c.r, c.g, c.b, a}; }

struct AdultLook {
    sf::Color fill;
    sf::Color dark;
    sf::Color label;  // light tint of the body colour, for the name on its dark backing
    const char* name;
};

AdultLook LookOf(AgentId id) {
    if (id == AgentId::Caregiver) return {palette::kCaregiver, palette::kCaregiverDark, {140, 235, 225}, "Caregiver"};
    return {palette::kStranger, palette::kStrangerDark, {255, 200, 150}, "Stranger"};
}

double BodyRadius(const AgentView& a) {
    switch (a.posture) {
        case Posture::Sitting: return kAdultSitting_m;
        case Posture::Crouching: return kAdultCrouching_m;
        default: return kAdultStanding_m;
    }
}

// Where the agent's gaze goes, if it is at something on the floor plan.
std::optional<Vec2> GazePoint(const AgentView& a, const Snapshot& s, const RoomDef& room) {
    auto if_present = [](const AgentView& other) -> std::optional<Vec2> {
        if (!other.present) return std::nullopt;
        return other.pos;
    };
    switch (a.gaze) {
        case GazeTarget::Infant: return if_present(s.Infant());
        case GazeTarget::Caregiver: return if_present(s.Caregiver());
        case GazeTarget::Stranger: return if_present(s.Stranger());
        case GazeTarget::Door: return room.door;
        case GazeTarget::Toy: {
            Vec2 best = room.toys[0];
            for (const Vec2& t : room.toys)
                if (Distance(t, a.pos) < Distance(best, a.pos)) best = t;
            return best;
        }
        case GazeTarget::None:
        case GazeTarget::Book: return std::nullopt;
    }
    return std::nullopt;
}

void DrawDashedLine(sf::RenderTarget& target, sf::Vector2f a, sf::Vector2f b, float width, sf::Color color) {
    const sf::Vector2f d = b - a;
    const float len = std::sqrt(d.x * d.x + d.y * d.y);
    constexpr float kDash = 7.0f;
    constexpr float kGap = 5.0f;
    for (float at = 0.0f; at < len; at += kDash + kGap) {
        const float end = std::min(len, at + kDash);
        DrawThickLine(target, a + d * (at / len), a + d * (end / len), width, color);
    }
}

void DrawGaze(sf::RenderTarget& target, const RoomFrame& f, const AgentView& a, double body_m, const Snapshot& s,
              const RoomDef& room, sf::Color color) {
    if (!a.present || a.posture == Posture::Held) return;
    const std::optional<Vec2> to = GazePoint(a, s, room);
    if (!to) return;
    const Vec2 d = *to - a.pos;
    const double len = d.Length();
    if (len < body_m + 0.3) return;  // close by: a stub of a line would only clutter
    const Vec2 unit = d * (1.0 / len);
    DrawDashedLine(target, f.ToScreen(a.pos + unit * body_m), f.ToScreen(*to - unit * 0.1), std::max(1.5f, f.Px(0.008)),
                   WithAlpha(color, 110));
}

// Short arcs in front of the head: someone is talking, greeting or babbling.
void DrawSpeechMarks(sf::RenderTarget& target, sf::Vector2f centre, float radius, float facing, float width,
                     sf::Color color) {
    for (int i = 0; i < 2; ++i) {
        const float r = radius * (1.45f + 0.3f * static_cast<float>(i));
        DrawArc(target, centre, r, facing - 0.45f, facing + 0.45f, width, color);
    }
}

// A wedge from inside the body out past its edge: the way the person faces.
void DrawNose(sf::RenderTarget& target, sf::Vector2f c, float r, float facing, sf::Color color) {
    sf::ConvexShape wedge(3);
    wedge.setPoint(0, c + Dir(facing - 0.5f) * (r * 0.62f));
    wedge.setPoint(1, c + Dir(facing) * (r * 1.45f));
    wedge.setPoint(2, c + Dir(facing + 0.5f) * (r * 0.62f));
    wedge.setFillColor(color);
    target.draw(wedge);
}

// An open book held in front of a reading adult (the stranger's first minute in episode 3).
void DrawBook(sf::RenderTarget& target, sf::Vector2f at, float size, float facing) {
    sf::RectangleShape page({size * 0.5f, size * 0.62f});
    page.setOrigin(0.0f, size * 0.31f);
    page.setFillColor(sf::Color(250, 250, 245));
    page.setOutlineColor(sf::Color(60, 60, 70));
    page.setOutlineThickness(1.5f);
    page.setPosition(at);
    const float degrees = facing * 180.0f / kPi;
    // Two pages either side of the spine, which points where the reader faces.
    page.setRotation(degrees + 90.0f);
    target.draw(page);
    page.setRotation(degrees - 90.0f);
    target.draw(page);
}

void DrawAdult(sf::RenderTarget& target, const RoomFrame& f, const AgentView& a, AgentId id, double pulse_s) {
    const AdultLook look = LookOf(id);
    const sf::Vector2f c = f.ToScreen(a.pos);
    const float r = f.Px(BodyRadius(a));
    const float facing = static_cast<float>(a.facing);
    const float line = std::max(2.0f, f.Px(0.014));
    DrawAdultMarksUnder(target, c, r, a, pulse_s);
    DrawDisc(target, c + sf::Vector2f(r * 0.08f, r * 0.12f), r * 1.04f, sf::Color(0, 0, 0, 45));  // lifts it off the floor
    DrawDisc(target, c, r, look.fill, look.dark, line);
    DrawNose(target, c, r, facing, look.dark);
    if (a.action == VisibleAction::Reading) DrawBook(target, c + Dir(facing) * (r * 1.05f), r * 0.75f, facing);
    // Crouching: a second ring marks someone down at the infant's level.
    if (a.posture == Posture::Crouching) DrawArc(target, c, r * 0.62f, 0.0f, 2.0f * kPi, line, WithAlpha(look.dark, 170));
    if (a.vocalising) DrawSpeechMarks(target, c, r, facing, line, look.dark);
    DrawAdultMarksOver(target, c, r, a);
}

void DrawMouth(sf::RenderTarget& target, sf::Vector2f face, float fr, Affect affect, float ink_w) {
    const sf::Vector2f m = face + sf::Vector2f(0.0f, fr * 0.42f);
    switch (affect) {
        case Affect::Positive:
            DrawArc(target, {m.x, m.y - fr * 0.28f}, fr * 0.38f, 0.2f * kPi, 0.8f * kPi, ink_w, palette::kFaceInk);
            break;
        case Affect::Neutral:
            DrawThickLine(target, {m.x - fr * 0.28f, m.y}, {m.x + fr * 0.28f, m.y}, ink_w, palette::kFaceInk);
            break;
        case Affect::Wary:
            DrawArc(target, m, fr * 0.13f, 0.0f, 2.0f * kPi, ink_w * 0.9f, palette::kFaceInk);
            break;
        case Affect::Distressed:
            // Open, downturned: the flat side at the bottom, the curve up.
            DrawSector(target, {m.x, m.y + fr * 0.22f}, fr * 0.36f, kPi, 2.0f * kPi, palette::kFaceInk);
            break;
        case Affect::Angry:
            // A tight frown.
            DrawArc(target, {m.x, m.y + fr * 0.3f}, fr * 0.32f, 1.25f * kPi, 1.75f * kPi, ink_w, palette::kFaceInk);
            break;
    }
}

void DrawBrows(sf::RenderTarget& target, sf::Vector2f face, float fr, Affect affect, float ink_w) {
    const float ey = face.y - fr * 0.42f;
    for (int side = -1; side <= 1; side += 2) {
        const float ex = face.x + static_cast<float>(side) * fr * 0.36f;
        if (affect == Affect::Wary) {
            // Raised and level: watchful.
            DrawThickLine(target, {ex - fr * 0.16f, ey - fr * 0.08f}, {ex + fr * 0.16f, ey - fr * 0.08f}, ink_w * 0.8f,
                          palette::kFaceInk);
        } else if (affect == Affect::Distressed) {
            // Inner ends up: the crying face.
            const float inner = ex - static_cast<float>(side) * fr * 0.16f;
            const float outer = ex + static_cast<float>(side) * fr * 0.16f;
            DrawThickLine(target, {inner, ey - fr * 0.12f}, {outer, ey + fr * 0.02f}, ink_w * 0.8f, palette::kFaceInk);
        } else if (affect == Affect::Angry) {
            // Inner ends down: a scowl.
            const float inner = ex - static_cast<float>(side) * fr * 0.16f;
            const float outer = ex + static_cast<float>(side) * fr * 0.16f;
            DrawThickLine(target, {inner, ey + fr * 0.06f}, {outer, ey - fr * 0.1f}, ink_w, palette::kFaceInk);
        }
    }
}

void DrawFace(sf::RenderTarget& target, sf::Vector2f c, float body_r, const AgentView& infant) {
    const float fr = body_r * 0.74f;
    DrawDisc(target, c, fr, palette::kInfantSkin);
    const float ink_w = std::max(1.6f, fr * 0.12f);
    const float eye_r = std::max(1.6f, fr * 0.1f);
    const float eye_y = c.y - fr * 0.12f;
    const bool squeezed = infant.affect == Affect::Distressed && infant.cry > 0.5;
    for (int side = -1; side <= 1; side += 2) {
        const sf::Vector2f eye(c.x + static_cast<float>(side) * fr * 0.36f, eye_y);
        if (squeezed) DrawThickLine(target, {eye.x - eye_r * 1.4f, eye.y}, {eye.x + eye_r * 1.4f, eye.y}, ink_w, palette::kFaceInk);
        else DrawDisc(target, eye, eye_r, palette::kFaceInk);
        if (infant.cry > 0.25) {
            const float drop = eye_r * (1.0f + static_cast<float>(infant.cry));
            DrawDisc(target, {eye.x + static_cast<float>(side) * eye_r * 0.6f, eye.y + fr * 0.32f}, drop, palette::kTear);
        }
    }
    DrawBrows(target, {c.x, c.y + fr * 0.18f}, fr, infant.affect, ink_w);
    DrawMouth(target, c, fr, infant.affect, ink_w);
}

// Sound arcs on both sides of the infant; more, wider and bolder the harder it cries, and moving
// outwards so a still picture and a live one both read as crying.
void DrawCrying(sf::RenderTarget& target, sf::Vector2f c, float body_r, double cry, double pulse_s) {
    if (cry < 0.05) return;
    const float k = static_cast<float>(std::clamp(cry, 0.0, 1.0));
    const int arcs = 1 + static_cast<int>(k * 2.99f);
    const float phase = static_cast<float>(std::fmod(pulse_s * (1.2 + 1.2 * k), 1.0));
    const float spacing = body_r * (0.35f + 0.25f * k);
    const float width = std::max(2.0f, body_r * (0.08f + 0.14f * k));
    const float sweep = 0.45f + 0.35f * k;
    for (int i = 0; i < arcs; ++i) {
        const float step = static_cast<float>(i) + phase;
        const float r = body_r * 1.25f + step * spacing;
        const float fade = 1.0f - step / static_cast<float>(arcs + 1);
        const sf::Color col = WithAlpha(palette::kCry, static_cast<sf::Uint8>(255.0f * std::clamp(fade, 0.15f, 1.0f)));
        DrawArc(target, c, r, -sweep, sweep, width, col);
        DrawArc(target, c, r, kPi - sweep, kPi + sweep, width, col);
    }
}

// Where the infant leans or turns away from: its holder when held, else the nearer adult in the room.
std::optional<Vec2> AwayFrom(const Snapshot& s) {
    const AgentView& infant = s.Infant();
    std::optional<Vec2> best;
    double best_d = 1e9;
    for (AgentId id : {AgentId::Caregiver, AgentId::Stranger}) {
        const AgentView& a = s.Of(id);
        if (!a.present) continue;
        if (infant.in_contact && a.in_contact) return a.pos;
        if (const double d = Distance(a.pos, infant.pos); d < best_d) {
            best_d = d;
            best = a.pos;
        }
    }
    return best;
}

void DrawInfant(sf::RenderTarget& target, const RoomFrame& f, const Snapshot& s, double pulse_s) {
    const AgentView& infant = s.Infant();
    const sf::Vector2f c = f.ToScreen(infant.pos);
    const float r = f.Px(kInfant_m);
    const float facing = static_cast<float>(infant.facing);
    const float line = std::max(2.0f, f.Px(0.012));
    DrawInfantMarksUnder(target, c, r, infant);
    // A soft shadow; darker when held, to lift the infant off the holder's body.
    const sf::Uint8 shadow = infant.posture == Posture::Held ? 70 : 40;
    DrawDisc(target, c + sf::Vector2f(r * 0.12f, r * 0.18f), r * 1.08f, sf::Color(0, 0, 0, shadow));
    if (infant.posture == Posture::Crawling) {
        // Body trailing behind the head, with hands and knees.
        const sf::Vector2f back = c - Dir(facing) * (r * 0.95f);
        for (int side = -1; side <= 1; side += 2) {
            const sf::Vector2f across = Dir(facing + kPi * 0.5f) * (static_cast<float>(side) * r * 0.75f);
            DrawDisc(target, c + Dir(facing) * (r * 0.35f) + across, r * 0.24f, palette::kInfantSkin, palette::kInfantOutline, line * 0.6f);
            DrawDisc(target, back - Dir(facing) * (r * 0.45f) + across, r * 0.26f, palette::kInfantSuit, palette::kInfantOutline, line * 0.6f);
        }
        DrawDisc(target, back, r * 0.85f, palette::kInfantSuit, palette::kInfantOutline, line);
    }
    DrawDisc(target, c, r, palette::kInfantSuit, palette::kInfantOutline, line);
    DrawFace(target, c, r, infant);
    if (infant.vocalising && infant.cry < 0.05) DrawSpeechMarks(target, c, r, facing, line, palette::kInfantOutline);
    DrawCrying(target, c, r, infant.cry, pulse_s);
    const std::optional<Vec2> away = AwayFrom(s);
    const sf::Vector2f away_px = away ? f.ToScreen(*away) : c;
    DrawInfantMarksOver(target, c, r, infant, away ? &away_px : nullptr, pulse_s);
}

LabelStyle NameStyle(const RoomFrame& f, sf::Color text) {
    LabelStyle style;
    style.size_px = std::max(13u, static_cast<unsigned>(f.Px(0.068)));
    style.text = text;
    style.backing = palette::kLabelBacking;
    style.padding = 3.0f;
    return style;
}

// Puts a label next to its agent where it overlaps no label already placed: first the preferred
// side (below; above near the chairs or when holding the infant in front), then the others.
void PlaceLabel(sf::RenderTarget& target, const RoomFrame& f, const RoomDef& room, const AgentView& a, double body_m,
                const char* name, const RoomFonts& fonts, const LabelStyle& style, std::vector<sf::FloatRect>& taken) {
    const float w = LabelWidth(fonts.bold, name, style.size_px) + 2.0f * style.padding;
    const float h = static_cast<float>(style.size_px) + 2.0f * style.padding;

    const float gap = f.Px(body_m * 1.4 + 0.06);
    const bool holding_below = a.in_contact && a.posture != Posture::Held && std::sin(a.facing) > 0.0;
    const bool above = a.pos.y > room.size_m - 0.75 || holding_below;
    // A label placed earlier (the agent's name) may have taken the preferred side; the others follow.
    const sf::Vector2f c = f.ToScreen(a.pos);
    const float side = f.Px(body_m) + w * 0.5f + 6.0f;
    const sf::Vector2f candidates[] = {{c.x, c.y + (above ? -gap : gap)},
                                       {c.x, c.y + (above ? gap : -gap)},
                                       {c.x + side, c.y},
                                       {c.x - side, c.y},
                                       {c.x, c.y + (above ? -gap - h : gap + h)}};
    sf::Vector2f at = candidates[0];
    for (const sf::Vector2f& cand : candidates) {
        const sf::FloatRect box(cand.x - w * 0.5f, cand.y - h * 0.5f, w, h);
        const bool clear = std::none_of(taken.begin(), taken.end(), [&](const sf::FloatRect& t) { return t.intersects(box); });
        if (clear) {
            at = cand;
            break;
        }
    }
    // Kept over the room (floor and walls): in a small room (compare mode, four rooms at 1024x768) a
    // label beside an agent by the door would otherwise run off the room's part of the window.
    const float wall = f.Px(0.12);
    const float lo = f.origin.x - wall + w * 0.5f;
    const float hi = f.origin.x + f.Px(room.size_m) + wall - w * 0.5f;
    at.x = lo <= hi ? std::clamp(at.x, lo, hi) : f.origin.x + f.Px(room.size_m * 0.5);
    taken.push_back(DrawLabel(target, fonts.bold, name, at, Anchor::Centre, style));
}

// A warning tag for the actions a class must not miss: red for looming, grey for the blank
// stillness, dark slate for the infant's.
void PlaceTag(sf::RenderTarget& target, const RoomFrame& f, const RoomDef& room, const AgentView& a, double body_m,
              const RoomFonts& fonts, std::vector<sf::FloatRect>& taken) {
    const char* tag = RoomTag(a.action);
    if (!tag) return;
    LabelStyle style = NameStyle(f, sf::Color::White);
    style.size_px = std::max(14u, static_cast<unsigned>(f.Px(0.075)));
    style.padding = 4.0f;
    if (a.action == VisibleAction::Looming) style.backing = sf::Color(200, 20, 30, 235);
    else if (a.action == VisibleAction::Dissociating) style.backing = sf::Color(95, 98, 112, 235);
    else style.backing = sf::Color(45, 50, 70, 235);
    PlaceLabel(target, f, room, a, body_m, tag, fonts, style, taken);
}

}  // namespace

void DrawAgents(sf::RenderTarget& target, const RoomFrame& frame, const RoomDef& room, const Snapshot& snapshot,
                const RoomFonts& fonts, double pulse_s) {
    const AgentId adults[] = {AgentId::Caregiver, AgentId::Stranger};
    for (AgentId id : adults) {
        const AgentView& a = snapshot.Of(id);
        DrawGaze(target, frame, a, BodyRadius(a), snapshot, room, LookOf(id).dark);
    }
    DrawGaze(target, frame, snapshot.Infant(), kInfant_m, snapshot, room, palette::kInfantOutline);

    for (AgentId id : adults)
        if (snapshot.Of(id).present) DrawAdult(target, frame, snapshot.Of(id), id, pulse_s);
    if (snapshot.Infant().present) DrawInfant(target, frame, snapshot, pulse_s);

    // Names last, so no body hides them; the infant's first, as the one the class watches.
    std::vector<sf::FloatRect> taken;
    const AgentView& infant = snapshot.Infant();
    if (infant.present && infant.posture != Posture::Held)
        PlaceLabel(target, frame, room, infant, kInfant_m + 0.02, "Infant", fonts, NameStyle(frame, sf::Color(255, 226, 140)),
                   taken);
    for (AgentId id : adults) {
        const AgentView& a = snapshot.Of(id);
        if (a.present)
            PlaceLabel(target, frame, room, a, BodyRadius(a), LookOf(id).name, fonts, NameStyle(frame, LookOf(id).label), taken);
    }
    // Tags after the names, so a name keeps its usual place and the tag takes the next free one.
    if (infant.present) PlaceTag(target, frame, room, infant, kInfant_m + 0.02, fonts, taken);
    for (AgentId id : adults) {
        const AgentView& a = snapshot.Of(id);
        if (a.present) PlaceTag(target, frame, room, a, BodyRadius(a), fonts, taken);
    }
}

}  // namespace sb::app
