// What a trace lacks that the coder needs: for hand-coded observations, which may leave out events
// or columns a simulated run always has. The coder codes such a trace anyway; these say which
// scores then rest on less than they should.
#pragma once

#include <string>
#include <vector>

#include "world/visible_trace.h"

namespace sb {

// Longest interval between instants at which the codes still agree with coding every 0.1 s: 0.5 s
// kept every classification group and every caregiver scale within one point over 40 low-risk
// runs, 1 s changed 3 of 40 groups (docs/trace-format.md, "Hand-coded observations").
inline constexpr double kCoarsestSampling_s = 0.5;

// One sentence per gap, empty when the trace has everything the coder reads.
std::vector<std::string> MissingForCoding(const VisibleTrace& trace);

}  // namespace sb
