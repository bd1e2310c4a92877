// Reading a scenario's [trial] table (docs/scenarios.md, "Trials"): arms, their shares and their
// interventions, with the file, line and allowed range in every error, as for the rest of a scenario.
#pragma once

#include <string>
#include <toml++/toml.h>

#include "batch/trial.h"
#include "sim/simulation.h"

namespace sb {

// `node` is the [trial] table of the file `source`; `sim` is the scenario as read so far (its
// history's length bounds the month an intervention may start). Throws ScenarioError.
TrialDef ReadTrial(const toml::node& node, const std::string& source, const SimulationDef& sim);

}  // namespace sb
