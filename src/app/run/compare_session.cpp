// Compare session implementation. Each Playback keeps its own fixed-step clock; given the same
// real time, speed and pause they take the same steps, which is what keeps the rooms together.
#include "app/run/compare_session.h"

#include <algorithm>
#include <stdexcept>

namespace sb::app {

RoomColour CompareColour(int index) {
    static constexpr RoomColour kColours[] = {
        {86, 180, 233},   // sky blue
        {230, 159, 0},    // orange
        {204, 121, 167},  // reddish purple
        {240, 228, 66},   // yellow
    };
    constexpr int n = static_cast<int>(sizeof kColours / sizeof kColours[0]);
    return kColours[((index % n) + n) % n];
}

std::string VerdictText(const Playback& playback, bool brief) {
    if (!playback.Sim().Finished()) return "";
    const Classification& c = playback.Coded().classification;
    if (!c.classifiable) return brief ? "NC" : "not classifiable";
    if (c.group == 'D') return brief ? "D" : "D (best fit " + c.subgroup + ")";
    return c.subgroup;
}

CompareSession::CompareSession(ComparePreset preset, double speed, bool paused)
    : name_(std::move(preset.name)), description_(std::move(preset.description)) {
    const int count = static_cast<int>(preset.rooms.size());
    if (count < kMinCompareRooms || count > kMaxCompareRooms)
        throw std::invalid_argument("a comparison has 2 to 4 rooms, not " + std::to_string(count));
    runs_.reserve(preset.rooms.size());
    for (CompareRoom& room : preset.rooms) {
        captions_.push_back(room.caption);
        runs_.emplace_back(std::move(room.scenario), speed, paused);
    }
}

void CompareSession::Advance(double real_s) {
    for (Playback& run : runs_) run.Advance(real_s);
}

void CompareSession::Apply(const TransportCommand& command) {
    switch (command.what) {
        case Transport::PlayPause: SetPaused(!Paused()); return;
        case Transport::Faster: SetSpeed(FasterSpeed(Speed())); return;
        case Transport::Slower: SetSpeed(SlowerSpeed(Speed())); return;
        case Transport::StepOnce:
        case Transport::Restart:
        case Transport::JumpToEpisode:
            for (Playback& run : runs_) sb::app::Apply(command, run);
            return;
    }
}

void CompareSession::JumpToTime(double t_s) {
    for (Playback& run : runs_) run.JumpToTime(t_s);
}

void CompareSession::SetPaused(bool paused) {
    for (Playback& run : runs_) run.SetPaused(paused);
}

void CompareSession::SetSpeed(double speed) {
    for (Playback& run : runs_) run.SetSpeed(speed);
}

double CompareSession::Time_s() const {
    double t = 0.0;
    for (const Playback& run : runs_) t = std::max(t, run.Sim().Time());
    return t;
}

bool CompareSession::AllFinished() const {
    return std::all_of(runs_.begin(), runs_.end(), [](const Playback& r) { return r.Sim().Finished(); });
}

std::vector<const Playback*> CompareSession::Runs() const {
    std::vector<const Playback*> out;
    for (const Playback& run : runs_) out.push_back(&run);
    return out;
}

}  // namespace sb::app
