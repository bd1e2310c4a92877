// Compare mode without a window: presets load (and bad ones are named with file, line and range),
// the shipped presets compare what their names promise, and the session keeps its rooms on one
// clock through play, pause, speed, steps and jumps.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "app/run/compare_preset.h"
#include "app/run/compare_session.h"
#include "session_runs.h"

using namespace sb::app;
using namespace sb::app::testing;
namespace fs = std::filesystem;

namespace {

// A fresh folder for files a test writes, removed when the test ends.
struct TempFolder {
    fs::path path;
    TempFolder() {
        path = fs::temp_directory_path() / ("sb-compare-" + std::to_string(std::random_device{}()));
        fs::create_directories(path);
    }
    ~TempFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string Write(const std::string& name, const std::string& text) const {
        std::ofstream(path / name) << text;
        return (path / name).string();
    }
};

std::string ErrorOf(const std::string& text, const std::string& source = "p.toml") {
    try {
        ParseComparePreset(text, source);
    } catch (const sb::ScenarioError& e) {
        return e.what();
    }
    return "";
}

const char* kTwoRooms = "[compare]\nname = \"Two\"\n[[compare.room]]\nscenario = \"sensitive\"\n[[compare.room]]\nscenario = \"rejecting\"\n";

// Mean of a hidden quantity over the samples of one episode in a run's recent history.
template <typename Value>
double MeanIn(const HiddenHistory& h, int episode, Value value) {
    double sum = 0.0;
    int n = 0;
    for (std::size_t i = 0; i < h.Size(); ++i) {
        if (h.At(i).episode != episode) continue;
        sum += value(h.At(i).inner);
        ++n;
    }
    return n > 0 ? sum / n : -1.0;
}

}  // namespace

TEST_CASE("a preset names its rooms, with captions defaulting to the scenario's name", "[app][compare]") {
    const ComparePreset p = ParseComparePreset(kTwoRooms, "p.toml");
    CHECK(p.name == "Two");
    REQUIRE(p.rooms.size() == 2);
    CHECK(p.rooms[0].caption == "Sensitive caregiver");
    CHECK(p.rooms[1].caption == "Rejecting caregiver");
    CHECK(p.rooms[1].scenario.sim.history.caregiver.acceptance == 2.0);
}

TEST_CASE("a room's seed, temperament and today's caregiver apply on top of its scenario", "[app][compare]") {
    const ComparePreset p = ParseComparePreset(std::string(kTwoRooms) +
                                                   "seed = 42\ncaption = \"Mine\"\n[compare.room.infant]\nreactivity = 0.9\n"
                                                   "[compare.room.today]\nacceptance = 8\n",
                                               "p.toml");
    const sb::SimulationDef& def = p.rooms[1].scenario.sim;
    CHECK(p.rooms[1].caption == "Mine");
    CHECK(def.seed == 42);
    CHECK(def.infant.reactivity == 0.9);
    CHECK(def.caregiver.acceptance == 8.0);                 // today...
    CHECK(def.history.caregiver.acceptance == 2.0);         // ...not the first year
    CHECK(p.rooms[0].scenario.sim.infant.reactivity == sb::DefaultScenario().sim.infant.reactivity);
}

TEST_CASE("preset mistakes are named with file, line, column and the allowed range", "[app][compare]") {
    CHECK_THAT(ErrorOf("[compare]\n[[compare.room]]\nscenario = \"sensitive\"\n"), Catch::Contains("1 rooms given (allowed range 2 to 4)"));
    const std::string five = "[compare]\n" + std::string(5 * 1, ' ') + [] {
        std::string s;
        for (int i = 0; i < 5; ++i) s += "[[compare.room]]\nscenario = \"default\"\n";
        return s;
    }();
    CHECK_THAT(ErrorOf(five), Catch::Contains("5 rooms given (allowed range 2 to 4)"));
    CHECK_THAT(ErrorOf(std::string(kTwoRooms) + "captoin = \"x\"\n"), Catch::Contains("p.toml:7:11: unknown key 'captoin' in [compare.room]"));
    CHECK_THAT(ErrorOf(std::string(kTwoRooms) + "[compare.room.infant]\nreactivity = 1.5\n"),
               Catch::Contains("p.toml:8:14: compare.room.infant.reactivity = 1.5 is out of range (allowed range 0 to 1"));
    CHECK_THAT(ErrorOf(std::string(kTwoRooms) + "[compare.room.infant]\nsensitivity = 5\n"),
               Catch::Contains("unknown key 'sensitivity' in [compare.room.infant]"));
    CHECK_THAT(ErrorOf(std::string(kTwoRooms) + "seed = -3\n"), Catch::Contains("p.toml:7:8: compare.room.seed must be a whole number"));
    CHECK_THAT(ErrorOf("[compare]\n[[compare.room]]\nscenario = \"no-such-thing\"\n[[compare.room]]\nscenario = \"default\"\n"),
               Catch::Contains("p.toml:3:12: compare.room.scenario: no-such-thing: no such scenario file"));
    CHECK_THAT(ErrorOf("[compare]\n[[compare.room]]\ncaption = \"x\"\n[[compare.room]]\nscenario = \"default\"\n"),
               Catch::Contains("needs 'scenario'"));
    CHECK_THAT(ErrorOf("[scenario]\nname = \"x\"\n"), Catch::Contains("unknown key 'scenario' in [top level of a compare preset]"));
    CHECK_THAT(ErrorOf("[compare\n"), Catch::Contains("p.toml:1:"));
}

