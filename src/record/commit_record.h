// The commit record of an export and roll-forward recovery: once a staging folder holds a COMMIT
// record, the export is decided and whoever finds it killed finishes it, so a folder ends up with the
// complete old set or the complete new set, never a mix (docs/reliability.md, "Exports").
#pragma once

#include <string>
#include <vector>

namespace sb {

// Names inside a staging folder. Staged files get a prefix so that no target's name (a `--trace`
// may be called anything, "COMMIT" included) can collide with the record's.
inline constexpr const char* kCommitName = "COMMIT";
inline constexpr const char* kCommitTempName = "COMMIT.tmp";
// In a staging folder other than the one holding COMMIT (a trace written beside the output folder):
// where the set's COMMIT lives, so a clean-up in this folder neither strands nor half-finishes it.
inline constexpr const char* kPrimaryName = "PRIMARY";
std::string StagedName(const std::string& target_name);

struct CommitEntry {
    std::string staged;  // relative to the folder holding the COMMIT record's staging folder
    std::string target;  // relative to the same folder, as the manifest's files list is
};

// The record's text; `manifest_last` says the last entry is the manifest (removed first, renamed last).
std::string CommitRecordText(const std::vector<CommitEntry>& entries, bool manifest_last);
// The PRIMARY marker's text: the path of the staging folder holding COMMIT, relative to this one's folder.
std::string PrimaryMarkerText(const std::string& primary_staging_relative);

// What recovery did with one stale (unlocked) staging folder.
enum class Settled {
    kRolledForward,  // a COMMIT record was found (here or via PRIMARY): every file is now in place
    kAbandoned,      // no commit record: the staging folder was removed, no target was ever touched
    kLeft,           // could not be finished or removed now (a rename failed, a lock is held); `why` says
};

// Finishes or removes one staging folder nobody holds. Safe to repeat after a kill part-way through:
// a file already moved is no longer staged and is skipped.
Settled SettleStaging(const std::string& staging, std::string* why);

}  // namespace sb
