// Shortcut table: Space, S / Right, + / -, R, C, I and the episode numbers 1-8.
#include "shortcuts.h"

namespace sb::app {

namespace {

// Episode number for the top-row and keypad digits 1..9, or 0 for any other key.
int EpisodeKey(sf::Keyboard::Key code) {
    if (code >= sf::Keyboard::Num1 && code <= sf::Keyboard::Num9) return code - sf::Keyboard::Num1 + 1;
    if (code >= sf::Keyboard::Numpad1 && code <= sf::Keyboard::Numpad9) return code - sf::Keyboard::Numpad1 + 1;
    return 0;
}

bool HasEpisode(const Playback& playback, int number) {
    for (const EpisodeDef& e : playback.Sim().Protocol().episodes)
        if (e.number == number) return true;
    return false;
}

}  // namespace

void HandleShortcut(const sf::Event::KeyEvent& key, Playback& playback, ControlPanel& panel) {
    if (key.control || key.alt || key.system) return;  // leave combinations to the window system
    switch (key.code) {
        case sf::Keyboard::Space: playback.SetPaused(!playback.Paused()); return;
        case sf::Keyboard::S:
        case sf::Keyboard::Right: playback.StepOnce(); return;
        case sf::Keyboard::R: playback.Restart(); return;
        case sf::Keyboard::C: panel.ToggleScorecard(); return;
        case sf::Keyboard::I: panel.ToggleInside(); return;
        case sf::Keyboard::Add:
        case sf::Keyboard::Equal: playback.SetSpeed(FasterSpeed(playback.Speed())); return;  // '=' is unshifted '+'
        case sf::Keyboard::Subtract:
        case sf::Keyboard::Hyphen: playback.SetSpeed(SlowerSpeed(playback.Speed())); return;
        default: break;
    }
    const int episode = EpisodeKey(key.code);
    if (episode > 0 && HasEpisode(playback, episode)) playback.JumpToEpisode(episode);
}

}  // namespace sb::app
