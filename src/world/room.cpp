// Room geometry helpers.
#include "world/room.h"

#include <algorithm>

namespace sb {

Vec2 ClampToRoom(const RoomDef& room, Vec2 p, double margin) {
    return {std::clamp(p.x, margin, room.size_m - margin), std::clamp(p.y, margin, room.size_m - margin)};
}

}  // namespace sb
