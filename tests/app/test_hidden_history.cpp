// Hidden history: the inside view's plots reach back two simulated minutes over the run on screen
// — replayed steps included — and start again whenever that run is rebuilt.
#include <catch2/catch.hpp>

#include "app/run/hidden_history.h"
#include "app/run/playback.h"
#include "session_runs.h"

using namespace sb;
using namespace sb::app;
using namespace sb::app::testing;

TEST_CASE("the inside view's history holds the last two minutes, a sample a step", "[app][hidden]") {
    Playback playback = DefaultPlayback(true);
    playback.JumpToTime(300.0);
    const HiddenHistory& h = playback.Hidden();
    const double step = playback.Sim().Def().step_s;

    CHECK(h.Latest().t == playback.Sim().Time());
    CHECK(h.At(0).t == Approx(playback.Sim().Time() - kHiddenWindow_s).margin(step * 0.5));
    for (std::size_t i = 1; i < h.Size(); ++i) REQUIRE(h.At(i).t - h.At(i - 1).t == Approx(step));
    CHECK(h.Latest().inner.arousal == playback.Sim().Inner().arousal);
    CHECK(h.Latest().episode == playback.Sim().Now().episode);
}

TEST_CASE("a restart clears the history back to the starting state", "[app][hidden]") {
    Playback playback = DefaultPlayback(true);
    playback.JumpToTime(200.0);
    playback.Restart();
    CHECK(playback.Hidden().Size() == 1);
    CHECK(playback.Hidden().Latest().t == 0.0);
}

TEST_CASE("a jump back clears the history and refills it with the replay", "[app][hidden]") {
    Playback playback = DefaultPlayback(true);
    playback.JumpToTime(300.0);
    playback.JumpToTime(50.0);
    const HiddenHistory& h = playback.Hidden();
    CHECK(h.At(0).t == 0.0);  // nothing from the later run survives
    CHECK(h.Latest().t == playback.Sim().Time());
    CHECK(h.Size() == static_cast<std::size_t>(playback.Sim().StepCount()) + 1);
}

TEST_CASE("a full history lets its oldest sample go for each new one", "[app][hidden]") {
    Simulation sim(DefaultScenario().sim);
    HiddenHistory h(1.0, sim.Def().step_s);  // one second: 10 steps and the instant they start from
    for (int i = 0; i < 25; ++i) {
        sim.Step();
        h.Record(sim);
    }
    CHECK(h.Size() == 11);
    CHECK(h.Latest().t == sim.Time());
    CHECK(h.At(0).t == Approx(sim.Time() - 1.0));
    h.Clear();
    CHECK(h.Empty());
}
