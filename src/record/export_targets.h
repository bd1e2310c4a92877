// Checking an export's targets before anything is written, so a mistake on the command line
// (two outputs on one file, a symbolic link, a device such as /dev/null, a folder) replaces nothing.
#pragma once

#include <string>
#include <vector>

namespace sb {

// Throws ExportError naming the path (both paths, for two targets that are one file) unless every
// target is either absent or an existing regular file, no two name the same file, and each one's
// folder is a folder or does not exist yet.
void CheckTargets(const std::vector<std::string>& paths);

// Throws ExportError unless the folder `target` goes into exists (for targets whose folder is not
// made for them, such as a trace written outside the output folder).
void RequireFolderOf(const std::string& target);

// Whether two target paths name one file: the same path once resolved, or two links to one file.
bool SameTarget(const std::string& a, const std::string& b);

// The folder a target is written into, as an absolute path with symbolic links resolved as far as
// it exists: targets in one folder share a staging folder, and manifests list files relative to it.
std::string TargetFolder(const std::string& path);

// `path` relative to `folder`, both taken as TargetFolder takes them; what a manifest lists.
std::string RelativeTo(const std::string& path, const std::string& folder);

}  // namespace sb
