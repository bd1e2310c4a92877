// The hand-coded trace profile: a trace written by a human observer, with only the columns the
// coder reads (in any order), unknown cells left empty or `NA`, and no room or episode lines needed.
// What the reader filled in is recorded, so `code` can say which scales rest on it.
// The profile is documented in docs/trace-format.md ("Hand-coded observations").
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "world/visible_trace.h"

namespace sb {

inline constexpr const char* kHandCodedProfileLine = "# profile: hand-coded";

// One column the reader filled in: absent from the file altogether, or present with unknown cells.
struct FilledColumn {
    std::string column;    // the column's name, e.g. "caregiver_contact"
    bool absent = false;   // the file has no such column: every row was filled
    std::size_t cells = 0; // rows filled (all of them when absent)
    std::string fill;      // what was put in, in words
};

// What the reader had to supply that the file did not say.
struct TraceFill {
    bool hand_coded = false;      // the file declared the hand-coded profile
    bool room_assumed = false;    // no '# room:' line: the standard room
    bool roles_assumed = false;   // no '# episode:' lines: the standard procedure's episodes
    std::vector<FilledColumn> columns;
    bool Empty() const { return !room_assumed && !roles_assumed && columns.empty(); }
};

// Reads a trace in the hand-coded profile (the text must carry the profile line); errors name
// `source` and the line, as TraceFromCsv's do.
VisibleTrace HandCodedTraceFromCsv(const std::string& text, const std::string& source, TraceFill& fill);

// One sentence per fill that the coder reads, naming the column, what was put in and the codes that
// rest on it; empty when nothing the coder reads was filled in.
std::vector<std::string> FillNotes(const TraceFill& fill, std::size_t rows);

// The columns the profile requires; every other trace column is optional.
const std::vector<std::string>& HandCodedRequiredColumns();

}  // namespace sb
