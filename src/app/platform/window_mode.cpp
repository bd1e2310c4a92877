// Window mode implementation.
#include "app/platform/window_mode.h"

#include <SFML/Window/VideoMode.hpp>

namespace sb::app {

void OpenWindow(sf::RenderWindow& window, const WindowSpec& spec) {
    const sf::String title = sf::String::fromUtf8(spec.title.begin(), spec.title.end());
    if (spec.fullscreen) {
        window.create(sf::VideoMode::getDesktopMode(), title, sf::Style::Fullscreen, spec.gl);
    } else {
        window.create(sf::VideoMode(spec.windowed_size.x, spec.windowed_size.y), title, sf::Style::Default, spec.gl);
        window.setPosition({0, 0});  // with no window manager (Xvfb) SFML may place it half off-screen
    }
    window.setFramerateLimit(spec.max_fps);
    // One pixel per pixel, whatever size the window manager gave it.
    const sf::Vector2u size = window.getSize();
    window.setView(sf::View(sf::FloatRect(0.0f, 0.0f, static_cast<float>(size.x), static_cast<float>(size.y))));
}

void ToggleFullscreen(sf::RenderWindow& window, WindowSpec& spec) {
    if (!spec.fullscreen) spec.windowed_size = window.getSize();
    spec.fullscreen = !spec.fullscreen;
    OpenWindow(window, spec);
}

}  // namespace sb::app
