// Target checks: lstat (never stat) so a symbolic link is seen as a link, not as what it points to,
// and opening nothing, so a FIFO is refused without blocking on it.
#include "record/export_targets.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <utility>

#include "record/export_error.h"

namespace sb {

namespace fs = std::filesystem;

namespace {

// Absolute and normalised, symbolic links resolved in the folder part only (the file itself may be
// a link, which CheckTargets refuses, and may not exist yet).
fs::path Resolved(const std::string& path) {
    const fs::path normal = fs::absolute(fs::path(path)).lexically_normal();
    std::error_code ec;
    fs::path folder = fs::weakly_canonical(normal.parent_path(), ec);
    if (ec) folder = normal.parent_path();
    return folder / normal.filename();
}

std::string KindOf(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

}  // namespace

void RequireFolderOf(const std::string& target) {
    const fs::path folder = fs::absolute(fs::path(target)).lexically_normal().parent_path();
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) throw ExportError(target + ": cannot be written, its folder " + folder.string() + " does not exist");
}

bool SameTarget(const std::string& a, const std::string& b) {
    if (Resolved(a) == Resolved(b)) return true;
    struct stat sa {}, sb {};
    return ::lstat(a.c_str(), &sa) == 0 && ::lstat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

std::string TargetFolder(const std::string& path) { return Resolved(path).parent_path().string(); }

std::string RelativeTo(const std::string& path, const std::string& folder) {
    std::error_code ec;
    fs::path base = fs::weakly_canonical(fs::absolute(fs::path(folder)).lexically_normal(), ec);
    if (ec) base = fs::absolute(fs::path(folder)).lexically_normal();
    const fs::path rel = Resolved(path).lexically_relative(base);
    return rel.empty() ? Resolved(path).string() : rel.string();
}

void CheckTargets(const std::vector<std::string>& paths) {
    std::map<std::string, std::string> by_name;                      // resolved path -> as given
    std::map<std::pair<dev_t, ino_t>, std::string> by_file;          // hard links to one file
    for (const std::string& path : paths) {
        if (path.empty()) throw ExportError("an output file name is empty");
        const fs::path normal = fs::path(path).lexically_normal();
        const fs::path name = normal.filename();
        if (name.empty() || name == "." || name == "..") throw ExportError(path + ": names a folder, not a file");
        const fs::path folder = fs::absolute(normal).parent_path();
        struct stat st {};
        if (::stat(folder.c_str(), &st) == 0 && !S_ISDIR(st.st_mode))
            throw ExportError(path + ": cannot be written, " + folder.string() + " is not a folder");
        if (::lstat(path.c_str(), &st) == 0) {
            if (S_ISLNK(st.st_mode))
                throw ExportError(path + ": is a symbolic link; refusing to replace it (name the file it points to instead)");
            if (!S_ISREG(st.st_mode)) throw ExportError(path + ": is " + KindOf(st.st_mode) + ", not a regular file; refusing to replace it");
            const auto [it, fresh] = by_file.emplace(std::make_pair(st.st_dev, st.st_ino), path);
            if (!fresh) throw ExportError("two outputs are the same file: " + it->second + " and " + path + "; each needs a file of its own");
        } else if (errno != ENOENT && errno != ENOTDIR) {
            throw ExportError(path + ": cannot be written (" + std::strerror(errno) + ")");
        }
        const auto [it, fresh] = by_name.emplace(Resolved(path).string(), path);
        if (!fresh) throw ExportError("two outputs are the same file: " + it->second + " and " + path + "; each needs a file of its own");
    }
}

}  // namespace sb
