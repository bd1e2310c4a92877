// Exports are written completely or not at all: into a temporary file beside the target, then
// renamed over it in one step.
#pragma once

#include <stdexcept>
#include <string>

namespace sb {

class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws ExportError (naming the path and the reason) if anything fails; the target is then
// left as it was.
void WriteFileAtomically(const std::string& path, const std::string& content);

// Creates the folder (and parents) if needed; throws ExportError if it cannot.
void EnsureFolder(const std::string& path);

}  // namespace sb
