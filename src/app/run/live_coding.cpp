// Live coding implementation. Coding the whole trace costs about a millisecond at the end of a run
// (12,500 instants), so it runs on the frame thread; the limits below only keep a 64x run from
// spending every frame on it.
#include "app/run/live_coding.h"

#include <algorithm>
#include <atomic>

namespace sb::app {

namespace {

// The running episode is recoded after this much simulated time...
constexpr double kRefreshEvery_sim_s = 5.0;
// ...but not more often than this in real time, however fast the run plays.
constexpr double kRefreshAtMostEvery_real_s = 0.25;
// Room for a whole procedure with some extension, so recording seldom reallocates mid-run.
constexpr double kExpectedLength_s = 1500.0;

bool EndsAnEpisode(const std::vector<SimEvent>& events) {
    return std::any_of(events.begin(), events.end(), [](const SimEvent& e) { return e.kind == EventKind::EpisodeEnd; });
}

}  // namespace

void LiveCoding::Begin(const Simulation& sim) {
    // Unique across every LiveCoding of the process: a run replaced by a new Playback (the quiz's
    // next item) must not look like the trace it replaced.
    static std::atomic<std::uint64_t> last_generation{0};
    generation_ = ++last_generation;
    trace_ = StartTrace(sim);  // the header carries the room and the episode roles the coder uses
    trace_.frames.reserve(static_cast<std::size_t>(kExpectedLength_s / trace_.header.step_s));
    coding_ = Coding{};
    coding_.roles = trace_.header.roles;  // the card shows the protocol's rows before anything is coded
    AppendFrame(trace_, sim.Now(), sim.AllEvents());
    episode_ended_ = false;
    coded_up_to_s_ = -1.0;
}

void LiveCoding::Record(const Simulation& sim) {
    AppendFrame(trace_, sim.Now(), sim.StepEvents());
    if (EndsAnEpisode(sim.StepEvents()) || sim.Finished()) episode_ended_ = true;
}

void LiveCoding::Refresh(double real_s, bool paused) {
    real_since_code_s_ += real_s;
    const double behind_s = RecordedUpTo_s() - coded_up_to_s_;
    if (behind_s <= 0.0) return;
    const bool running_episode_due =
        behind_s >= kRefreshEvery_sim_s && real_since_code_s_ >= kRefreshAtMostEvery_real_s;
    // Paused (or stepping by hand), the card should show exactly the instant on screen.
    if (episode_ended_ || running_episode_due || paused) RecodeNow();
}

void LiveCoding::RecodeNow() {
    coding_ = CodeTrace(trace_);
    episode_ended_ = false;
    coded_up_to_s_ = RecordedUpTo_s();
    real_since_code_s_ = 0.0;
}

double LiveCoding::RecordedUpTo_s() const { return trace_.frames.empty() ? -1.0 : trace_.frames.back().t; }

}  // namespace sb::app
