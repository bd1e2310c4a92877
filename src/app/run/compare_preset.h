// Compare presets: two to four runs shown side by side in one window, each with a caption saying
// which caregiver or infant it is. A preset is a TOML file with a [compare] table and a
// [[compare.room]] entry per room (docs/scenarios.md, "Compare presets"); two to four scenario files
// given on the command line make an unnamed one. No drawing here, so loading is tested headless.
#pragma once

#include <string>
#include <vector>

#include "scenario/scenario.h"

namespace sb::app {

inline constexpr int kMinCompareRooms = 2;
inline constexpr int kMaxCompareRooms = 4;

// One room of a comparison: the scenario it runs (seed, temperament and today's caregiver already
// applied) and the caption that names it on screen.
struct CompareRoom {
    Scenario scenario;
    std::string caption;
};

struct ComparePreset {
    std::string name;         // "Same infant, different caregivers"
    std::string description;  // one line for people; may be empty
    std::string source;       // the preset file, or "command line"
    std::vector<CompareRoom> rooms;
};

// Parses preset text; `source` names it in messages and relative scenario paths are looked up next
// to it first. Errors are ScenarioErrors reading "FILE:LINE:COL: message".
ComparePreset ParseComparePreset(const std::string& text, const std::string& source);

// Loads a preset file. A bare name ("same-infant" or "same-infant.toml") that is not a file here is
// looked up among the shipped presets (scenarios/compare/).
ComparePreset LoadComparePreset(const std::string& path_or_name);

// What `securebase --compare ARG...` opens: one argument that names a preset (a file with a
// [compare] table, or a shipped preset's name) is that preset; otherwise 2 to 4 scenario files or
// names, one room each, captioned with the scenario's name.
ComparePreset CompareFromArguments(const std::vector<std::string>& args);

// A shipped preset, for the window's Compare menu.
struct PresetEntry {
    std::string name;  // the preset's [compare] name, or the file name if it cannot be read
    std::string path;
};

// Every preset in `folder` (default: the shipped scenarios/compare/), sorted by file name.
std::vector<PresetEntry> ListComparePresets(const std::string& folder = "");

// The shipped presets' folder.
std::string ShippedPresetFolder();

}  // namespace sb::app
