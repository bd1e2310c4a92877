// Scenarios: a TOML file (or the built-in default) turned into a SimulationDef, with every value
// checked against its allowed range. Errors name the file, line, column and the range.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "batch/population.h"
#include "batch/trial.h"
#include "batch/sweep.h"
#include "sim/simulation.h"

namespace sb {

struct Scenario {
    std::string name = "Default dyad";
    std::string description;
    std::string source = "built-in default";  // file path, or "built-in default"
    std::string given;         // the file or name as the user gave it ("population-lowrisk"); empty for the default
    std::string text;          // the TOML text as read (recorded in manifests, so a run can be rebuilt); empty for the default
    SimulationDef sim;
    PopulationDef population;  // used by batch runs; off unless the file has [population]
    TrialDef trial;            // used by batch runs; off unless the file has [trial]
    SweepDef sweep;            // used by sweeps; off unless the file has [sweep]
};

// A problem in a scenario file. what() reads "FILE:LINE:COL: message".
class ScenarioError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The default dyad both executables use when no scenario is named: a sensitive, consistent
// caregiver (sensitivity 7, consistency 0.85) and a typical infant, seed 1.
Scenario DefaultScenario();

// Parses TOML text; `source` names it in error messages.
Scenario ParseScenario(std::string_view text, const std::string& source);

// Loads a scenario file. A bare name ("default" or "default.toml") not found in the current folder
// is looked up in the shipped scenarios/ folder. An empty argument is an error, not the default.
Scenario LoadScenario(const std::string& path_or_name);

// The largest seed a scenario or the command line accepts: the whole unsigned 64-bit range, which
// is what a batch's dyad seeds span. TOML integers are signed 64-bit, so a scenario file writes a
// seed above 9223372036854775807 as a quoted string of digits (docs/scenarios.md).
inline constexpr std::uint64_t kMaxSeed = 18446744073709551615ULL;

// A seed written as decimal digits (the whole uint64 range), or nothing if `text` is not one.
std::optional<std::uint64_t> ParseSeed(std::string_view text);

}  // namespace sb
