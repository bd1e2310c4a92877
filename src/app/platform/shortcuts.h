// Keyboard shortcuts of the room view: the same commands as the panel's buttons, for a lecturer
// who does not want to aim a mouse at a projected screen.
#pragma once

#include <SFML/Window/Event.hpp>

#include "app/panel/control_panel.h"
#include "app/run/compare_session.h"
#include "app/run/playback.h"

namespace sb::app {

// Acts on one key press. Call only when ImGui does not want the keyboard (e.g. a field is active).
void HandleShortcut(const sf::Event::KeyEvent& key, Playback& playback, ControlPanel& panel);

// The same transport keys in compare mode, acting on every room at once.
void HandleCompareShortcut(const sf::Event::KeyEvent& key, CompareSession& session);

}  // namespace sb::app
