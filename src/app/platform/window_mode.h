// Window mode: opening the window windowed or full-screen (F11), so a lecturer can fill the
// projector with the room and panel and go back to a window without restarting.
#pragma once

#include <SFML/Graphics/RenderWindow.hpp>
#include <string>

namespace sb::app {

struct WindowSpec {
    sf::Vector2u windowed_size{1280, 720};  // px; kept while full-screen, for the way back
    sf::ContextSettings gl;
    std::string title;                      // UTF-8
    unsigned max_fps = 60;                  // 0: no cap
    bool fullscreen = false;
};

// (Re)creates `window` as `spec` says: full-screen at the desktop's resolution, or windowed at the
// top-left corner. A recreated window has a new GL context; the ImGui renderer must be told.
void OpenWindow(sf::RenderWindow& window, const WindowSpec& spec);

// Switches between windowed and full-screen, remembering the windowed size.
void ToggleFullscreen(sf::RenderWindow& window, WindowSpec& spec);

}  // namespace sb::app
