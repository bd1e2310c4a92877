// The trace header's room and episode-role lines: what the observer needs to code a run, written
// so a file codes exactly like the run in memory (numbers round-trip exactly) and read back with
// a clear error naming the line.
#pragma once

#include <string>

#include "world/visible_trace.h"

namespace sb {

// "# room: size_m=2.75 door=0,1.95 ..." (without the newline).
std::string RoomLine(const RoomDef& room);
// "# episode: number=4 present=stranger kind=separation scores=stranger,search ... name=\"...\"".
std::string EpisodeLine(const EpisodeRoles& e);

// Parse the text after "# room: " / "# episode: "; on a problem they return false and say why.
bool ParseRoomLine(const std::string& text, RoomDef& room, std::string& error);
bool ParseEpisodeLine(const std::string& text, EpisodeRoles& e, std::string& error);

}  // namespace sb
