// Checking an output folder against its manifest: the test a reader applies to know whether the
// folder holds one complete set of files written by one command (docs/reliability.md, "Exports").
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace sb {

struct SetCheck {
    bool complete = false;
    std::size_t files = 0;               // files the manifest lists
    std::vector<std::string> problems;   // why it is not complete, one line each
    std::vector<std::string> notes;      // leftovers that do not affect the verdict
};

// Complete when DIR/manifest.json exists, is valid JSON with a `files` list, and every listed file
// exists as a regular file with the listed size and SHA-256.
SetCheck VerifySet(const std::string& dir);

}  // namespace sb
