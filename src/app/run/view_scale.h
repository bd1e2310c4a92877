// UI scale and zoom: how large the panel and captions are drawn for a window size and the zoom the
// lecturer chose. 1.0 is the design size (an 18-px panel font). GUI-free, so it is unit-tested.
#pragma once

namespace sb::app {

// Design sizes of the panel's fonts at UI scale 1, in pixels (the font's em).
inline constexpr float kPanelFont_px = 18.0f;
inline constexpr float kPanelSmallFont_px = 17.0f;
inline constexpr float kPanelTitleFont_px = 30.0f;

// On a window of at least kProjectorWidth x kProjectorHeight, the common projector resolution, no
// panel text is smaller than kSmallestFont_px: a line of DejaVu Sans at that size measures 16 px
// of ink in a screenshot (top of a capital to the bottom of a 'g'; 0.84 em measured), the usual
// floor for text read from the back of a room.
inline constexpr float kSmallestFont_px = 19.0f;
inline constexpr unsigned kProjectorWidth = 1024;
inline constexpr unsigned kProjectorHeight = 768;

// Zoom in percent of the automatic size. Ctrl + and Ctrl - step through kZoomSteps.
inline constexpr int kDefaultZoom = 100;
inline constexpr int kMinZoom = 75;
inline constexpr int kMaxZoom = 300;
inline constexpr int kZoomSteps[] = {75, 90, 100, 110, 125, 150, 175, 200, 250, 300};

// The next step above or below `zoom_pct` (which need not be a step itself), within the limits.
int ZoomIn(int zoom_pct);
int ZoomOut(int zoom_pct);

// The scale the window's size alone calls for: the tighter of width/1280 and height/720, in
// steps of 1/8, between 0.75 and 2 — and on a window of at least 1024x768 never below the scale
// that gives the smallest font kSmallestFont_px (1.125).
float AutoUiScale(unsigned width, unsigned height);

// The largest scale at which the run panel leaves the room at least 40% of the window's width.
float LargestUiScale(unsigned width, unsigned height);

// The scale drawn with: the automatic one times the zoom, kept between the projector floor (or
// 0.75 on smaller windows) and LargestUiScale.
float UiScale(unsigned width, unsigned height, int zoom_pct);

// The zoom that actually acts at this window size: what the lecturer sees in the help window.
int EffectiveZoom(unsigned width, unsigned height, int zoom_pct);

}  // namespace sb::app
