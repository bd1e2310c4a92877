// Exports as one transaction: every target checked, every file staged and flushed to disk in a
// staging folder beside its target, then a commit record written (after which recovery finishes the
// export instead of abandoning it, commit_record.h), then renamed into place; a set with a manifest removes the old
// manifest before the first rename and renames the new one last, listing every other file's size and
// SHA-256 — so a folder with a manifest whose files all match holds one complete set.
#pragma once

#include <memory>
#include <string>
#include <string_view>
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

// A set with a manifest whose files are too large to hold in memory: each is written a piece at a
// time into its staged copy (created, with the staging folder, when the set is constructed) and the
// whole set is committed by Finish exactly as WriteSetWithManifest commits one (same steps, same
// recovery). Destroyed without Finish (an exception, say), it removes its staging folder and no
// target is touched.
class StreamedSet {
public:
    // Checks every target (the manifest's included) and opens the staged copies of `streamed`.
    StreamedSet(const std::vector<std::string>& streamed, const std::string& manifest_path);
    ~StreamedSet();
    StreamedSet(const StreamedSet&) = delete;
    StreamedSet& operator=(const StreamedSet&) = delete;

    // Appends text to streamed file `file` (its index in the constructor's list).
    void Append(std::size_t file, std::string_view text);
    // Flushes and syncs the streamed files, adds their files list to `manifest_json`, stages it and
    // commits the set.
    void Finish(const std::string& manifest_json);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Creates the folder (and parents) if needed; throws ExportError if it cannot.
void EnsureFolder(const std::string& path);

}  // namespace sb
