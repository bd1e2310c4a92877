// Transport commands: the keyboard's play/pause, step, restart, faster, slower and jump, as a
// lecturer expects them to act on the run on screen.
#include <catch2/catch.hpp>

#include "app/run/transport_command.h"
#include "session_runs.h"

using namespace sb::app;
using namespace sb::app::testing;

TEST_CASE("play/pause switches between playing and paused", "[app][transport]") {
    Playback playback = DefaultPlayback(false);
    Apply({Transport::PlayPause}, playback);
    CHECK(playback.Paused());
    Apply({Transport::PlayPause}, playback);
    CHECK_FALSE(playback.Paused());
}

TEST_CASE("step moves one step and leaves the run paused", "[app][transport]") {
    Playback playback = DefaultPlayback(false);
    Apply({Transport::StepOnce}, playback);
    CHECK(playback.Paused());
    CHECK(playback.Sim().StepCount() == 1);
}

TEST_CASE("faster and slower double and halve the speed", "[app][transport]") {
    Playback playback(sb::DefaultScenario(), 4.0, true);
    Apply({Transport::Faster}, playback);
    CHECK(playback.Speed() == 8.0);
    Apply({Transport::Slower}, playback);
    Apply({Transport::Slower}, playback);
    CHECK(playback.Speed() == 2.0);
}

TEST_CASE("an episode number jumps to that episode; one the procedure lacks does nothing", "[app][transport]") {
    Playback playback = DefaultPlayback(true);
    Apply({Transport::JumpToEpisode, 6}, playback);
    CHECK(playback.Sim().Now().episode == 6);
    const auto steps = playback.Sim().StepCount();
    Apply({Transport::JumpToEpisode, 9}, playback);
    CHECK(playback.Sim().StepCount() == steps);
}

TEST_CASE("restart goes back to the beginning", "[app][transport]") {
    Playback playback = DefaultPlayback(true);
    Apply({Transport::JumpToEpisode, 3}, playback);
    Apply({Transport::Restart}, playback);
    CHECK(playback.Sim().StepCount() == 0);
}
