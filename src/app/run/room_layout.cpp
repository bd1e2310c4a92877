// Room layout implementation. Every grid from one row to one column is tried; there are at most a
// handful of rooms, so trying them all is cheaper than being clever.
#include "app/run/room_layout.h"

#include <algorithm>
#include <cmath>

namespace sb::app {

namespace {

struct Grid {
    int columns = 1;
    int rows = 1;
};

Grid BestGrid(const ScreenRect& area, int count, float caption_h) {
    Grid best;
    float best_side = -1.0f;
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = (count + columns - 1) / columns;
        const ScreenRect cell{0.0f, 0.0f, area.width / columns, area.height / rows};
        const float side = FloorSide(cell, caption_h);
        if (side > best_side) {  // strictly: on a tie the grid with fewer columns stays
            best_side = side;
            best = {columns, rows};
        }
    }
    return best;
}

// The position of inner edge `i` of `n` equal parts of [from, from + length]; the outer edges are
// the area's own, so a single part is the area exactly.
float Edge(float from, float length, int i, int n) {
    if (i <= 0) return from;
    if (i >= n) return from + length;
    return std::round(from + length * static_cast<float>(i) / static_cast<float>(n));
}

}  // namespace

float FloorSide(const ScreenRect& cell, float caption_h) {
    return std::max(0.0f, std::min(cell.width, cell.height - caption_h));
}

std::vector<ScreenRect> LayOutRooms(const ScreenRect& area, int count, float caption_h) {
    std::vector<ScreenRect> cells;
    if (count <= 0) return cells;
    if (count == 1) return {area};  // untouched by any arithmetic: the one-room window is unchanged
    const Grid grid = BestGrid(area, count, caption_h);
    cells.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const int column = i % grid.columns;
        const int row = i / grid.columns;
        const float left = Edge(area.left, area.width, column, grid.columns);
        const float right = Edge(area.left, area.width, column + 1, grid.columns);
        const float top = Edge(area.top, area.height, row, grid.rows);
        const float bottom = Edge(area.top, area.height, row + 1, grid.rows);
        cells.push_back({left, top, right - left, bottom - top});
    }
    return cells;
}

}  // namespace sb::app