TEST_CASE("a room's scenario is found next to the preset first, and its errors say where both are", "[app][compare]") {
    TempFolder dir;
    dir.Write("mine.toml", "[scenario]\nname = \"Next to it\"\n[caregiver]\nsensitivity = 3\n");
    dir.Write("bad.toml", "[caregiver]\nsensitivity = 12\n");
    const std::string good = dir.Write("good.toml", "[compare]\n[[compare.room]]\nscenario = \"mine.toml\"\n[[compare.room]]\nscenario = \"default\"\n");
    const ComparePreset p = LoadComparePreset(good);
    CHECK(p.name == "good");  // no name given: the file's
    CHECK(p.rooms[0].caption == "Next to it");
    CHECK(p.rooms[0].scenario.sim.history.caregiver.sensitivity == 3.0);
    const std::string bad = dir.Write("uses-bad.toml", "[compare]\n[[compare.room]]\nscenario = \"bad.toml\"\n[[compare.room]]\nscenario = \"default\"\n");
    try {
        LoadComparePreset(bad);
        FAIL("a room whose scenario is out of range must not load");
    } catch (const sb::ScenarioError& e) {
        CHECK_THAT(e.what(), Catch::Contains("uses-bad.toml:3:12: compare.room.scenario:"));
        CHECK_THAT(e.what(), Catch::Contains("bad.toml:2:15: caregiver.sensitivity = 12 is out of range"));
    }
}

TEST_CASE("the compare option takes one preset or two to four scenarios", "[app][compare]") {
    const ComparePreset named = CompareFromArguments({"history-vs-today"});
    CHECK(named.name == "History vs today");
    const ComparePreset files = CompareFromArguments({"sensitive", "rejecting", "inconsistent"});
    REQUIRE(files.rooms.size() == 3);
    CHECK(files.rooms[2].caption == "Inconsistent caregiver");
    CHECK_THROWS_WITH(CompareFromArguments({"sensitive"}), Catch::Contains("not a compare preset"));
    CHECK_THROWS_WITH(CompareFromArguments({"a", "b", "c", "d", "e"}), Catch::Contains("5 given"));
    CHECK_THROWS_WITH(CompareFromArguments({}), Catch::Contains("0 given"));
    CHECK_THROWS_WITH(LoadComparePreset("no-such-preset"), Catch::Contains("no such compare preset"));
}

TEST_CASE("the shipped presets load and compare what their names promise", "[app][compare]") {
    const std::vector<PresetEntry> presets = ListComparePresets();
    REQUIRE(presets.size() >= 3);
    for (const PresetEntry& e : presets) {
        INFO(e.path);
        const ComparePreset p = LoadComparePreset(e.path);
        CHECK(p.name == e.name);
        CHECK(p.rooms.size() >= 2);
        CHECK(p.rooms.size() <= 4);
        for (const CompareRoom& r : p.rooms) CHECK_FALSE(r.caption.empty());
    }

    const ComparePreset same_infant = LoadComparePreset("same-infant-different-caregivers");
    REQUIRE(same_infant.rooms.size() == 4);
    for (const CompareRoom& r : same_infant.rooms) {
        CHECK(r.scenario.sim.seed == same_infant.rooms[0].scenario.sim.seed);
        CHECK(r.scenario.sim.infant.reactivity == same_infant.rooms[0].scenario.sim.infant.reactivity);
        CHECK(r.scenario.sim.infant.sociability == same_infant.rooms[0].scenario.sim.infant.sociability);
        CHECK(r.scenario.sim.infant.soothability == same_infant.rooms[0].scenario.sim.infant.soothability);
    }
    CHECK(same_infant.rooms[0].scenario.sim.caregiver.acceptance != same_infant.rooms[1].scenario.sim.caregiver.acceptance);

    const ComparePreset same_carer = LoadComparePreset("same-caregiver-different-infants");
    for (const CompareRoom& r : same_carer.rooms) {
        CHECK(r.scenario.sim.caregiver.sensitivity == same_carer.rooms[0].scenario.sim.caregiver.sensitivity);
        CHECK(r.scenario.sim.history.caregiver.acceptance == same_carer.rooms[0].scenario.sim.history.caregiver.acceptance);
    }
    CHECK(same_carer.rooms[0].scenario.sim.seed != same_carer.rooms[1].scenario.sim.seed);

    const ComparePreset history = LoadComparePreset("history-vs-today");
    REQUIRE(history.rooms.size() == 2);
    const sb::CaregiverDef& a = history.rooms[0].scenario.sim.caregiver;
    const sb::CaregiverDef& b = history.rooms[1].scenario.sim.caregiver;
    CHECK(a.sensitivity == b.sensitivity);
    CHECK(a.consistency == b.consistency);
    CHECK(a.acceptance == b.acceptance);
    CHECK(a.frightening == b.frightening);
    CHECK(history.rooms[0].scenario.sim.history.caregiver.acceptance > history.rooms[1].scenario.sim.history.caregiver.acceptance);
}

