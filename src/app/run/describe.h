// Plain-English wording of what the simulation shows, shared by the caption and the panel so both
// say the same thing the same way.
#pragma once

#include <string>
#include <vector>

#include "model/caregiver_def.h"
#include "model/working_model.h"
#include "procedure/protocol.h"
#include "world/visible.h"

namespace sb::app {

// "mm:ss" (or "h:mm:ss" past an hour), rounded down to the whole second.
std::string FormatClock(double seconds);
// "m:ss", rounded down: a moment in the procedure, written as the coder's reasons write it.
std::string FormatMoment(double seconds);

// Who is in the room: "Caregiver and infant", "Infant alone", ...
std::string WhoIsPresent(const Snapshot& snapshot);

const char* InfantActionText(VisibleAction action);
const char* AffectText(Affect affect);
// A word or two to tag an agent with in the room for the actions a class must not miss
// ("looming", "frozen, blank", "frozen", "resists", ...); nullptr for the others.
const char* RoomTag(VisibleAction action);

// One sentence on what the infant learned to expect and how it learned to signal, e.g. "Expects
// comfort rarely and its bids to be rebuffed; has learned to minimise its signals."
std::string ReadWorkingModel(const WorkingModel& model);

// How today's caregiver differs from the one the first year ended with, one parameter an item, e.g.
// {"sensitivity 4 → 8", "acceptance 2 → 8"}; empty when she cares today as she did then.
std::vector<std::string> DescribeCaregiverChange(const CaregiverDef& first_year, const CaregiverDef& today);

// The protocol's entry for an episode number, or nullptr if the table has none.
const EpisodeDef* FindEpisode(const ProtocolDef& protocol, int number);

}  // namespace sb::app
