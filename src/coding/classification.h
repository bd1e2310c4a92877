// Classification from the reunion profiles: A1-A2, B1-B4, C1-C2, D with a forced best fit, the
// continuous avoidance and resistance dimensions, and the reasons in words.
#pragma once

#include <vector>

#include "coding/coding.h"

namespace sb {

Classification Classify(const std::vector<EpisodeCoding>& episodes, const Disorganization& d);

}  // namespace sb
