// Keys that act on the window rather than the run: zoom (Ctrl +, Ctrl -, Ctrl 0), full-screen
// (F11), the keyboard help (? or F1), the scenario picker (O) and Esc to close those two.
#pragma once

#include <SFML/Window/Event.hpp>

namespace sb::app {

enum class WindowKey { None, ZoomIn, ZoomOut, ZoomReset, Fullscreen, Help, ScenarioPicker, CloseOverlays };

// What a key press means to the window. `typing` is true while an ImGui text field has the
// keyboard: then only the keys no field uses (Ctrl zoom, F11, F1) act.
WindowKey WindowKeyFor(const sf::Event::KeyEvent& key, bool typing);

}  // namespace sb::app
