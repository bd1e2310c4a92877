// Where an export came from, recorded in every manifest: the build (version, git commit, compiler,
// platform), the command line, and the scenario as given with its full text and SHA-256 — enough to
// cite a result and to rebuild it (`securebase-cli replay`). Kept apart from the manifests' other
// content so each command adds it with one call.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "scenario/scenario.h"

namespace sb {

// Keeps the command line for the manifests; main() calls it once, before any export. The program
// is recorded by its file name only ("securebase-cli"), the arguments exactly as given.
void RecordCommandLine(int argc, const char* const* argv);
const std::vector<std::string>& RecordedCommandLine();

// {"version", "git_commit" (empty when not built from a git checkout), "compiler", "platform", "build_type"}.
nlohmann::json BuildJson();

// {"name", "source" (as the user gave it, never made absolute), "description", "text", "sha256"}:
// the text is the scenario file exactly as read; the built-in default has none.
nlohmann::json ScenarioJson(const Scenario& sc);

// Adds "build", "command_line" and "scenario" (ScenarioJson) to a manifest object.
void AddProvenance(nlohmann::json& manifest, const Scenario& sc);

// The scenario a manifest recorded: parsed again from its text, or the built-in default. Throws
// ScenarioError if the text is missing or its SHA-256 is not the one recorded.
Scenario ScenarioFromManifest(const nlohmann::json& manifest, const std::string& manifest_path);

}  // namespace sb
