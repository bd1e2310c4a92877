// Classification from the reunion profiles: A1-A2, B1-B4, C1-C2, D with a forced best fit, the
// continuous avoidance and resistance dimensions, and the reasons in words.
#pragma once

#include <vector>

#include "coding/coding.h"

namespace sb {

// `roles` says which episodes are the reunions and which come before the first separation.
Classification Classify(const std::vector<EpisodeCoding>& episodes, const ProtocolRoles& roles, const Disorganization& d);

}  // namespace sb
