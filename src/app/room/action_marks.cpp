// Action marks implementation. Each mark differs by shape as well as colour — spikes, a dashed ring,
// zigzags, an arrow — so none depends on telling red from green.
#include "app/room/action_marks.h"

#include <SFML/Graphics/VertexArray.hpp>
#include <algorithm>
#include <cmath>
#include <vector>

#include "app/room/shape_kit.h"

namespace sb::app {

namespace {

constexpr float kPi = 3.14159265f;
const sf::Color kAlarm{225, 25, 35};
const sf::Color kAlarmInner{255, 205, 0, 230};
const sf::Color kBlank{150, 152, 162};
const sf::Color kFrozen{110, 115, 130};
const sf::Color kResist{230, 70, 20};
const sf::Color kInk{55, 35, 30};

sf::Vector2f Polar(sf::Vector2f c, float r, float angle) { return {c.x + r * std::cos(angle), c.y + r * std::sin(angle)}; }

// A jagged star: `points` spikes between radii `inner` and `outer`, filled, with a dark edge.
void DrawBurst(sf::RenderTarget& target, sf::Vector2f c, float inner, float outer, int points, float turn,
               sf::Color fill, sf::Color edge, float edge_w) {
    sf::VertexArray fan(sf::TriangleFan, static_cast<std::size_t>(2 * points + 2));
    fan[0] = sf::Vertex(c, fill);
    std::vector<sf::Vector2f> rim;
    for (int i = 0; i <= 2 * points; ++i) {
        const float a = turn + kPi * static_cast<float>(i) / static_cast<float>(points);
        rim.push_back(Polar(c, i % 2 == 0 ? outer : inner, a));
        fan[static_cast<std::size_t>(i + 1)] = sf::Vertex(rim.back(), fill);
    }
    target.draw(fan);
    for (std::size_t i = 1; i < rim.size(); ++i) DrawThickLine(target, rim[i - 1], rim[i], edge_w, edge);
}

// A ring of dashes: reads as "held still" and stays distinct from the solid outlines of bodies.
void DrawDashedRing(sf::RenderTarget& target, sf::Vector2f c, float r, float width, sf::Color colour, int dashes) {
    const float step = 2.0f * kPi / static_cast<float>(dashes);
    for (int i = 0; i < dashes; ++i) {
        const float a = step * static_cast<float>(i);
        DrawArc(target, c, r, a, a + step * 0.6f, width, colour);
    }
}

// A zigzag stroke from `from` outwards along `angle`: an angry push or squirm.
void DrawZigzag(sf::RenderTarget& target, sf::Vector2f from, float angle, float length, float width, sf::Color colour) {
    const sf::Vector2f along(std::cos(angle), std::sin(angle));
    const sf::Vector2f across(-along.y, along.x);
    sf::Vector2f prev = from;
    constexpr int kKinks = 4;
    for (int i = 1; i <= kKinks; ++i) {
        const float side = (i % 2 == 0 ? -1.0f : 1.0f) * length * 0.18f;
        const sf::Vector2f next = from + along * (length * static_cast<float>(i) / kKinks) + across * (i == kKinks ? 0.0f : side);
        DrawThickLine(target, prev, next, width, colour);
        prev = next;
    }
}

void DrawArrow(sf::RenderTarget& target, sf::Vector2f from, sf::Vector2f to, float width, sf::Color colour) {
    DrawThickLine(target, from, to, width, colour);
    const sf::Vector2f d = to - from;
    const float len = std::hypot(d.x, d.y);
    if (len <= 0.0f) return;
    const sf::Vector2f u = d / len;
    const sf::Vector2f n(-u.y, u.x);
    const float head = width * 2.6f;
    sf::VertexArray tip(sf::Triangles, 3);
    tip[0] = sf::Vertex(to + u * head, colour);
    tip[1] = sf::Vertex(to - u * (head * 0.4f) + n * head, colour);
    tip[2] = sf::Vertex(to - u * (head * 0.4f) - n * head, colour);
    target.draw(tip);
}

}  // namespace

void DrawAdultMarksUnder(sf::RenderTarget& target, sf::Vector2f c, float r, const AgentView& adult, double pulse_s) {
    if (adult.action != VisibleAction::Looming) return;
    // A hazard burst that throbs and turns: alarming at a glance, on a still frame too.
    const float throb = 1.0f + 0.08f * static_cast<float>(std::sin(pulse_s * 9.0));
    const float turn = static_cast<float>(std::fmod(pulse_s * 0.6, 2.0 * kPi));
    DrawBurst(target, c, r * 1.25f * throb, r * 1.95f * throb, 12, turn, kAlarmInner, kAlarm, std::max(2.0f, r * 0.1f));
}

void DrawAdultMarksOver(sf::RenderTarget& target, sf::Vector2f c, float r, const AgentView& adult) {
    if (adult.action != VisibleAction::Dissociating) return;
    // Drained of colour, ringed in grey, eyes two flat lines: stock-still and blank.
    DrawDisc(target, c, r, sf::Color(kBlank.r, kBlank.g, kBlank.b, 215));
    DrawDashedRing(target, c, r * 1.35f, std::max(2.5f, r * 0.12f), kFrozen, 12);
    const float w = std::max(2.0f, r * 0.1f);
    for (int side = -1; side <= 1; side += 2) {
        const sf::Vector2f eye(c.x + static_cast<float>(side) * r * 0.32f, c.y - r * 0.1f);
        DrawThickLine(target, {eye.x - r * 0.16f, eye.y}, {eye.x + r * 0.16f, eye.y}, w, sf::Color(60, 60, 70));
    }
    DrawThickLine(target, {c.x - r * 0.25f, c.y + r * 0.35f}, {c.x + r * 0.25f, c.y + r * 0.35f}, w, sf::Color(60, 60, 70));
}

void DrawInfantMarksUnder(sf::RenderTarget& target, sf::Vector2f c, float r, const AgentView& infant) {
    if (infant.action != VisibleAction::Freezing) return;
    // A grey halo under the body: the infant is set apart, motionless.
    DrawDisc(target, c, r * 1.55f, sf::Color(kFrozen.r, kFrozen.g, kFrozen.b, 90));
}

void DrawInfantMarksOver(sf::RenderTarget& target, sf::Vector2f c, float r, const AgentView& infant,
                         const sf::Vector2f* away_from, double pulse_s) {
    const float w = std::max(2.0f, r * 0.14f);
    switch (infant.action) {
        case VisibleAction::Freezing:
            DrawDashedRing(target, c, r * 1.45f, std::max(3.0f, r * 0.16f), kFrozen, 10);
            break;
        case VisibleAction::Resisting: {
            // Zigzags thrown out to both sides, jittering: pushing away, squirming.
            const float jitter = 0.15f * static_cast<float>(std::sin(pulse_s * 14.0));
            for (float a : {-0.35f, 0.35f, kPi - 0.35f, kPi + 0.35f})
                DrawZigzag(target, Polar(c, r * 1.15f, a + jitter), a + jitter, r * 0.9f, w, kResist);
            break;
        }
        case VisibleAction::TurningAway: {
            // A turning arrow over the head, heading away from whoever it avoids.
            float base = -kPi * 0.5f;
            if (away_from) base = std::atan2(c.y - away_from->y, c.x - away_from->x);
            const float from = base + kPi * 0.85f;
            const float to = base + kPi * 0.2f;
            DrawArc(target, c, r * 1.35f, std::min(from, to), std::max(from, to), w, kInk);
            const sf::Vector2f end = Polar(c, r * 1.35f, to);
            const sf::Vector2f tangent(std::sin(to), -std::cos(to));  // clockwise, towards `to`
            DrawArrow(target, end + tangent * (w * 0.5f), end + tangent * (w * 1.5f), w, kInk);
            break;
        }
        case VisibleAction::WantingDown: {
            // Leaning out of the holder's arms: an arrow from the holder through and past the infant.
            sf::Vector2f dir(0.0f, 1.0f);
            if (away_from) {
                const sf::Vector2f d = c - *away_from;
                const float len = std::hypot(d.x, d.y);
                if (len > 1e-3f) dir = d / len;
            }
            DrawArrow(target, c + dir * (r * 1.2f), c + dir * (r * 2.2f), w, kInk);
            break;
        }
        default: break;
    }
}

}  // namespace sb::app
