// Exports as one transaction: every target checked, every file staged and flushed to disk in a
// staging folder beside its target, then a commit record written (after which recovery finishes the
// export instead of abandoning it, commit_record.h), then renamed into place; a set with a manifest removes the old
// manifest before the first rename and renames the new one last, listing every other file's size and
// SHA-256 — so a folder with a manifest whose files all match holds one complete set.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "record/export_error.h"

namespace sb {

using ExportFiles = std::vector<std::pair<std::string, std::string>>;  // path, content

// Throws ExportError (naming the path and the reason) if anything fails; the message says which
// files, if any, were already replaced.
void WriteFileAtomically(const std::string& path, const std::string& content);

// Checks every target and stages every file before replacing any; if checking or staging fails, no
// target is touched. The files' folders must exist.
void WriteFilesAtomically(const ExportFiles& files);

// The same for a set that has a manifest: `manifest_json` (a JSON object) is written to
// `manifest_path` with a `files` list of the other files added, after all of them are in place. The
// old manifest is removed before the first of them is replaced, so a set interrupted between the
// renames has no manifest.
void WriteSetWithManifest(const ExportFiles& files, const std::string& manifest_path, const std::string& manifest_json);

// Creates the folder (and parents) if needed; throws ExportError if it cannot.
void EnsureFolder(const std::string& path);

}  // namespace sb
