// The Main & Solomon (1990) disorganization indices seen in the stream, and the 1-9 rating.
#pragma once

#include <vector>

#include "coding/coding.h"
#include "coding/episode_slice.h"

namespace sb {

// Looks for disorganized behaviour in the caregiver's presence across all episodes; the roles say
// which episodes are reunions, where a lapse weighs most.
Disorganization CodeDisorganization(const std::vector<EpisodeSlice>& episodes, const ProtocolRoles& roles);

}  // namespace sb
