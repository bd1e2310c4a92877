// Playback: the window's clock owner. A jump is a replay, so it must land where stepping would have
// landed, with the same state; pause, single step and speed must do what the buttons say.
#include <catch2/catch.hpp>

#include "app/run/playback.h"
#include "session_runs.h"

using namespace sb;
using namespace sb::app;
using namespace sb::app::testing;

TEST_CASE("jumping to a moment lands there, paused, in the episode it belongs to", "[app][playback]") {
    Playback playback = DefaultPlayback();
    playback.JumpToTime(690.0);

    const Simulation& sim = playback.Sim();
    CHECK(playback.Paused());
    CHECK(sim.Time() >= 690.0);
    CHECK(sim.Time() < 690.0 + sim.Def().step_s);

    Simulation stepped(DefaultScenario().sim);
    StepTo(stepped, 690.0);
    CHECK(sim.Now().episode == stepped.Now().episode);
    CHECK(sim.Now().episode_t == Approx(stepped.Now().episode_t));
}

TEST_CASE("a jump is a deterministic replay: the same state as stepping there", "[app][playback]") {
    Simulation stepped(DefaultScenario().sim);
    StepTo(stepped, 450.0);

    Playback playback = DefaultPlayback();
    playback.JumpToTime(450.0);
    CHECK(playback.Sim().StepCount() == stepped.StepCount());
    CHECK(playback.Sim().TraceHash() == stepped.TraceHash());

    SECTION("also when jumping back from later in the run") {
        playback.JumpToTime(900.0);
        playback.JumpToTime(450.0);
        CHECK(playback.Sim().TraceHash() == stepped.TraceHash());
    }
}

TEST_CASE("a jump replays the caregiver changes made during the run, where they were made", "[app][playback]") {
    Playback playback = DefaultPlayback(true);
    for (int i = 0; i < 300; ++i) playback.StepOnce();  // 30 s in
    CaregiverDef colder = playback.Caregiver();
    colder.sensitivity = 2.0;
    playback.SetCaregiver(colder);
    for (int i = 0; i < 300; ++i) playback.StepOnce();  // 60 s in

    // The same run by hand: the original caregiver for 300 steps, the colder one after.
    Simulation by_hand(DefaultScenario().sim);
    for (int i = 0; i < 300; ++i) by_hand.Step();
    by_hand.SetCaregiverToday(colder);
    StepTo(by_hand, 45.0);

    playback.JumpToTime(45.0);
    CHECK(playback.Sim().TraceHash() == by_hand.TraceHash());
    CHECK(playback.Caregiver().sensitivity == 2.0);  // the panel keeps showing the caregiver it set
}

TEST_CASE("jumping to an episode starts at its first instant", "[app][playback]") {
    Playback playback = DefaultPlayback();
    playback.JumpToEpisode(4);
    const Snapshot& now = playback.Sim().Now();
    CHECK(now.episode == 4);
    CHECK(now.episode_t < playback.Sim().Def().step_s + 1e-9);

    Simulation stepped(DefaultScenario().sim);
    while (stepped.Now().episode < 4) stepped.Step();
    CHECK(playback.Sim().TraceHash() == stepped.TraceHash());
}

TEST_CASE("paused, time passes and the run does not move", "[app][playback]") {
    Playback playback = DefaultPlayback(true);
    playback.Advance(5.0);
    CHECK(playback.Sim().StepCount() == 0);
    CHECK(playback.DrawAlpha() == 1.0);  // a paused room shows the latest state, not a blend
}

TEST_CASE("a single step takes exactly one step and pauses a running playback", "[app][playback]") {
    Playback playback = DefaultPlayback(false);
    playback.Advance(0.26);  // 2.6 steps' worth at 1x: two whole steps
    REQUIRE(playback.Sim().StepCount() == 2);
    playback.StepOnce();
    CHECK(playback.Paused());
    CHECK(playback.Sim().StepCount() == 3);
    playback.Advance(1.0);
    CHECK(playback.Sim().StepCount() == 3);
}

TEST_CASE("speed is simulated seconds per real second", "[app][playback]") {
    Playback playback(DefaultScenario(), 8.0, false);
    playback.Advance(0.26);  // 2.08 simulated seconds at 8x: 20 whole steps of 0.1 s
    CHECK(playback.Sim().StepCount() == 20);
    CHECK(playback.Speed() == 8.0);

    SECTION("the speed asked for at the start is kept within the controls' range") {
        CHECK(Playback(DefaultScenario(), 500.0, true).Speed() == kMaxSpeed);
        CHECK(Playback(DefaultScenario(), 0.1, true).Speed() == kMinSpeed);
    }
}

TEST_CASE("faster and slower step through the powers of two from 1x to 64x", "[app][playback]") {
    CHECK(FasterSpeed(1.0) == 2.0);
    CHECK(FasterSpeed(3.0) == 4.0);
    CHECK(FasterSpeed(64.0) == 64.0);
    CHECK(SlowerSpeed(64.0) == 32.0);
    CHECK(SlowerSpeed(3.0) == 2.0);
    CHECK(SlowerSpeed(1.0) == 1.0);
}

TEST_CASE("a restart begins the same run again and keeps the speed and the pause", "[app][playback]") {
    Playback playback(DefaultScenario(), 4.0, true);
    playback.JumpToTime(120.0);
    playback.Restart();
    CHECK(playback.Sim().StepCount() == 0);
    CHECK(playback.Sim().Time() == 0.0);
    CHECK(playback.Paused());
    CHECK(playback.Speed() == 4.0);
}

TEST_CASE("a new seed restarts the run with that seed", "[app][playback]") {
    Playback playback = DefaultPlayback(true);
    playback.JumpToTime(60.0);
    playback.SetSeed(42);
    CHECK(playback.Seed() == 42);
    CHECK(playback.Sim().Def().seed == 42);
    CHECK(playback.Sim().StepCount() == 0);
}

TEST_CASE("a finished run takes no more steps however long it plays", "[app][playback]") {
    Playback playback = DefaultPlayback();
    PlayToEnd(playback);
    const auto steps = playback.Sim().StepCount();
    playback.Advance(10.0);
    playback.StepOnce();
    CHECK(playback.Sim().StepCount() == steps);
    CHECK(playback.DrawAlpha() == 1.0);
}
