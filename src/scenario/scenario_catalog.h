// The shipped scenarios: which files scenarios/ holds, each one's name and description, and the
// nearest shipped name to a misspelt one, so both executables can say "did you mean 'rejecting'?".
#pragma once

#include <string>
#include <vector>

namespace sb {

struct ShippedScenario {
    std::string file_name;    // the name to give on the command line: the file's stem ("rejecting")
    std::string path;         // the file itself
    std::string title;        // [scenario] name ("Rejecting caregiver")
    std::string description;  // [scenario] description; may be empty
    std::string error;        // why the file did not load; empty when it did
};

// The folder the shipped scenarios live in.
std::string ShippedScenarioDir();

// The stems of scenarios/*.toml, sorted. Empty if the folder is missing.
std::vector<std::string> ShippedScenarioNames();

// Every shipped scenario, read (not run), in name order. A file that does not load is listed with
// its error, so a picker can show it rather than hide it.
std::vector<ShippedScenario> ShippedScenarios();

// Edits (insertions, deletions, substitutions, and swaps of two neighbours) that turn `a` into `b`,
// ignoring case.
int EditDistance(const std::string& a, const std::string& b);

// The shipped name closest to `wanted` (a bare name, ".toml" allowed), or "" when none is close
// enough to be a plausible slip: at most a third of the name's letters, and at least one, wrong.
std::string NearestShippedName(const std::string& wanted, const std::vector<std::string>& names);

}  // namespace sb
