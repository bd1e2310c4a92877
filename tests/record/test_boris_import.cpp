// Importing a BORIS event export: a hand-made export of a secure infant imports into a hand-coded
// trace that codes as secure; mistakes in the export or the mapping name the file and the line.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "coding/coder.h"
#include "record/boris_import.h"
#include "record/trace_csv.h"
#include "record/trace_profile.h"

using namespace sb;
using Catch::Matchers::Contains;

namespace {

std::string Slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::string kMap = std::string(SB_TEST_DATA_DIR) + "/../docs/examples/boris-ssp-mapping.toml";

std::string ImportError(const std::string& events, const BorisMap& map) {
    try {
        BorisToTrace(events, "events.csv", map);
    } catch (const TraceError& e) {
        return e.what();
    }
    return "(no error)";
}

std::string MapError(const std::string& toml) {
    const std::string path = "boris_map_test.toml";
    std::ofstream(path) << toml;
    std::string error = "(no error)";
    try {
        ReadBorisMap(path);
    } catch (const TraceError& e) {
        error = e.what();
    }
    std::remove(path.c_str());
    return error;
}

}  // namespace

TEST_CASE("a hand-made BORIS export of a secure infant imports and codes as secure", "[record][boris]") {
    const BorisMap map = ReadBorisMap(kMap);
    const std::string text = BorisToTrace(Slurp(std::string(SB_TEST_DATA_DIR) + "/record/data/boris_events.csv"), "boris_events.csv", map);
    TraceFill fill;
    const VisibleTrace trace = TraceFromCsv(text, "imported.csv", &fill);
    REQUIRE(fill.hand_coded);
    REQUIRE(trace.frames.size() == 901);  // 0 to 450 s every 0.5 s
    REQUIRE(trace.frames.back().episode == 8);
    // State events are intervals: held from 216 s to 240 s in the first reunion.
    auto at = [&](double t) { return *std::find_if(trace.frames.begin(), trace.frames.end(), [&](const Snapshot& f) { return f.t >= t - 1e-9; }); };
    REQUIRE(at(220).Infant().in_contact);
    REQUIRE(at(220).Caregiver().in_contact);
    REQUIRE_FALSE(at(240).Infant().in_contact);
    REQUIRE(at(160).Infant().cry == Approx(0.6));
    // A point event is an instant: her greeting shows at 211 s only.
    REQUIRE(at(211).Caregiver().action == VisibleAction::Greeting);
    REQUIRE(at(211.5).Caregiver().action == VisibleAction::Idle);
    // Her entries come from her presence.
    for (auto [episode, t] : {std::pair{5, 210.0}, {8, 390.0}})
        REQUIRE(std::any_of(trace.events.begin(), trace.events.end(), [&](const SimEvent& e) {
            return e.kind == EventKind::Enter && e.who == AgentId::Caregiver && e.episode == episode && e.t == Approx(t);
        }));
    const Coding coding = CodeTrace(trace);
    REQUIRE(coding.classification.group == 'B');
    REQUIRE(coding.Episode(5)->to_caregiver.ps.value == 7);
    REQUIRE(coding.Episode(5)->to_caregiver.av.value == 1);
}

TEST_CASE("episodes can start at a marker's point events; CSV or TSV", "[record][boris]") {
    BorisMap map = ReadBorisMap(kMap);
    map.episode_starts_s.clear();
    map.episode_marker = "episode";
    map.end_s = 20;
    const std::string events = "Time,Subject,Behavior,Status\n"
                               "2.0,Mother,episode,POINT\n2.0,Mother,in room,START\n3.0,Baby,explore,START\n"
                               "10.0,Mother,episode,POINT\n10.0,Mother,in room,STOP\n";
    const VisibleTrace t = TraceFromCsv(BorisToTrace(events, "events.csv", map), "imported.csv");
    REQUIRE(t.frames.front().t == Approx(2.0));  // nothing before the first episode
    REQUIRE(t.frames.front().episode == 1);
    REQUIRE(t.frames.back().episode == 2);
    REQUIRE(t.frames.back().t == Approx(20.0));
    // The same export as tab-separated values reads the same.
    std::string tsv = events;
    std::replace(tsv.begin(), tsv.end(), ',', '\t');
    REQUIRE(BorisToTrace(tsv, "events.tsv", map) == BorisToTrace(events, "events.tsv", map));
}

TEST_CASE("mistakes in a BORIS export or its mapping name the file and the line", "[record][boris]") {
    const BorisMap map = ReadBorisMap(kMap);
    const std::string head = "Observation id,Subject,Behavior,Behavior type,Time\n";
    REQUIRE_THAT(ImportError(head + "x,Mother,in room,START,0\nx,Dad,in room,START,1\n", map),
                 Contains("events.csv:3:") && Contains("subject 'Dad'"));
    REQUIRE_THAT(ImportError(head + "x,Baby,juggle,START,1\n", map), Contains("events.csv:2:") && Contains("behaviour 'juggle'"));
    REQUIRE_THAT(ImportError(head + "x,Baby,cry,STOP,1\n", map), Contains("events.csv:2:") && Contains("stops without having started"));
    REQUIRE_THAT(ImportError(head + "x,Baby,cry,BEGIN,1\n", map), Contains("events.csv:2:") && Contains("START, STOP or POINT"));
    REQUIRE_THAT(ImportError(head + "x,Baby,cry,START,5\nx,Baby,cry,STOP,4\n", map), Contains("events.csv:3:") && Contains("time order"));
    REQUIRE_THAT(ImportError(head + "x,Baby,cry,START,soon\n", map), Contains("events.csv:2:") && Contains("Time 'soon'"));
    REQUIRE_THAT(ImportError("Time,Who,What\n1,Baby,cry\n", map), Contains("no column header with Time, Subject, Behavior"));

    REQUIRE_THAT(MapError("step_s = 0.5\n[subjects]\nBaby = \"toddler\"\n"), Contains("boris_map_test.toml:3:") && Contains("'Baby'"));
    REQUIRE_THAT(MapError("[subjects]\nBaby = \"infant\"\n[episodes]\nstarts = [0, 30]\n[behaviours.cry]\ncry = 2.0\n"),
                 Contains("boris_map_test.toml:6:") && Contains("cry must be a number from 0.0 to 1.0"));
    REQUIRE_THAT(MapError("[subjects]\nBaby = \"infant\"\n[episodes]\nstarts = [0, 30]\n[behaviours.cry]\naffect = \"sad\"\n"),
                 Contains("boris_map_test.toml:6:") && Contains("affect must be one of: positive"));
    REQUIRE_THAT(MapError("[subjects]\nBaby = \"infant\"\n[episodes]\nstarts = [0]\nmarker = \"ep\"\n"),
                 Contains("exactly one of 'starts'"));
    REQUIRE_THAT(MapError("[subjects\n"), Contains("boris_map_test.toml:1:") && Contains("TOML syntax error"));
}
