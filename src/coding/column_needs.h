// Which codes read which trace column: the coder's own account of what it looks at, so a report can
// say which scores rest on a column a hand-coded trace left out or left unknown.
#pragma once

#include <string>
#include <vector>

namespace sb {

// The codes that read `column` (a trace column name such as "infant_gaze" or "caregiver_contact"),
// in words, e.g. "PS, CM, RS, AV to the caregiver". Empty when the coder does not read the column.
std::vector<std::string> CodesReading(const std::string& column);

}  // namespace sb
