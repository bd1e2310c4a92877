// Clip plan implementation. GIFs get a palette made for the clip (palettegen/paletteuse), which
// keeps the room's flat colours flat; MP4s are H.264 in yuv420p, which every player and slide
// program reads, so their width and height are rounded down to even numbers.
#include "app/run/clip_plan.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "app/run/describe.h"
#include "sim/simulation.h"

namespace sb::app {

namespace {

std::string Lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool EndsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string Number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

}  // namespace

ClipFormat ClipFormatFor(const std::string& path) {
    const std::string lower = Lower(path);
    if (EndsWith(lower, ".gif")) return ClipFormat::Gif;
    if (EndsWith(lower, ".mp4")) return ClipFormat::Mp4;
    throw std::invalid_argument("--record " + path + ": the clip's file name must end in .gif or .mp4");
}

int ClipFrameCount(const ClipDef& clip) {
    const double span = clip.to_s - clip.from_s;
    if (!(span > 0.0)) throw std::invalid_argument("the clip is empty: it must end after it starts (from " + Number(clip.from_s) +
                                                   " s to " + Number(clip.to_s) + " s)");
    const double frames = std::max(1.0, std::round(span * clip.fps / clip.speed));
    if (frames > kMaxClipFrames)
        throw std::invalid_argument("the clip would have " + Number(frames) + " frames (allowed up to " + std::to_string(kMaxClipFrames) +
                                    "): record a shorter stretch, at a higher --speed or a lower --record-fps");
    return static_cast<int>(frames);
}

EpisodeSpan FindEpisodeSpan(const Scenario& scenario, int number) {
    if (!FindEpisode(scenario.sim.protocol, number))
        throw std::invalid_argument("--record-episode " + std::to_string(number) + ": the procedure has no such episode");
    Simulation sim(scenario.sim);
    while (!sim.Finished() && sim.Now().episode < number) sim.Step();
    EpisodeSpan span{sim.Time(), sim.Time()};
    while (!sim.Finished() && sim.Now().episode == number) sim.Step();
    span.end_s = sim.Time();
    return span;
}

std::vector<std::string> FfmpegArguments(ClipFormat format, unsigned width, unsigned height, double fps,
                                         const std::string& out) {
    std::vector<std::string> a = {"-hide_banner", "-loglevel", "error", "-y",
                                  "-f", "rawvideo", "-pix_fmt", "rgba",
                                  "-s", std::to_string(width) + "x" + std::to_string(height),
                                  "-framerate", Number(fps), "-i", "pipe:0"};
    if (format == ClipFormat::Gif) {
        a.insert(a.end(), {"-vf", "vflip,split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse=dither=bayer:bayer_scale=4",
                           "-loop", "0", "-f", "gif", out});
    } else {
        a.insert(a.end(), {"-vf", "vflip,crop=trunc(iw/2)*2:trunc(ih/2)*2:0:0", "-c:v", "libx264", "-preset", "veryfast",
                           "-crf", "20", "-pix_fmt", "yuv420p", "-movflags", "+faststart", "-f", "mp4", out});
    }
    return a;
}

}  // namespace sb::app
