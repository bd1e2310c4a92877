// Finding and settling what a killed export left. A staging folder is stale when nobody holds the
// flock its export takes on it: the kernel drops that lock when a process dies, kill -9 included,
// so a second export running into the same folder never touches the first one's staging folder.
#include "record/stale_staging.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <filesystem>

#include "record/commit_record.h"

namespace sb {

namespace fs = std::filesystem;

namespace {

bool SixLettersOrDigits(const std::string& s, std::size_t from) {
    if (s.size() != from + 6) return false;
    for (std::size_t i = from; i < s.size(); ++i)
        if (!std::isalnum(static_cast<unsigned char>(s[i]))) return false;
    return true;
}

bool Unlocked(const fs::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return false;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);  // closing releases the lock taken just to test it
    return free;
}

}  // namespace

void SyncFolder(const std::string& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool IsStagingName(const std::string& name) {
    const std::string prefix = kStagingPrefix;
    return name.compare(0, prefix.size(), prefix) == 0 && SixLettersOrDigits(name, prefix.size());
}

bool IsPartName(const std::string& name, const std::string& target_name) {
    const std::string prefix = target_name + ".part-";
    return !target_name.empty() && name.compare(0, prefix.size(), prefix) == 0 && SixLettersOrDigits(name, prefix.size());
}

std::vector<std::string> FindStale(const std::string& folder, const std::vector<std::string>& target_names) {
    std::vector<std::string> stale;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const fs::file_status st = it->symlink_status(ec);
        if (ec) break;
        if (IsStagingName(name) && fs::is_directory(st) && Unlocked(it->path())) stale.push_back(it->path().string());
        for (const std::string& target : target_names)
            if (IsPartName(name, target) && fs::is_regular_file(st)) stale.push_back(it->path().string());
    }
    return stale;
}

std::vector<std::string> RemoveStale(const std::string& folder, const std::vector<std::string>& target_names) {
    std::vector<std::string> removed;
    for (const std::string& path : FindStale(folder, target_names)) {
        std::error_code ec;
        if (!IsStagingName(fs::path(path).filename().string())) {
            fs::remove_all(path, ec);
            if (ec) continue;  // left for a later run; it never counts as part of a set
            std::fprintf(stderr, "note: removed %s, left by an export that was interrupted\n", path.c_str());
            removed.push_back(path);
            continue;
        }
        // A staging folder listed earlier may already be gone, settled along with another one's set.
        if (!fs::exists(fs::symlink_status(path, ec))) continue;
        std::string why;
        switch (SettleStaging(path, &why)) {
            case Settled::kRolledForward:
                std::fprintf(stderr, "note: finished the export that left %s: it was interrupted after its commit point, "
                                     "and its files are now in place\n", path.c_str());
                removed.push_back(path);
                break;
            case Settled::kAbandoned:
                std::fprintf(stderr, "note: removed %s, left by an export that was interrupted before its commit point "
                                     "(no file of the set had been replaced)\n", path.c_str());
                removed.push_back(path);
                break;
            case Settled::kLeft:
                std::fprintf(stderr, "note: left %s for now: %s\n", path.c_str(), why.c_str());
                break;
        }
    }
    return removed;
}

}  // namespace sb
