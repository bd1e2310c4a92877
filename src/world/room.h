// RoomDef: the playroom of the Strange Situation — 2.75 m square (9 x 9 ft), a door, the
// caregiver's and the stranger's chairs at one end and toys at the other (Ainsworth et al. 1978).
#pragma once

#include <array>

#include "core/vec2.h"

namespace sb {

struct RoomDef {
    double size_m = 2.75;                  // m, side of the square room
    Vec2 door{0.0, 1.95};                  // m, centre of the doorway in the left wall
    double door_width_m = 0.8;             // m
    Vec2 outside{-0.6, 1.95};              // m, where an adult who has left waits (not drawn in the room)
    Vec2 caregiver_chair{0.62, 2.28};      // m
    Vec2 stranger_chair{2.13, 2.28};       // m
    Vec2 put_down_spot{1.375, 1.45};       // m, where the infant is set down facing the toys
    std::array<Vec2, 3> toys{{{0.75, 0.45}, {1.4, 0.38}, {2.05, 0.5}}};  // m
};

// Keep a position inside the room, a margin from the walls (m).
Vec2 ClampToRoom(const RoomDef& room, Vec2 p, double margin = 0.12);

}  // namespace sb
