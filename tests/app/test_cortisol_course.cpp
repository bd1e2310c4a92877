// Cortisol course: the inside view keeps the infant's cortisol over the whole run, adds the wait
// after the procedure when it ends, and shows the same post sample the export writes.
#include <catch2/catch.hpp>

#include "app/run/cortisol_course.h"
#include "app/run/playback.h"
#include "record/run_outputs.h"
#include "session_runs.h"

using namespace sb;
using namespace sb::app;
using namespace sb::app::testing;

TEST_CASE("the cortisol course runs from the baseline to past the post sample", "[app][cortisol]") {
    Playback playback(LoadScenario("rejecting"), 1.0, true);
    playback.JumpToTime(600.0);
    const CortisolCourse& during = playback.Cortisol();
    REQUIRE(during.Points().front().t == 0.0);
    CHECK(during.Points().front().cortisol == 1.0);
    CHECK(during.End_s() < 0.0);
    CHECK_FALSE(during.Sampled());

    PlayToEnd(playback);
    const CortisolCourse& c = playback.Cortisol();
    CHECK(c.End_s() == playback.Sim().Time());
    REQUIRE(c.Sampled());
    CHECK(c.Points().back().t == Approx(c.Horizon_s()));
    CHECK(c.Horizon_s() > c.SampleTime_s());
    bool found_sample = false;
    for (const CortisolPoint& p : c.Points()) {
        CHECK(p.after_procedure == (p.t > c.End_s()));
        if (p.t == c.SampleTime_s()) {
            found_sample = true;
            CHECK(p.cortisol == Approx(c.Ratio()).epsilon(1e-6));
        }
    }
    CHECK(found_sample);
    // The panel shows what runs.csv gets for the same run.
    CHECK(c.Ratio() == Approx(RunAndMeasure(playback.Source().sim).cortisol_ratio).epsilon(1e-12));
}

TEST_CASE("a restart starts the cortisol course again", "[app][cortisol]") {
    Playback playback = DefaultPlayback(true);
    playback.JumpToTime(300.0);
    playback.Restart();
    REQUIRE(playback.Cortisol().Points().size() == 1);
    CHECK(playback.Cortisol().Points().front().t == 0.0);
}
