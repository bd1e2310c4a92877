// Scenarios: a TOML file (or the built-in default) turned into a SimulationDef, with every value
// checked against its allowed range. Errors name the file, line, column and the range.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "batch/population.h"
#include "batch/trial.h"
#include "sim/simulation.h"

namespace sb {

struct Scenario {
    std::string name = "Default dyad";
    std::string description;
    std::string source = "built-in default";  // file path, or "built-in default"
    SimulationDef sim;
    PopulationDef population;  // used by batch runs; off unless the file has [population]
    TrialDef trial;            // used by batch runs; off unless the file has [trial]
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

// The largest seed a scenario or the command line accepts (TOML integers are signed 64-bit).
inline constexpr std::uint64_t kMaxSeed = 9223372036854775807ULL;

}  // namespace sb
