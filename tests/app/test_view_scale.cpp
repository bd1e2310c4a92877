// UI scale and zoom: the zoom steps and their limits, and the projector rule — at 1024x768 the
// panel is never drawn below design size and its smallest font is never below kSmallestFont_px.
#include <catch2/catch.hpp>

#include <cmath>

#include "app/run/view_scale.h"

using namespace sb::app;

TEST_CASE("zoom steps up and down and stops at its limits", "[app][zoom]") {
    CHECK(ZoomIn(100) == 110);
    CHECK(ZoomIn(110) == 125);
    CHECK(ZoomOut(100) == 90);
    CHECK(ZoomOut(90) == 75);
    CHECK(ZoomOut(kMinZoom) == kMinZoom);
    CHECK(ZoomIn(kMaxZoom) == kMaxZoom);
    CHECK(ZoomIn(105) == 110);  // a zoom between steps (--zoom 105) goes to the next step
    CHECK(ZoomOut(105) == 100);
    int z = kDefaultZoom;
    for (int i = 0; i < 20; ++i) z = ZoomIn(z);
    CHECK(z == kMaxZoom);
    for (int i = 0; i < 20; ++i) z = ZoomOut(z);
    CHECK(z == kMinZoom);
}

TEST_CASE("at 1024x768 the panel is at least design size and its smallest text at least the floor", "[app][zoom]") {
    for (int zoom = kMinZoom; zoom <= kMaxZoom; zoom = ZoomIn(zoom)) {
        INFO("zoom " << zoom);
        const float s = UiScale(1024, 768, zoom);
        CHECK(s >= 1.0f);
        CHECK(std::round(kPanelSmallFont_px * s) >= kSmallestFont_px);
        CHECK(std::round(kPanelFont_px * s) >= kSmallestFont_px);
        if (zoom == kMaxZoom) break;
    }
    // The floor holds on larger windows, and does not apply to small ones.
    CHECK(UiScale(1920, 1080, kMinZoom) * kPanelSmallFont_px >= kSmallestFont_px - 0.5f);
    CHECK(UiScale(800, 480, kDefaultZoom) < 1.0f);
}

TEST_CASE("the automatic scale follows the window and zoom multiplies it within limits", "[app][zoom]") {
    CHECK(AutoUiScale(1280, 720) == 1.0f);
    CHECK(AutoUiScale(1920, 1080) == 1.5f);
    CHECK(AutoUiScale(1024, 768) == 1.125f);  // by size alone 0.75; the projector floor lifts it
    CHECK(UiScale(1920, 1080, 100) == 1.5f);
    CHECK(UiScale(1920, 1080, 150) == Approx(2.25f));
    // Zooming in stops where the run panel would take more than 60% of the width.
    CHECK(UiScale(1024, 768, kMaxZoom) == Approx(LargestUiScale(1024, 768)));
    CHECK(400.0f * UiScale(1024, 768, kMaxZoom) <= 0.6f * 1024.0f + 0.5f);
    CHECK(UiScale(1920, 1080, 300) == Approx(LargestUiScale(1920, 1080)));
    // Zooming in never makes anything smaller, and the zoom shown is the one acting.
    float last = 0.0f;
    for (int zoom = kMinZoom;; zoom = ZoomIn(zoom)) {
        const float s = UiScale(1280, 720, zoom);
        CHECK(s >= last);
        last = s;
        if (zoom == kMaxZoom) break;
    }
    CHECK(EffectiveZoom(1920, 1080, 100) == 100);
    CHECK(EffectiveZoom(1024, 768, 300) == std::lround(100.0f * LargestUiScale(1024, 768) / 1.125f));
}
