// Clip plan: what `securebase --record` is to film — a stretch of the procedure (from one moment to
// another, or one whole episode), at a fixed number of frames a second and a playback speed, so
// the clip's length and frame count follow from the request and not from how fast the machine
// draws. Also the ffmpeg command that turns the window's frames into a GIF or an MP4.
#pragma once

#include <string>
#include <vector>

#include "scenario/scenario.h"

namespace sb::app {

enum class ClipFormat { Gif, Mp4 };

struct ClipDef {
    double from_s = 0.0;  // simulated s since the procedure began
    double to_s = 0.0;
    double fps = 25.0;    // frames per second of the clip
    double speed = 1.0;   // simulated seconds per second of the clip
};

// The longest clip, in frames: ten minutes at 25 fps. A longer request is a mistake (or a film).
inline constexpr int kMaxClipFrames = 15000;

// The format a file name asks for: ".gif" or ".mp4" (any case). Throws std::invalid_argument naming
// the file and the allowed endings otherwise.
ClipFormat ClipFormatFor(const std::string& path);

// Frames the clip has: (to - from) x fps / speed, rounded, at least 1. Each frame advances the runs
// by 1 / fps s of real time at `speed`, whatever the time it took to draw. Throws
// std::invalid_argument if the span is empty or the clip would exceed kMaxClipFrames.
int ClipFrameCount(const ClipDef& clip);

struct EpisodeSpan {
    double start_s = 0.0;
    double end_s = 0.0;
};

// When episode `number` begins and ends in the run of `scenario` (runs differ: a separation may be
// curtailed), found by running it headless. Throws std::invalid_argument if the protocol has no
// such episode.
EpisodeSpan FindEpisodeSpan(const Scenario& scenario, int number);

// ffmpeg's arguments (without the program name) to read raw RGBA frames of `width` x `height`,
// bottom row first as OpenGL reads them, from standard input at `fps`, and write `out`.
std::vector<std::string> FfmpegArguments(ClipFormat format, unsigned width, unsigned height, double fps,
                                         const std::string& out);

}  // namespace sb::app
