// Plain-English wording of what the simulation shows, shared by the caption and the panel so both
// say the same thing the same way.
#pragma once

#include <string>

#include "procedure/protocol.h"
#include "sim/visible.h"

namespace sb::app {

// "mm:ss" (or "h:mm:ss" past an hour), rounded down to the whole second.
std::string FormatClock(double seconds);
// "m:ss", rounded down: a moment in the procedure, written as the coder's reasons write it.
std::string FormatMoment(double seconds);

// Who is in the room: "Caregiver and infant", "Infant alone", ...
std::string WhoIsPresent(const Snapshot& snapshot);

const char* InfantActionText(VisibleAction action);
const char* AffectText(Affect affect);

// The protocol's entry for an episode number, or nullptr if the table has none.
const EpisodeDef* FindEpisode(const ProtocolDef& protocol, int number);

}  // namespace sb::app
