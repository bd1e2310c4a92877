// Exports are written completely or not at all: into a unique temporary file beside the target,
// flushed to disk, then renamed over it in one step. A set of files is staged completely first.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace sb {

class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws ExportError (naming the path and the reason) if anything fails; the target is then
// left as it was.
void WriteFileAtomically(const std::string& path, const std::string& content);

// Stages every file before replacing any; if staging fails, no target is touched.
void WriteFilesAtomically(const std::vector<std::pair<std::string, std::string>>& files);

// Creates the folder (and parents) if needed; throws ExportError if it cannot.
void EnsureFolder(const std::string& path);

}  // namespace sb
