// Clip writer: frames in, a finished clip file out — or nothing at all. Frames are piped to ffmpeg,
// which writes into a private temporary folder; only when ffmpeg has exited cleanly is the clip
// moved to its name with the export machinery (staged, flushed, renamed: docs/reliability.md). A
// failed ffmpeg, a broken pipe or an abandoned recording leave no file behind.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <sys/types.h>

#include "app/run/clip_plan.h"

namespace sb::app {

class ClipError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class ClipWriter {
public:
    // Starts `program` (ffmpeg, found on the PATH) for a clip of `width` x `height` at `fps` bound
    // for `target`. Throws ClipError if the target's folder does not exist or the program cannot
    // be started.
    ClipWriter(std::string target, unsigned width, unsigned height, double fps, std::string program = "ffmpeg");
    ~ClipWriter();
    ClipWriter(const ClipWriter&) = delete;
    ClipWriter& operator=(const ClipWriter&) = delete;

    // One frame of width x height RGBA pixels, bottom row first. Throws ClipError if ffmpeg has
    // stopped reading.
    void AddFrame(const std::uint8_t* rgba, std::size_t bytes);
    // Ends the clip: waits for ffmpeg and, if it succeeded, puts the clip in place. Throws ClipError
    // (and leaves no file) otherwise.
    void Finish();
    int Frames() const { return frames_; }

private:
    void Abandon();

    std::string target_;
    std::string program_;
    std::string temp_folder_;
    std::size_t frame_bytes_ = 0;
    int pipe_fd_ = -1;
    pid_t child_ = -1;
    int frames_ = 0;
};

}  // namespace sb::app
