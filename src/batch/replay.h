// Rebuilding one dyad of an output folder (written by `run`, `batch` or `sweep`) from what the folder
// records: the scenario's text from manifest.json, the dyad's seed from its runs.csv row, and — for
// a batch or a sweep — the dyad rebuilt by its Experiment and its parameters checked against the row.
// `securebase-cli replay` runs it and compares the trace digest; `securebase --from` shows it.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "scenario/scenario.h"

namespace sb {

// A folder that cannot be replayed: no manifest, no such run, an unreadable row. what() says why.
class ReplayError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct RecordedDyad {
    // The dyad as it ran: `scenario.sim` is its whole definition (seed and drawn parameters in),
    // and its population is switched off, so running it draws nothing more.
    Scenario scenario;
    std::string command;               // "run", "batch" or "sweep": what wrote the folder
    std::string recorded_version;      // the securebase version that wrote it ("" if not recorded)
    int run_id = 1;
    std::uint64_t seed = 0;
    std::string recorded_trace_hash;   // the row's trace_hash
    // The row's parameter cells that differ from the rebuilt dyad's values ("sensitivity: row 5.1,
    // rebuilt 5.0999999999999996"); empty when the row records the dyad exactly.
    std::vector<std::string> parameter_mismatches;
    int parameters_checked = 0;
};

// Throws ReplayError, ScenarioError (the recorded scenario does not parse) or CsvError.
RecordedDyad RebuildRecordedDyad(const std::string& dir, int run_id);

}  // namespace sb