TEST_CASE("one clock: every room takes the same steps, plays, pauses and changes speed together", "[app][compare]") {
    CompareSession s(ParseComparePreset(kTwoRooms, "p.toml"), 4.0, false);
    for (int i = 0; i < 30; ++i) s.Advance(1.0 / 30.0);
    CHECK(s.Run(0).Sim().StepCount() == s.Run(1).Sim().StepCount());
    CHECK(s.Run(0).Sim().StepCount() > 30);
    s.Run(1).SetPaused(true);  // out of step: the next command brings both to one state
    s.Apply({Transport::PlayPause});
    CHECK(s.Run(0).Paused());
    CHECK(s.Run(1).Paused());
    s.Apply({Transport::PlayPause});
    CHECK_FALSE(s.Run(1).Paused());
    s.Run(1).SetSpeed(1.0);
    s.Apply({Transport::Faster});
    CHECK(s.Run(0).Speed() == 8.0);
    CHECK(s.Run(1).Speed() == 8.0);
    const auto before = s.Run(0).Sim().StepCount();
    s.Apply({Transport::StepOnce});
    CHECK(s.Paused());
    CHECK(s.Run(0).Sim().StepCount() == before + 1);
    CHECK(s.Run(1).Sim().StepCount() == before + 1);
}

TEST_CASE("jumps take every room: to an episode's start in each run, or to one moment", "[app][compare]") {
    CompareSession s(ParseComparePreset(kTwoRooms, "p.toml"), 1.0, true);
    s.Apply({Transport::JumpToEpisode, 5});
    CHECK(s.Run(0).Sim().Now().episode == 5);
    CHECK(s.Run(1).Sim().Now().episode == 5);
    s.JumpToTime(100.0);
    CHECK(s.Run(0).Sim().Time() == Approx(100.0).margin(0.11));
    CHECK(s.Run(0).Sim().StepCount() == s.Run(1).Sim().StepCount());
    CHECK(s.Paused());
    s.Apply({Transport::JumpToEpisode, 9});  // not in the procedure: nothing moves
    CHECK(s.Run(0).Sim().Time() == Approx(100.0).margin(0.11));
    s.Apply({Transport::Restart});
    CHECK(s.Run(1).Sim().StepCount() == 0);
}

TEST_CASE("each room's verdict appears when its run ends, from its own coder", "[app][compare]") {
    CompareSession s(ParseComparePreset(kTwoRooms, "p.toml"), 1.0, true);
    CHECK(VerdictText(s.Run(0)).empty());
    PlayToEnd(s.Run(0));
    PlayToEnd(s.Run(1));
    for (int i = 0; i < 2; ++i) {
        const sb::Classification& c = s.Run(i).Coded().classification;
        const std::string v = VerdictText(s.Run(i));
        CHECK_FALSE(v.empty());
        if (c.classifiable && c.group != 'D') CHECK(v == c.subgroup);
        if (c.group == 'D') CHECK(VerdictText(s.Run(i), true) == "D");
        CHECK(VerdictText(s.Run(i), true).size() <= 2);
    }
    CHECK(s.AllFinished());
    CHECK(CompareColour(0).b != CompareColour(1).b);
    CHECK_THROWS(CompareSession(ComparePreset{}, 1.0, true));
}

// The lesson the history-vs-today preset is for: after a rejecting first year the infant shows far
// less distress in the second separation than after a sensitive one, while what it feels is as high.
TEST_CASE("history vs today: the rejecting year's infant feels the separation without showing it", "[app][compare]") {
    CompareSession s(LoadComparePreset("history-vs-today"), 1.0, true);
    s.Apply({Transport::JumpToEpisode, 7});  // the history now holds the last two minutes of episode 6
    const auto arousal = [](const sb::InfantInner& in) { return in.arousal; };
    const auto shown = [](const sb::InfantInner& in) { return in.expressed; };
    const double felt_sensitive = MeanIn(s.Run(0).Hidden(), 6, arousal);
    const double felt_rejecting = MeanIn(s.Run(1).Hidden(), 6, arousal);
    const double shown_sensitive = MeanIn(s.Run(0).Hidden(), 6, shown);
    const double shown_rejecting = MeanIn(s.Run(1).Hidden(), 6, shown);
    INFO("felt " << felt_sensitive << " / " << felt_rejecting << ", shown " << shown_sensitive << " / " << shown_rejecting);
    CHECK(felt_rejecting > 0.4);
    CHECK(felt_rejecting - shown_rejecting > felt_sensitive - shown_sensitive + 0.1);
}
