// Key moments and replays: a replay of a score or a moment starts inside its episode; the list finds
// the ignored return of an avoidant infant and the curtailed separations, and the felt-not-shown gap
// comes from the hidden history, marked as hidden. Also the coder's cited disorganization moment,
// which prefers a reunion's when it is within a point of the strongest.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "app/run/key_moments.h"
#include "app/run/narration.h"
#include "app/run/scorecard_rows.h"
#include "coding/coder.h"
#include "scenario/scenario.h"
#include "session_runs.h"

using namespace sb;
using namespace sb::app;
using namespace sb::app::testing;

namespace {

const std::string kTexts = std::string(SB_TEST_ASSET_DIR) + "/narration.toml";

bool Has(const std::vector<KeyMoment>& moments, const std::string& what) {
    return std::any_of(moments.begin(), moments.end(), [&](const KeyMoment& m) { return m.what == what; });
}

std::vector<KeyMoment> MomentsOf(const std::string& scenario, Narration& narration, Playback& playback) {
    narration.texts = LoadNarrationTexts(kTexts);
    PlayToEnd(playback);
    narration.Update(playback);
    (void)scenario;
    return FindKeyMoments(playback.Live().Trace(), narration.log, playback.Coded(), playback.Hidden());
}

}  // namespace

TEST_CASE("a replay starts at most 2 s before its moment and never before the moment's episode") {
    const VisibleTrace trace = TraceOf(DefaultScenario().sim);
    const Coding coding = CodeTrace(trace);
    const EpisodeCoding* reunion = coding.Episode(5);
    REQUIRE(reunion);
    const double start = reunion->start_s;
    CHECK(ReplayFrom(start + 1.0, 5, trace) == start);
    CHECK(ReplayFrom(start + 10.0, 5, trace) == Approx(start + 8.0));
    CHECK(ReplayFrom(1.0, 1, trace) == 0.0);
}

TEST_CASE("clicking any first-reunion score replays inside the first reunion") {
    Playback playback = DefaultPlayback();
    PlayToEnd(playback);
    std::vector<double> moments;
    for (const ScorecardRow& row : BuildScorecard(playback.Coded())) {
        if (row.number != 5) continue;
        for (int column = 0; column < kColumnCount; ++column)
            if (row.MomentAt(column) >= 0.0) moments.push_back(row.MomentAt(column));
    }
    REQUIRE(!moments.empty());
    // At least one of them is within 2 s of the reunion's start, where the old replay fell into
    // the separation before it.
    const double start = playback.Coded().Episode(5)->start_s;
    CHECK(*std::min_element(moments.begin(), moments.end()) - start < kMomentLeadIn_s);
    for (double at : moments) {
        const double from = ReplayFrom(at, 5, playback.Live().Trace());
        Playback replay = DefaultPlayback();
        replay.JumpToTime(from);
        INFO("moment " << at << ", replay from " << from);
        CHECK(replay.Sim().Now().episode == 5);
        CHECK(replay.Paused());
    }
}

TEST_CASE("key moments: an avoidant infant's ignored return, and the hidden gap marked as hidden") {
    Playback playback(LoadScenario("rejecting"), 1.0, false);
    Narration narration;
    const std::vector<KeyMoment> moments = MomentsOf("rejecting", narration, playback);
    CHECK(Has(moments, "First ignored return"));
    for (const KeyMoment& m : moments) CHECK(m.hidden == (m.what.find("(hidden)") != std::string::npos));
    for (std::size_t i = 1; i < moments.size(); ++i) CHECK(moments[i - 1].at_s <= moments[i].at_s);
    const HiddenHistory::Gap& gap = playback.Hidden().WidestFeltNotShown();
    CHECK(gap.gap == Approx(gap.at.inner.arousal - gap.at.inner.expressed));
    if (gap.gap >= 0.4) CHECK(Has(moments, "Widest felt-not-shown gap (hidden)"));
}

TEST_CASE("key moments list every curtailed separation") {
    long all_curtailed = 0;
    for (const char* name : {"default", "inconsistent", "frightening", "wary-infant"}) {
        Playback playback(LoadScenario(name), 1.0, false);
        Narration narration;
        const std::vector<KeyMoment> moments = MomentsOf(name, narration, playback);
        const auto& events = playback.Live().Trace().events;
        const long curtailed = std::count_if(events.begin(), events.end(), [](const SimEvent& e) { return e.kind == EventKind::Curtailed; });
        const long listed = std::count_if(moments.begin(), moments.end(), [](const KeyMoment& m) { return m.what == "Separation curtailed"; });
        INFO(name);
        CHECK(listed == curtailed);
        all_curtailed += curtailed;
    }
    CHECK(all_curtailed > 0);  // the scenarios above include distressed infants whose separations are cut short
}

TEST_CASE("the coder cites a reunion's lapse when it is within a point of the strongest") {
    for (const char* name : {"frightening", "sometimes-frightening", "default", "passive-infant"}) {
        const VisibleTrace trace = TraceOf(LoadScenario(name).sim);
        const Disorganization d = CodeTrace(trace).disorganization;
        if (d.observations.empty()) continue;
        INFO(name);
        int top = 0;
        bool reunion_near_top = false;
        for (const DObservation& o : d.observations) top = std::max(top, o.severity);
        for (const DObservation& o : d.observations)
            reunion_near_top |= o.severity >= top - 1 && trace.header.roles.Find(o.episode)->reunion;
        REQUIRE(d.strongest < d.observations.size());
        const DObservation& cited = d.observations[d.strongest];
        CHECK(cited.severity >= top - 1);
        CHECK(trace.header.roles.Find(cited.episode)->reunion == reunion_near_top);
        CHECK(d.why.find(cited.what) != std::string::npos);
        // The rating is still the strongest observation's (raised for three kinds), whatever is cited.
        CHECK((d.rating == top || d.rating == top + 1));
    }
}
