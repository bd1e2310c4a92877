// Room layout: one room takes the whole area, as it always has; two to four rooms share it without
// overlapping, each keeping a square floor as large as the area allows.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "app/run/room_layout.h"

using namespace sb::app;

namespace {

constexpr float kCaption = 96.0f;  // the caption strip at the 1280 x 720 design size

ScreenRect Rect(float left, float top, float width, float height) { return {left, top, width, height}; }

bool Inside(const ScreenRect& r, const ScreenRect& area) {
    return r.left >= area.left && r.top >= area.top && r.Right() <= area.Right() && r.Bottom() <= area.Bottom();
}

bool Overlap(const ScreenRect& a, const ScreenRect& b) {
    return a.left < b.Right() && b.left < a.Right() && a.top < b.Bottom() && b.top < a.Bottom();
}

int Columns(const std::vector<ScreenRect>& cells) {
    std::vector<float> lefts;
    for (const ScreenRect& c : cells) lefts.push_back(c.left);
    std::sort(lefts.begin(), lefts.end());
    return static_cast<int>(std::unique(lefts.begin(), lefts.end()) - lefts.begin());
}

}  // namespace

TEST_CASE("one room gets exactly the whole area", "[app][layout]") {
    const ScreenRect area{0.0f, 0.0f, 1520.0f, 1080.0f};
    const std::vector<ScreenRect> cells = LayOutRooms(area, 1, kCaption);
    REQUIRE(cells.size() == 1);
    CHECK(cells[0].left == area.left);
    CHECK(cells[0].top == area.top);
    CHECK(cells[0].width == area.width);
    CHECK(cells[0].height == area.height);
}

TEST_CASE("N rooms get N cells inside the area that do not overlap", "[app][layout]") {
    const ScreenRect area = GENERATE(Rect(0.0f, 0.0f, 1520.0f, 1080.0f), Rect(0.0f, 0.0f, 624.0f, 768.0f),
                                     Rect(10.0f, 20.0f, 1001.0f, 333.0f));
    const int count = GENERATE(1, 2, 3, 4);
    INFO(count << " rooms in " << area.width << " x " << area.height);
    const std::vector<ScreenRect> cells = LayOutRooms(area, count, kCaption);
    REQUIRE(cells.size() == static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < cells.size(); ++i) {
        CHECK(Inside(cells[i], area));
        for (std::size_t j = i + 1; j < cells.size(); ++j) CHECK_FALSE(Overlap(cells[i], cells[j]));
    }
    SECTION("and every room's square floor is about as large as every other's") {
        const float side = FloorSide(cells[0], kCaption);
        CHECK(side > 0.0f);
        for (const ScreenRect& c : cells) CHECK(std::abs(FloorSide(c, kCaption) - side) <= 1.0f);
    }
}

TEST_CASE("rooms are arranged so each keeps the largest square floor", "[app][layout]") {
    SECTION("two rooms in a wide area sit side by side") {
        CHECK(Columns(LayOutRooms({0.0f, 0.0f, 1520.0f, 1080.0f}, 2, kCaption)) == 2);
    }
    SECTION("two rooms in a tall area sit one above the other") {
        CHECK(Columns(LayOutRooms({0.0f, 0.0f, 624.0f, 1000.0f}, 2, kCaption)) == 1);
    }
    SECTION("four rooms beside the panel of a 1920 x 1080 window make a 2 x 2 grid") {
        const float caption = kCaption * 1.5f;  // the UI scale of a 1080p window
        const std::vector<ScreenRect> cells = LayOutRooms({0.0f, 0.0f, 1920.0f - 600.0f, 1080.0f}, 4, caption);
        CHECK(Columns(cells) == 2);
        CHECK(FloorSide(cells[3], caption) == Approx(540.0f - caption));
    }
    SECTION("four rooms in a wide, short strip stand in a row") {
        CHECK(Columns(LayOutRooms({0.0f, 0.0f, 1920.0f, 600.0f}, 4, kCaption)) == 4);
    }
}

TEST_CASE("the floor a cell holds is square and fits under the caption", "[app][layout]") {
    CHECK(FloorSide({0.0f, 0.0f, 800.0f, 600.0f}, kCaption) == 504.0f);  // height-bound: 600 - 96
    CHECK(FloorSide({0.0f, 0.0f, 400.0f, 900.0f}, kCaption) == 400.0f);  // width-bound
    CHECK(FloorSide({0.0f, 0.0f, 400.0f, 50.0f}, kCaption) == 0.0f);     // no room left at all
}

TEST_CASE("no rooms, no cells", "[app][layout]") {
    CHECK(LayOutRooms({0.0f, 0.0f, 800.0f, 600.0f}, 0, kCaption).empty());
}
