// The dyad's whole set-up as JSON, for the manifests of run and batch alike: caregiver, history,
// stranger, infant, room, protocol table, step and every registry parameter as used. A batch
// records its base dyad (before any draw), a run the dyad it ran.
#pragma once

#include <nlohmann/json.hpp>

#include "sim/simulation.h"

namespace sb {

// {"caregiver", "history", "stranger", "infant", "room", "protocol", "step_s", "parameters"}.
nlohmann::json DyadSetupJson(const SimulationDef& d);

// Every registry parameter as used, by its registry name (docs/model.md lists them).
nlohmann::json ParametersJson(const SimulationDef& d);

}  // namespace sb
