// The Main & Solomon (1990) disorganization indices seen in the stream, and the 1-9 rating.
#pragma once

#include <vector>

#include "coding/coding.h"
#include "coding/episode_slice.h"

namespace sb {

// Looks for disorganized behaviour in the caregiver's presence across all episodes.
Disorganization CodeDisorganization(const std::vector<EpisodeSlice>& episodes);

}  // namespace sb
