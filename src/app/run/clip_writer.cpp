// Clip writer implementation: posix_spawnp with ffmpeg's standard input on a pipe, so no shell sees
// the file name. SIGPIPE is ignored while a clip is being written, so an ffmpeg that dies makes the
// next write fail with EPIPE (and a clear error) instead of killing the window.
#include "app/run/clip_writer.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "record/atomic_file.h"

extern char** environ;

namespace sb::app {

namespace fs = std::filesystem;

ClipWriter::ClipWriter(std::string target, unsigned width, unsigned height, double fps, std::string program)
    : target_(std::move(target)), program_(std::move(program)), frame_bytes_(std::size_t{width} * height * 4) {
    const ClipFormat format = ClipFormatFor(target_);
    std::error_code ec;
    const fs::path folder = fs::path(target_).has_parent_path() ? fs::path(target_).parent_path() : fs::path(".");
    if (!fs::is_directory(folder, ec)) throw ClipError("--record " + target_ + ": the folder " + folder.string() + " does not exist");
    std::string pattern = (fs::temp_directory_path(ec) / "securebase-clip-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw ClipError(std::string("cannot make a temporary folder for the clip: ") + std::strerror(errno));
    temp_folder_ = pattern;
    const std::string out = (fs::path(temp_folder_) / (format == ClipFormat::Gif ? "clip.gif" : "clip.mp4")).string();

    std::vector<std::string> args = FfmpegArguments(format, width, height, fps, out);
    args.insert(args.begin(), program_);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);

    int fds[2];
    if (pipe(fds) != 0) {
        Abandon();
        throw ClipError(std::string("cannot open a pipe to ") + program_ + ": " + std::strerror(errno));
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    const int rc = posix_spawnp(&child_, program_.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[0]);
    pipe_fd_ = fds[1];
    if (rc != 0) {
        child_ = -1;
        Abandon();
        throw ClipError("cannot start " + program_ + " (" + std::strerror(rc) + "); clips are encoded by ffmpeg: apt-get install ffmpeg");
    }
    std::signal(SIGPIPE, SIG_IGN);
}

ClipWriter::~ClipWriter() { Abandon(); }

void ClipWriter::AddFrame(const std::uint8_t* rgba, std::size_t bytes) {
    if (pipe_fd_ < 0) throw ClipError("the clip is already finished");
    if (bytes != frame_bytes_) throw ClipError("a frame of the wrong size for the clip");
    std::size_t done = 0;
    while (done < bytes) {
        const ssize_t n = write(pipe_fd_, rgba + done, bytes - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const std::string why = std::strerror(errno);
            Abandon();
            throw ClipError(program_ + " stopped reading frames (" + why + ") while recording " + target_ + "; nothing was written");
        }
        done += static_cast<std::size_t>(n);
    }
    ++frames_;
}

void ClipWriter::Finish() {
    if (pipe_fd_ < 0) throw ClipError("the clip is already finished");
    close(pipe_fd_);
    pipe_fd_ = -1;
    int status = 0;
    while (waitpid(child_, &status, 0) < 0 && errno == EINTR) {
    }
    child_ = -1;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::ostringstream why;
        if (WIFEXITED(status)) why << "exited with status " << WEXITSTATUS(status);
        else why << "was stopped by signal " << WTERMSIG(status);
        Abandon();
        throw ClipError(program_ + " " + why.str() + " while encoding " + target_ + "; nothing was written");
    }
    std::error_code ec;
    fs::path made;
    for (const fs::directory_entry& e : fs::directory_iterator(temp_folder_, ec)) made = e.path();
    std::ifstream in(made, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (made.empty() || !in || bytes.str().empty()) {
        Abandon();
        throw ClipError(program_ + " wrote no clip for " + target_ + "; nothing was written");
    }
    try {
        WriteFileAtomically(target_, bytes.str());
    } catch (const std::exception& e) {
        Abandon();
        throw ClipError(e.what());
    }
    Abandon();  // only the temporary folder is left to remove
}

void ClipWriter::Abandon() {
    if (pipe_fd_ >= 0) {
        close(pipe_fd_);
        pipe_fd_ = -1;
    }
    if (child_ > 0) {
        kill(child_, SIGTERM);
        int status = 0;
        while (waitpid(child_, &status, 0) < 0 && errno == EINTR) {
        }
        child_ = -1;
    }
    if (!temp_folder_.empty()) {
        std::error_code ec;
        fs::remove_all(temp_folder_, ec);
        temp_folder_.clear();
    }
}

}  // namespace sb::app
