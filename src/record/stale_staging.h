// What an export leaves behind if it is killed, and how the next export into the same folder (or
// `verify`) settles it: staging folders named .securebase-staging-XXXXXX (and, from older versions, TARGET.part-XXXXXX
// files beside a target). Only names of exactly these patterns are ever removed.
#pragma once

#include <string>
#include <vector>

namespace sb {

inline constexpr const char* kStagingPrefix = ".securebase-staging-";

// A staging folder's name: the prefix and six letters or digits (what mkdtemp puts for XXXXXX).
bool IsStagingName(const std::string& name);
// Flushes a folder's entries (renames, new and removed files) to disk; a folder that cannot be
// opened is skipped, as a flush is only insurance against a power cut.
void SyncFolder(const std::string& dir);
// An older version's temporary file for `target_name`: "<target_name>.part-" and six letters or digits.
bool IsPartName(const std::string& name, const std::string& target_name);

// Staging folders in `folder` that no running export holds (each export keeps a lock on its own
// until it is done), and temporary files of the named targets. Returns their paths.
std::vector<std::string> FindStale(const std::string& folder, const std::vector<std::string>& target_names);

// Settles what FindStale finds, saying so on stderr (one note per path): a staging folder with a
// commit record is finished (its files renamed into place, commit_record.h), one without is removed,
// as are temporary files. Returns the paths settled.
std::vector<std::string> RemoveStale(const std::string& folder, const std::vector<std::string>& target_names);

}  // namespace sb
