// Atomic file writing: a unique temporary file beside each target (mkstemp), flushed to disk,
// then renamed over the target; a set of files is staged completely before any is renamed.
#include "record/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

namespace sb {

namespace {

// The permissions a file created with open(..., 0666) would get: mkstemp makes its file 0600 whatever
// the umask, which would keep results from collaborators. umask() can only be read by setting it, so
// it is set back at once; exports are written from one thread, after any batch workers have joined.
mode_t CreationMode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return static_cast<mode_t>(0666) & ~mask;
}

// Writes `content` to a new temporary file next to `path`; returns its name.
std::string Stage(const std::string& path, const std::string& content) {
    std::string tmpl = path + ".part-XXXXXX";
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    const int fd = mkstemp(name.data());
    if (fd < 0) throw ExportError(path + ": cannot write (" + std::strerror(errno) + ")");
    const std::string tmp(name.data());
    if (::fchmod(fd, CreationMode()) != 0) {
        const int err = errno;
        ::close(fd);
        std::remove(tmp.c_str());
        throw ExportError(path + ": cannot set its permissions (" + std::strerror(err) + ")");
    }
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd);
            std::remove(tmp.c_str());
            throw ExportError(path + ": writing failed (" + std::strerror(err) + ")");
        }
        done += static_cast<std::size_t>(n);
    }
    // On disk before it takes the target's name, so a crash leaves the old file or the new one.
    const bool synced = ::fsync(fd) == 0;
    const int sync_err = errno;
    if (::close(fd) != 0 || !synced) {
        std::remove(tmp.c_str());
        throw ExportError(path + ": writing failed (" + std::strerror(sync_err) + ")");
    }
    return tmp;
}

void SyncFolderOf(const std::string& path) {
    const std::filesystem::path dir = std::filesystem::path(path).parent_path();
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

void EnsureFolder(const std::string& path) {
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    if (ec || !std::filesystem::is_directory(path)) {
        throw ExportError(path + ": cannot create output folder" + (ec ? " (" + ec.message() + ")" : ""));
    }
}

void WriteFilesAtomically(const std::vector<std::pair<std::string, std::string>>& files) {
    std::vector<std::string> staged;
    try {
        for (const auto& [path, content] : files) staged.push_back(Stage(path, content));
    } catch (const ExportError& e) {
        for (const std::string& tmp : staged) std::remove(tmp.c_str());
        throw ExportError(std::string(e.what()) + "; no file was replaced");
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (std::rename(staged[i].c_str(), files[i].first.c_str()) != 0) {
            const int err = errno;
            for (std::size_t j = i; j < staged.size(); ++j) std::remove(staged[j].c_str());
            std::string replaced;
            for (std::size_t j = 0; j < i; ++j) replaced += (j ? ", " : "") + files[j].first;
            throw ExportError(files[i].first + ": cannot replace (" + std::strerror(err) + "); " +
                              (i == 0 ? std::string("no file was replaced") : "already replaced: " + replaced));
        }
    }
    if (!files.empty()) SyncFolderOf(files.front().first);
}

void WriteFileAtomically(const std::string& path, const std::string& content) { WriteFilesAtomically({{path, content}}); }

}  // namespace sb
