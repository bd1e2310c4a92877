// The visible-behaviour trace as a CSV file: one row per simulation step with every agent's visible
// state and the step's events. The simulation writes it; the observer reads the same format.
// The columns are documented in docs/trace-format.md.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "world/visible_trace.h"

namespace sb {

struct TraceFill;

class TraceError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline constexpr const char* kTraceMagic = "# securebase visible-behaviour trace";
// Format 2 added the room and the episode roles to the header; format 1 files still read.
inline constexpr int kTraceFormatVersion = 2;

std::string TraceToCsv(const VisibleTrace& trace);
// Parses a trace; `source` names it in errors, which give the line number. Throws TraceError on an
// empty, truncated or malformed file. A trace in the hand-coded profile (record/trace_profile.h)
// is read too; `fill`, if given, says what the reader had to fill in.
VisibleTrace TraceFromCsv(const std::string& text, const std::string& source, TraceFill* fill = nullptr);
VisibleTrace ReadTraceFile(const std::string& path, TraceFill* fill = nullptr);

// One CSV line's cells, with "..." quoting ("" for a quote inside).
std::vector<std::string> SplitCsvLine(const std::string& line);

}  // namespace sb
