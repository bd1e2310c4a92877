// Window key table. '?' is Shift+/ on most layouts; SFML reports the key, so '/' alone opens the
// help too, which costs nothing and helps on layouts where '?' is elsewhere (F1 works everywhere).
#include "app/platform/window_keys.h"

namespace sb::app {

WindowKey WindowKeyFor(const sf::Event::KeyEvent& key, bool typing) {
    using K = sf::Keyboard;
    if (key.control && !key.alt && !key.system) {
        switch (key.code) {
            case K::Add:
            case K::Equal: return WindowKey::ZoomIn;  // Ctrl '=' is Ctrl '+' without Shift
            case K::Subtract:
            case K::Hyphen: return WindowKey::ZoomOut;
            case K::Num0:
            case K::Numpad0: return WindowKey::ZoomReset;
            default: return WindowKey::None;
        }
    }
    if (key.code == K::F11) return WindowKey::Fullscreen;
    if (key.code == K::F1) return WindowKey::Help;
    if (typing || key.control || key.alt || key.system) return WindowKey::None;
    switch (key.code) {
        case K::Slash: return WindowKey::Help;
        case K::O: return WindowKey::ScenarioPicker;
        case K::Escape: return WindowKey::CloseOverlays;
        default: return WindowKey::None;
    }
}

}  // namespace sb::app
