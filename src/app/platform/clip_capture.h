// Clip capture: `securebase --record FILE` in the window. Decides the stretch to film from the
// command line, puts the runs there, and then each frame advances them by exactly one clip frame of
// time, reads the drawn frame back and hands it to the clip writer — so the clip is the same
// however slowly the machine draws.
#pragma once

#include <SFML/Graphics/RenderWindow.hpp>
#include <memory>
#include <string>
#include <vector>

#include "app/run/clip_plan.h"
#include "app/run/clip_writer.h"

namespace CLI {
class App;
}

namespace sb::app {

struct RecordOptions {
    std::string file;        // --record: .gif or .mp4; empty: no recording
    double from_s = -1.0;    // --from-s
    double to_s = -1.0;      // --to-s
    int episode = 0;         // --record-episode: instead of from/to
    double fps = 25.0;       // --record-fps
};

// Adds --record, --from-s, --to-s, --record-episode and --record-fps.
void AddRecordOptions(CLI::App& app, RecordOptions& options);

// The stretch to record: from/to as given, or the episode's span in the run of `scenario`. Throws
// std::invalid_argument on a request that cannot be filmed (no stretch given, empty, too long).
ClipDef PlanClip(const RecordOptions& options, const Scenario& scenario, double speed);

class ClipCapture {
public:
    // Starts the encoder for the window's size. Throws ClipError if it cannot.
    ClipCapture(const std::string& file, const ClipDef& clip, sf::Vector2u size);

    // Real seconds this frame stands for: none for the first (the clip starts where the runs were
    // put), one clip frame for every later one.
    double FrameDt() const { return captured_ == 0 ? 0.0 : 1.0 / clip_.fps; }
    // The clip's own clock, for animations that follow real time (crying pulses).
    double VideoTime_s() const { return captured_ / clip_.fps; }
    // Reads back the frame just drawn (before display()) and sends it to the encoder.
    void Capture(const sf::RenderWindow& window);
    bool Done() const { return captured_ >= frames_; }
    int Frames() const { return frames_; }
    // Finishes the file (all or nothing); throws ClipError on failure.
    void Finish();

private:
    ClipDef clip_;
    int frames_ = 0;
    int captured_ = 0;
    sf::Vector2u size_;
    std::vector<std::uint8_t> pixels_;
    std::unique_ptr<ClipWriter> writer_;
};

}  // namespace sb::app
