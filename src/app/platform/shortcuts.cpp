// Shortcut table: Space, S / Right, + / -, R, C, I, N and the episode numbers 1-8. Only which key means
// what lives here; the transport commands themselves are session logic (run/transport_command).
#include "app/platform/shortcuts.h"

#include <optional>

#include "app/run/transport_command.h"

namespace sb::app {

namespace {

// Episode number for the top-row and keypad digits 1..9, or 0 for any other key.
int EpisodeKey(sf::Keyboard::Key code) {
    if (code >= sf::Keyboard::Num1 && code <= sf::Keyboard::Num9) return code - sf::Keyboard::Num1 + 1;
    if (code >= sf::Keyboard::Numpad1 && code <= sf::Keyboard::Numpad9) return code - sf::Keyboard::Numpad1 + 1;
    return 0;
}

std::optional<TransportCommand> TransportFor(sf::Keyboard::Key code) {
    switch (code) {
        case sf::Keyboard::Space: return TransportCommand{Transport::PlayPause};
        case sf::Keyboard::S:
        case sf::Keyboard::Right: return TransportCommand{Transport::StepOnce};
        case sf::Keyboard::R: return TransportCommand{Transport::Restart};
        case sf::Keyboard::Add:
        case sf::Keyboard::Equal: return TransportCommand{Transport::Faster};  // '=' is unshifted '+'
        case sf::Keyboard::Subtract:
        case sf::Keyboard::Hyphen: return TransportCommand{Transport::Slower};
        default: break;
    }
    if (const int episode = EpisodeKey(code); episode > 0) return TransportCommand{Transport::JumpToEpisode, episode};
    return std::nullopt;
}

}  // namespace

void HandleShortcut(const sf::Event::KeyEvent& key, Playback& playback, ControlPanel& panel) {
    if (key.control || key.alt || key.system) return;  // leave combinations to the window system
    switch (key.code) {
        case sf::Keyboard::C: panel.ToggleScorecard(); return;
        case sf::Keyboard::I: panel.ToggleInside(); return;
        case sf::Keyboard::N: panel.ToggleNarration(); return;
        case sf::Keyboard::P: panel.TogglePopulation(); return;
        default: break;
    }
    if (const std::optional<TransportCommand> command = TransportFor(key.code)) Apply(*command, playback);
}

void HandleCompareShortcut(const sf::Event::KeyEvent& key, CompareSession& session) {
    if (key.control || key.alt || key.system) return;
    if (const std::optional<TransportCommand> command = TransportFor(key.code)) session.Apply(*command);
}

}  // namespace sb::app
