// Live coding: the scorecard codes the run on screen as it plays. At the end it must say exactly
// what the observer says of the finished trace; on the way it recodes when an episode ends, every
// few simulated seconds, and at once when paused — but not on every frame.
#include <catch2/catch.hpp>

#include "app/run/playback.h"
#include "coding/coder.h"
#include "session_runs.h"

using namespace sb;
using namespace sb::app;
using namespace sb::app::testing;

namespace {

void CheckSameScore(const ScaleScore& a, const ScaleScore& b) {
    CHECK(a.value == b.value);
    CHECK(a.at_s == b.at_s);
    CHECK(a.why == b.why);
}

void CheckSameScales(const InteractiveScales& a, const InteractiveScales& b) {
    CHECK(a.scored == b.scored);
    CheckSameScore(a.ps, b.ps);
    CheckSameScore(a.cm, b.cm);
    CheckSameScore(a.rs, b.rs);
    CheckSameScore(a.av, b.av);
    CheckSameScore(a.di, b.di);
}

void CheckSameCoding(const Coding& live, const Coding& whole) {
    REQUIRE(live.episodes.size() == whole.episodes.size());
    for (std::size_t i = 0; i < whole.episodes.size(); ++i) {
        const EpisodeCoding& a = live.episodes[i];
        const EpisodeCoding& b = whole.episodes[i];
        INFO("episode " << b.number);
        CHECK(a.number == b.number);
        CHECK(a.complete == b.complete);
        CHECK(a.duration_s == b.duration_s);
        CHECK(a.curtailed == b.curtailed);
        CHECK(a.extended == b.extended);
        CheckSameScales(a.to_caregiver, b.to_caregiver);
        CheckSameScales(a.to_stranger, b.to_stranger);
        CHECK(a.search_scored == b.search_scored);
        CheckSameScore(a.search, b.search);
        CHECK(a.CryingIntervals() == b.CryingIntervals());
    }
    CHECK(live.disorganization.rating == whole.disorganization.rating);
    CHECK(live.classification.classifiable == whole.classification.classifiable);
    CHECK(live.classification.group == whole.classification.group);
    CHECK(live.classification.subgroup == whole.classification.subgroup);
    CHECK(live.classification.best_fit == whole.classification.best_fit);
    CHECK(live.classification.avoidance_dim == whole.classification.avoidance_dim);
    CHECK(live.classification.resistance_dim == whole.classification.resistance_dim);
    CHECK(live.classification.reasons == whole.classification.reasons);
}

}  // namespace

TEST_CASE("the finished scorecard agrees with coding the finished trace", "[app][live-coding]") {
    const char* scenario = GENERATE("default", "rejecting", "frightening");
    INFO(scenario);
    const Scenario s = LoadScenario(scenario);
    Playback playback(s, 1.0, false);
    PlayToEnd(playback);

    const Coding whole = CodeTrace(TraceOf(s.sim));
    REQUIRE(whole.episodes.size() == 8);
    CheckSameCoding(playback.Coded(), whole);
}

TEST_CASE("the running episode is recoded every few simulated seconds", "[app][live-coding]") {
    Playback playback(DefaultScenario(), 8.0, false);
    playback.Advance(1.0);  // 8 simulated seconds
    const EpisodeCoding* first = playback.Coded().Episode(1);
    REQUIRE(first);
    CHECK_FALSE(first->complete);  // provisional: the episode is still running
    CHECK(first->duration_s == Approx(playback.Sim().Now().episode_t).margin(0.15));
}

TEST_CASE("the card is not recoded for every frame of a playing run", "[app][live-coding]") {
    Playback playback = DefaultPlayback(false);
    playback.Advance(0.26);  // two steps: far from worth a recoding
    REQUIRE(playback.Sim().StepCount() == 2);
    const EpisodeCoding* first = playback.Coded().Episode(1);
    CHECK((first == nullptr || first->duration_s < 0.15));
}

TEST_CASE("paused, the card shows exactly the instant on screen", "[app][live-coding]") {
    Playback playback = DefaultPlayback(true);
    for (int i = 0; i < 3; ++i) playback.StepOnce();
    playback.Advance(0.0);
    const EpisodeCoding* first = playback.Coded().Episode(1);
    REQUIRE(first);
    CHECK(first->duration_s == Approx(playback.Sim().Now().episode_t).margin(1e-6));
}

TEST_CASE("an episode is coded as complete as soon as it ends", "[app][live-coding]") {
    Playback playback = DefaultPlayback(false);
    while (playback.Sim().Now().episode < 2) playback.Advance(0.1);
    const EpisodeCoding* first = playback.Coded().Episode(1);
    REQUIRE(first);
    CHECK(first->complete);
}
