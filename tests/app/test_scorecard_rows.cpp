// Scorecard rows: the score sheet's grid holds, cell for cell, what the observer coded — no score it
// did not give, provisional ones marked while their episode runs, nothing for episodes not reached.
#include <catch2/catch.hpp>

#include "app/run/playback.h"
#include "app/run/scorecard_rows.h"
#include "procedure/protocol.h"
#include "session_runs.h"

using namespace sb;
using namespace sb::app;
using namespace sb::app::testing;

TEST_CASE("before anything is coded the card has episodes 2 to 8 and no scores", "[app][scorecard]") {
    Coding nothing_yet;
    nothing_yet.roles = RolesOf(DefaultProtocol());  // the protocol is known before any behaviour is
    const std::vector<ScorecardRow> rows = BuildScorecard(nothing_yet);
    REQUIRE(rows.size() == 7);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ScorecardRow& r = rows[i];
        CHECK(r.number == static_cast<int>(i) + 2);
        CHECK(r.progress == EpisodeProgress::NotReached);
        CHECK(r.intervals == 0);
        for (int column = 0; column < kCryingColumn; ++column) CHECK_FALSE(r.CellAt(column)->scored);
        CHECK(r.MomentAt(kCryingColumn) == -1.0);
    }
}

TEST_CASE("a finished run's card holds the observer's scores cell for cell", "[app][scorecard]") {
    Playback playback = DefaultPlayback();
    PlayToEnd(playback);
    const Coding& coding = playback.Coded();
    const std::vector<ScorecardRow> rows = BuildScorecard(coding);
    REQUIRE(rows.size() == 7);
    CHECK(ReunionsComplete(coding));

    for (const ScorecardRow& r : rows) {
        INFO("episode " << r.number);
        const EpisodeCoding* e = coding.Episode(r.number);
        REQUIRE(e);
        CHECK(r.progress == EpisodeProgress::Done);
        CHECK(r.curtailed == e->curtailed);
        CHECK(r.intervals == static_cast<int>(e->intervals.size()));
        CHECK(r.crying_intervals == static_cast<int>(e->CryingIntervals()));

        const ScoreCell& avoidance = r.Cell(Toward::Caregiver, Scale::AV);
        CHECK(avoidance.scored == e->to_caregiver.scored);
        CHECK_FALSE(avoidance.provisional);
        if (avoidance.scored) {
            CHECK(avoidance.score == &e->to_caregiver.av);  // the cell shows the coder's own score
            CHECK(r.MomentAt(3) == e->to_caregiver.av.at_s);
        } else {
            CHECK(avoidance.score == nullptr);
            CHECK(r.MomentAt(3) == -1.0);
        }
        const ScoreCell& resistance = r.Cell(Toward::Stranger, Scale::RS);
        CHECK(resistance.scored == e->to_stranger.scored);
        CHECK(r.CellAt(kStrangerColumns + 2) == &resistance);
        CHECK(r.search.scored == e->search_scored);
    }
    // The reunions are where the caregiver is scored; the first reunion is row 5 - 2.
    CHECK(rows[3].caregiver[0].scored);
}

TEST_CASE("mid-run, the running episode's scores are provisional and later ones empty", "[app][scorecard]") {
    Playback playback = DefaultPlayback(true);
    playback.JumpToTime(690.0);
    const int running = playback.Sim().Now().episode;
    REQUIRE(running >= 3);
    REQUIRE(running <= 7);
    const std::vector<ScorecardRow> rows = BuildScorecard(playback.Coded());
    CHECK_FALSE(ReunionsComplete(playback.Coded()));

    for (const ScorecardRow& r : rows) {
        INFO("episode " << r.number);
        if (r.number < running) {
            CHECK(r.progress == EpisodeProgress::Done);
        } else if (r.number == running) {
            CHECK(r.progress == EpisodeProgress::Running);
            for (const ScoreCell& c : r.caregiver) CHECK(c.provisional == c.scored);
        } else {
            CHECK(r.progress == EpisodeProgress::NotReached);
            for (const ScoreCell& c : r.caregiver) CHECK_FALSE(c.scored);
        }
    }
}

TEST_CASE("columns are named as the card's tooltips name them", "[app][scorecard]") {
    CHECK(DescribeColumn(0) == "proximity and contact seeking (PS) toward the caregiver");
    CHECK(DescribeColumn(kStrangerColumns + 3) == "avoidance (AV) toward the stranger");
    CHECK(DescribeColumn(kSearchColumn) == "search");
    CHECK(DescribeColumn(kCryingColumn) == "crying");
}
