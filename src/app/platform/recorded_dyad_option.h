// `securebase --from DIR --run-id N`: open one dyad of a run, batch or sweep folder in the window, rebuilt
// from the folder's manifest and runs.csv row exactly as `securebase-cli replay` rebuilds it.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "scenario/scenario.h"

namespace sb::app {

struct RecordedDyadOption {
    std::string dir;   // empty: not asked for
    int run_id = 1;
};

// Adds --from and --run-id; --from excludes a scenario argument and --seed (the folder gives both).
void AddRecordedDyadOptions(CLI::App& app, RecordedDyadOption& o, CLI::Option* scenario_opt, CLI::Option* seed_opt);

// The recorded dyad as a scenario to play (its population off: nothing more is drawn). A folder
// that cannot be replayed throws ScenarioError, naming the file and why.
Scenario RecordedDyadScenario(const RecordedDyadOption& o);

}  // namespace sb::app
