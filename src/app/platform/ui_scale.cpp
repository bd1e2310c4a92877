// UI scale from window size and zoom: the session's rule (run/view_scale) for an SFML window size.
#include "app/platform/ui_scale.h"

#include "app/run/view_scale.h"

namespace sb::app {

float UiScaleFor(sf::Vector2u window_size, int zoom_pct) { return UiScale(window_size.x, window_size.y, zoom_pct); }

}  // namespace sb::app
