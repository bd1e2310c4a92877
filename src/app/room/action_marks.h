// Action marks: what makes a few visible actions readable from the back of a lecture hall — the
// caregiver's frightening moments (a jagged warning burst while she looms, a grey, blank stillness
// while she dissociates) and the infant's freezing, resisting, turning away and wanting down.
// Drawn from the visible snapshot only, like the rest of the room.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include "world/visible.h"

namespace sb::app {

// Under an adult's body (a burst behind her) and over it (the blank overlay). `radius` is the
// body's in px; `pulse_s` is real time, so the warning moves at any playback speed.
void DrawAdultMarksUnder(sf::RenderTarget& target, sf::Vector2f centre, float radius, const AgentView& adult,
                         double pulse_s);
void DrawAdultMarksOver(sf::RenderTarget& target, sf::Vector2f centre, float radius, const AgentView& adult);

// Under and over the infant's body. `away_from` is the screen point it leans or turns away from
// (its holder, or the person it avoids), when there is one.
void DrawInfantMarksUnder(sf::RenderTarget& target, sf::Vector2f centre, float radius, const AgentView& infant);
void DrawInfantMarksOver(sf::RenderTarget& target, sf::Vector2f centre, float radius, const AgentView& infant,
                         const sf::Vector2f* away_from, double pulse_s);

}  // namespace sb::app
