// UI scale and zoom implementation.
#include "app/run/view_scale.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace sb::app {

namespace {

// Width of the run panel at scale 1 (the panel's kPanelWidth_px), and the share of the window the
// room keeps at the largest zoom.
constexpr float kRunPanelWidth_px = 400.0f;
constexpr float kRoomShareKept = 0.4f;
constexpr float kSmallestScale = 0.75f;
constexpr float kLargestAutoScale = 2.0f;

bool ProjectorSized(unsigned width, unsigned height) { return width >= kProjectorWidth && height >= kProjectorHeight; }

// The floor: on a projector-sized window the smallest font must still be kSmallestText_px.
float FloorScale(unsigned width, unsigned height) {
    // In steps of 1/8, like the automatic scale, rounded up so the rounded font is never smaller.
    const float needed = std::ceil(kSmallestFont_px / kPanelSmallFont_px * 8.0f) / 8.0f;
    return ProjectorSized(width, height) ? std::max(1.0f, needed) : kSmallestScale;
}

}  // namespace

int ZoomIn(int zoom_pct) {
    for (int step : kZoomSteps)
        if (step > zoom_pct) return step;
    return kMaxZoom;
}

int ZoomOut(int zoom_pct) {
    for (auto it = std::rbegin(kZoomSteps); it != std::rend(kZoomSteps); ++it)
        if (*it < zoom_pct) return *it;
    return kMinZoom;
}

float AutoUiScale(unsigned width, unsigned height) {
    const float fit = std::min(static_cast<float>(width) / 1280.0f, static_cast<float>(height) / 720.0f);
    const float stepped = std::clamp(std::round(fit * 8.0f) / 8.0f, kSmallestScale, kLargestAutoScale);
    return std::max(stepped, FloorScale(width, height));
}

float LargestUiScale(unsigned width, unsigned height) {
    const float by_width = static_cast<float>(width) * (1.0f - kRoomShareKept) / kRunPanelWidth_px;
    return std::max(by_width, FloorScale(width, height));
}

float UiScale(unsigned width, unsigned height, int zoom_pct) {
    const float zoomed = AutoUiScale(width, height) * static_cast<float>(std::clamp(zoom_pct, kMinZoom, kMaxZoom)) / 100.0f;
    return std::clamp(zoomed, FloorScale(width, height), LargestUiScale(width, height));
}

int EffectiveZoom(unsigned width, unsigned height, int zoom_pct) {
    return static_cast<int>(std::lround(100.0f * UiScale(width, height, zoom_pct) / AutoUiScale(width, height)));
}

}  // namespace sb::app
