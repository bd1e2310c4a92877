// Episode wording: how the panel refers to episodes in its notes and tooltips — by the protocol's
// roles and short names ("Reunion 1", "the reunions"), never by the standard table's numbers, so
// the words stay true when a scenario changes the protocol and match the scorecard's row headers.
#pragma once

#include <string>
#include <vector>

#include "world/episode_roles.h"

namespace sb::app {

// "a", "a and b", "a, b and c"; empty for none.
std::string JoinWithAnd(const std::vector<std::string>& items);

// The episode's short name ("Reunion 1") with no-break spaces, so wrapped text never splits it
// across two lines. Every name below is written this way.
std::string EpisodeName(const ProtocolRoles& roles, int number);

// The episodes' short names, in the order given: "Reunion 1 and Reunion 2".
std::string EpisodeNames(const ProtocolRoles& roles, const std::vector<int>& numbers);

// "9:31, Reunion 1": a moment and the episode it fell in.
std::string MomentIn(const ProtocolRoles& roles, double t_s, int episode);

// The episodes in which a scorecard column (app/run/scorecard_rows.h) is scored, in running order.
std::vector<int> EpisodesScoring(const ProtocolRoles& roles, int column);

// Where a column is scored, for the tooltip of a cell that is not: "Search is scored in the
// separations: Separation 1, Alone and Stranger back."
std::string WhereScored(const ProtocolRoles& roles, int column);

// "the reunions (Reunion 1 and Reunion 2)": what the classification's dimensions average over.
std::string TheReunions(const ProtocolRoles& roles);

// When the classification will be shown: "Classification after Reunion 2".
std::string ClassificationWhen(const ProtocolRoles& roles);

}  // namespace sb::app
