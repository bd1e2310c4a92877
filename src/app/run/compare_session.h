// Compare session: the runs of a comparison on one clock. Every frame gives each run the same real
// time at the same speed, and every transport command (play, pause, step, speed, restart, jump) goes
// to all of them, so the rooms stay at the same moment of the procedure — or, after a jump to an
// episode, each at the start of that episode in its own run. Captions, colours and the classification
// each room shows at the end are decided here, where a test can reach them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/run/compare_preset.h"
#include "app/run/playback.h"
#include "app/run/transport_command.h"
#include "coding/coding.h"

namespace sb::app {

// A room's colour in the comparison (its frame in the room, its lines in the plot), as RGB.
struct RoomColour {
    std::uint8_t r = 255, g = 255, b = 255;
};

// The colour of room `index` (0-based): four colours told apart with the common colour-vision
// deficiencies (Okabe & Ito), bright enough on the dark panel.
RoomColour CompareColour(int index);

// The observer's verdict in a few characters: "B3", "D (best fit A1)", "not classifiable"; empty
// while the run has not finished, because the classification reads all the reunions. `brief` gives
// the badge drawn in the room, which must not cover it: "B3", "D", "NC".
std::string VerdictText(const Playback& playback, bool brief = false);

class CompareSession {
public:
    CompareSession(ComparePreset preset, double speed, bool paused);

    // One frame: the same real time for every run.
    void Advance(double real_s);
    // A transport command for all rooms. Play and pause and the speed are set to the same value in
    // every run (taken from the first), so a run never drifts out of step; a jump to an episode a run's
    // protocol does not have leaves that run where it is.
    void Apply(const TransportCommand& command);
    // Every run replayed to the same moment of the procedure and paused there.
    void JumpToTime(double t_s);
    void SetPaused(bool paused);
    void SetSpeed(double speed);

    bool Paused() const { return runs_.front().Paused(); }
    double Speed() const { return runs_.front().Speed(); }
    // The latest simulated time any room has reached (they differ only after a jump to an episode).
    double Time_s() const;
    // True once every run has finished.
    bool AllFinished() const;

    int Count() const { return static_cast<int>(runs_.size()); }
    const Playback& Run(int i) const { return runs_.at(static_cast<std::size_t>(i)); }
    Playback& Run(int i) { return runs_.at(static_cast<std::size_t>(i)); }
    const std::string& Caption(int i) const { return captions_.at(static_cast<std::size_t>(i)); }
    const std::string& Name() const { return name_; }
    const std::string& Description() const { return description_; }
    // The runs in room order, for the layout.
    std::vector<const Playback*> Runs() const;

private:
    std::string name_;
    std::string description_;
    std::vector<Playback> runs_;
    std::vector<std::string> captions_;
};

}  // namespace sb::app
