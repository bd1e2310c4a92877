// Room layout: where each room goes when the window shows one run or several side by side. Plain
// rectangles in pixels, no drawing library, so the arithmetic is tested without a window.
#pragma once

#include <vector>

namespace sb::app {

struct ScreenRect {
    float left = 0.0f;
    float top = 0.0f;
    float width = 0.0f;
    float height = 0.0f;

    float Right() const { return left + width; }
    float Bottom() const { return top + height; }
};

// The side of the square floor a room gets in `cell`, below its caption strip `caption_h` tall. The
// floor is always square, so a room keeps its shape in any cell; a wide cell only adds margin.
float FloorSide(const ScreenRect& cell, float caption_h);

// Splits `area` into `count` cells, one room each, in the grid of columns and rows that gives every
// room the largest floor: two rooms go side by side in a wide area and one above the other in a tall
// one; four beside the panel of a 1920 x 1080 window make a 2 x 2 grid. Cells are filled a row at a
// time, left to right; they tile
// the area edge to edge without overlapping, inner edges on whole pixels. One room gets exactly the
// whole area, so the single-room window looks as it always has.
std::vector<ScreenRect> LayOutRooms(const ScreenRect& area, int count, float caption_h);

}  // namespace sb::app
