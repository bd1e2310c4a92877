// Atomic file writing with POSIX rename semantics.
#include "record/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace sb {

void EnsureFolder(const std::string& path) {
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    if (ec || !std::filesystem::is_directory(path)) {
        throw ExportError(path + ": cannot create output folder" + (ec ? " (" + ec.message() + ")" : ""));
    }
}

void WriteFileAtomically(const std::string& path, const std::string& content) {
    const std::string tmp = path + ".part";
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) throw ExportError(path + ": cannot write (" + std::strerror(errno) + ")");
    const bool wrote = std::fwrite(content.data(), 1, content.size(), f) == content.size();
    const bool flushed = std::fflush(f) == 0;
    const bool closed = std::fclose(f) == 0;
    if (!wrote || !flushed || !closed) {
        const int err = errno;
        std::remove(tmp.c_str());
        throw ExportError(path + ": writing failed (" + std::strerror(err) + "); nothing was written");
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        std::remove(tmp.c_str());
        throw ExportError(path + ": cannot replace (" + std::strerror(err) + "); nothing was written");
    }
}

}  // namespace sb
