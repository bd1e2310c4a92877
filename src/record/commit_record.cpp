// Roll-forward recovery. Every step is one that may be repeated: a rename whose source is gone was
// done by an earlier attempt, and the old manifest is removed only while the new one is still staged,
// so a recovery killed part-way is finished by the next one.
#include "record/commit_record.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "record/stale_staging.h"

namespace sb {

namespace fs = std::filesystem;

namespace {

bool Exists(const fs::path& p) {
    struct stat st {};
    return ::lstat(p.c_str(), &st) == 0;
}

bool ReadJson(const fs::path& p, nlohmann::json* out) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return false;
    std::ostringstream text;
    text << in.rdbuf();
    try {
        *out = nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::exception&) {
        return false;
    }
    return out->is_object();
}

// Holds the staging folder's flock while recovery works, so two recoveries (a `verify` and an export's
// clean-up) never interleave, and a running export's folder is never touched.
class Lock {
public:
    explicit Lock(const fs::path& dir) : fd_(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) {
        held_ = fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) == 0;
    }
    ~Lock() {
        if (fd_ >= 0) ::close(fd_);
    }
    Lock(const Lock&) = delete;
    Lock& operator=(const Lock&) = delete;
    bool held() const { return held_; }

private:
    int fd_;
    bool held_ = false;
};

Settled RollForward(const fs::path& primary, std::string* why) {
    Lock lock(primary);
    if (!lock.held()) {
        *why = primary.string() + " is in use by a running export";
        return Settled::kLeft;
    }
    const fs::path folder = primary.parent_path();
    nlohmann::json record;
    if (!ReadJson(primary / kCommitName, &record) || !record.contains("files") || !record["files"].is_array()) {
        *why = (primary / kCommitName).string() + " cannot be read; left for inspection";
        return Settled::kLeft;
    }
    std::vector<CommitEntry> entries;
    for (const nlohmann::json& f : record["files"]) {
        if (!f.is_object() || !f.contains("staged") || !f["staged"].is_string() || !f.contains("target") || !f["target"].is_string()) {
            *why = (primary / kCommitName).string() + " has an entry without staged or target; left for inspection";
            return Settled::kLeft;
        }
        entries.push_back({f["staged"].get<std::string>(), f["target"].get<std::string>()});
        // Only files inside staging folders are ever moved, whatever a damaged record says.
        if (!IsStagingName((folder / entries.back().staged).parent_path().filename().string())) {
            *why = (primary / kCommitName).string() + " names a staged file outside a staging folder; left for inspection";
            return Settled::kLeft;
        }
    }
    const bool manifest_last = record.contains("manifest_last") && record["manifest_last"].is_boolean() &&
                               record["manifest_last"].get<bool>() && !entries.empty();
    std::set<fs::path> target_folders, staging_folders;
    for (const CommitEntry& e : entries) {
        target_folders.insert((folder / e.target).parent_path());
        staging_folders.insert((folder / e.staged).parent_path());
    }
    // While the new manifest is still staged, the old one must go before any file is replaced, as in
    // the export itself; once the new one is in place this is skipped, so it is never removed.
    if (manifest_last && Exists(folder / entries.back().staged)) {
        const fs::path manifest = folder / entries.back().target;
        if (::unlink(manifest.c_str()) != 0 && errno != ENOENT) {
            *why = manifest.string() + ": cannot remove the old manifest (" + std::strerror(errno) + ")";
            return Settled::kLeft;
        }
        SyncFolder(manifest.parent_path());
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const fs::path staged = folder / entries[i].staged;
        if (!Exists(staged)) continue;  // moved before the kill
        if (manifest_last && i + 1 == entries.size())
            for (const fs::path& f : target_folders) SyncFolder(f);
        const fs::path target = folder / entries[i].target;
        if (std::rename(staged.c_str(), target.c_str()) != 0) {
            *why = target.string() + ": cannot be put in place (" + std::strerror(errno) + ")";
            return Settled::kLeft;
        }
    }
    for (const fs::path& f : target_folders) SyncFolder(f);
    std::error_code ec;
    for (const fs::path& s : staging_folders)
        if (s != primary) fs::remove_all(s, ec);
    fs::remove_all(primary, ec);  // last: while it exists, its record can still finish the others
    return Settled::kRolledForward;
}

}  // namespace

std::string StagedName(const std::string& target_name) { return "file-" + target_name; }

std::string CommitRecordText(const std::vector<CommitEntry>& entries, bool manifest_last) {
    nlohmann::json files = nlohmann::json::array();
    for (const CommitEntry& e : entries) files.push_back({{"staged", e.staged}, {"target", e.target}});
    return nlohmann::json{{"record", "securebase export commit"}, {"manifest_last", manifest_last}, {"files", files}}.dump(2) + "\n";
}

std::string PrimaryMarkerText(const std::string& primary_staging_relative) {
    return nlohmann::json{{"primary", primary_staging_relative}}.dump(2) + "\n";
}

Settled SettleStaging(const std::string& staging, std::string* why) {
    const fs::path dir(staging);
    if (Exists(dir / kCommitName)) return RollForward(dir, why);
    nlohmann::json marker;
    if (ReadJson(dir / kPrimaryName, &marker) && marker.contains("primary") && marker["primary"].is_string()) {
        const fs::path primary = dir.parent_path() / marker["primary"].get<std::string>();
        // Decided over there: finish the whole set from here. Undecided and still running: wait for it.
        if (IsStagingName(primary.filename().string()) && Exists(primary / kCommitName)) return RollForward(primary, why);
        if (IsStagingName(primary.filename().string()) && Exists(primary)) {
            Lock lock(primary);
            if (!lock.held()) {
                *why = staging + " belongs to a running export";
                return Settled::kLeft;
            }
        }
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
    if (ec) {
        *why = staging + ": cannot be removed (" + ec.message() + ")";
        return Settled::kLeft;
    }
    return Settled::kAbandoned;
}

}  // namespace sb
