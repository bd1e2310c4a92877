// The manifest's `files` list: every other file of a set by name (relative to the manifest's
// folder), size in bytes and SHA-256. It is what makes a set checkable (docs/data.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sb {

struct ListedFile {
    std::string name;        // relative to the manifest's folder ("runs.csv", "../traces/t.csv")
    std::uint64_t bytes = 0;
    std::string sha256;      // 64 lowercase hex digits
};

// `manifest_json` (a JSON object) with a "files" list added, written as the manifests are (indent 2).
std::string AddFilesList(const std::string& manifest_json, const std::vector<ListedFile>& files);

}  // namespace sb
