// Clip capture implementation. glReadPixels reads the back buffer bottom row first; ffmpeg flips it
// (vflip), which is cheaper than flipping every frame here.
#include "app/platform/clip_capture.h"

#include <CLI/CLI.hpp>
#include <SFML/OpenGL.hpp>
#include <stdexcept>

namespace sb::app {

void AddRecordOptions(CLI::App& app, RecordOptions& o) {
    CLI::Option* record = app.add_option("--record", o.file,
                                         "Record a clip (.gif or .mp4, encoded by ffmpeg) of --from-s to --to-s or of "
                                         "--record-episode at --speed, then quit");
    CLI::Option* from = app.add_option("--from-s", o.from_s, "Start of the clip (simulated seconds)")->check(CLI::Range(0.0, 1e5));
    CLI::Option* to = app.add_option("--to-s", o.to_s, "End of the clip (simulated seconds)")->check(CLI::Range(0.0, 1e5));
    CLI::Option* episode = app.add_option("--record-episode", o.episode, "Record this whole episode")->check(CLI::Range(1, 99));
    app.add_option("--record-fps", o.fps, "Frames per second of the clip (default 25)")->check(CLI::Range(1.0, 60.0))->needs(record);
    from->needs(record)->needs(to)->excludes(episode);
    to->needs(record)->needs(from);
    episode->needs(record);
}

ClipDef PlanClip(const RecordOptions& o, const Scenario& scenario, double speed) {
    ClipDef clip;
    clip.fps = o.fps;
    clip.speed = speed;
    if (o.episode > 0) {
        const EpisodeSpan span = FindEpisodeSpan(scenario, o.episode);
        clip.from_s = span.start_s;
        clip.to_s = span.end_s;
    } else if (o.from_s >= 0.0 && o.to_s >= 0.0) {
        clip.from_s = o.from_s;
        clip.to_s = o.to_s;
    } else {
        throw std::invalid_argument("--record needs the stretch to film: --from-s A --to-s B, or --record-episode N");
    }
    ClipFrameCount(clip);  // throws on an empty or overlong clip, before any window opens
    return clip;
}

ClipCapture::ClipCapture(const std::string& file, const ClipDef& clip, sf::Vector2u size)
    : clip_(clip), frames_(ClipFrameCount(clip)), size_(size),
      pixels_(std::size_t{size.x} * size.y * 4),
      writer_(std::make_unique<ClipWriter>(file, size.x, size.y, clip.fps)) {}

void ClipCapture::Capture(const sf::RenderWindow&) {
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, static_cast<GLsizei>(size_.x), static_cast<GLsizei>(size_.y), GL_RGBA, GL_UNSIGNED_BYTE, pixels_.data());
    writer_->AddFrame(pixels_.data(), pixels_.size());
    ++captured_;
}

void ClipCapture::Finish() { writer_->Finish(); }

}  // namespace sb::app
