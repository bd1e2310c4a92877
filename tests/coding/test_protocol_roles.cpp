// The coder scores what each episode is for, as the trace's header says — not by episode number.
// A protocol without a stranger, or with one separation and one reunion, is coded by its own roles;
// the room in the header is the room the coder measures search against.
#include <catch2/catch.hpp>

#include <algorithm>

#include "coding/coder.h"
#include "procedure/protocol.h"
#include "record/trace_csv.h"
#include "sim/simulation.h"

using namespace sb;
using Catch::Matchers::Contains;

namespace {

VisibleTrace RunAndRecord(const SimulationDef& def) {
    Simulation sim(def);
    VisibleTrace trace = StartTrace(sim, "roles test");
    AppendFrame(trace, sim.Now(), sim.AllEvents());
    while (!sim.Finished()) {
        sim.Step();
        AppendFrame(trace, sim.Now(), sim.StepEvents());
    }
    return trace;
}

// Some laboratories leave the stranger out: together, alone, reunion, alone, reunion.
ProtocolDef WithoutStranger() {
    const ProtocolDef standard = DefaultProtocol();
    constexpr auto M = AgentId::Caregiver;
    ProtocolDef p = standard;
    p.episodes.clear();
    EpisodeDef entrance = standard.episodes[0];
    EpisodeDef together = standard.episodes[1];
    together.end = EpisodeEnd::CaregiverOut;
    together.cues.push_back({180.0 - p.exit_lead_s, M, CueKind::LeaveRoom});
    EpisodeDef alone = standard.episodes[5];
    EpisodeDef reunion = standard.episodes[4];
    reunion.cues = {{0.0, M, CueKind::EnterRoom}, {0.0, M, CueKind::GreetInfant}, {180.0 - p.exit_lead_s, M, CueKind::LeaveRoom}};
    EpisodeDef last = standard.episodes[7];
    last.cues = {{0.0, M, CueKind::EnterRoom}, {0.0, M, CueKind::GreetAndPickUp}};
    int number = 0;
    for (EpisodeDef e : {entrance, together, alone, reunion, alone, last}) {
        e.number = ++number;
        p.episodes.push_back(e);
    }
    p.episodes[2].name = "First separation (alone)";
    p.episodes[3].name = "First reunion";
    return p;
}

bool Cites(const Classification& c, const std::string& text) {
    return std::any_of(c.reasons.begin(), c.reasons.end(), [&](const std::string& r) { return r.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("a protocol without a stranger is scored by its roles, not by episode numbers", "[coding][roles]") {
    SimulationDef def;
    def.seed = 3;
    def.protocol = WithoutStranger();
    const VisibleTrace trace = RunAndRecord(def);
    const Coding c = CodeTrace(trace);
    REQUIRE(c.episodes.size() == 6);
    // Toward the caregiver in the episode together and in both reunions (4 and 6)...
    for (int n : {2, 4, 6}) REQUIRE(c.Episode(n)->to_caregiver.scored);
    // ...search in the two separations (3 and 5)...
    for (int n : {3, 5}) {
        REQUIRE(c.Episode(n)->search_scored);
        REQUIRE_FALSE(c.Episode(n)->to_caregiver.scored);
    }
    // ...and nothing toward a stranger who never came.
    for (const EpisodeCoding& e : c.episodes) REQUIRE_FALSE(e.to_stranger.scored);
    REQUIRE(c.classification.classifiable);
    INFO(c.classification.reasons.front());
    REQUIRE(c.Episode(4)->name == "First reunion");

    // Read with the standard roles, the same tape would be scored wrongly: episode 4 would be a
    // separation with a stranger, and the reunion in episode 6 would go unscored.
    VisibleTrace mislabelled = trace;
    mislabelled.header.roles = RolesOf(DefaultProtocol());
    const Coding wrong = CodeTrace(mislabelled);
    REQUIRE_FALSE(wrong.Episode(6)->to_caregiver.scored);
}

TEST_CASE("a shortened protocol with one reunion is classified from that reunion", "[coding][roles]") {
    SimulationDef def;
    def.seed = 5;
    def.protocol.episodes.resize(5);  // entrance .. first reunion
    const Coding c = CodeTrace(RunAndRecord(def));
    REQUIRE(c.episodes.size() == 5);
    REQUIRE(c.classification.classifiable);
    REQUIRE_FALSE(Cites(c.classification, "episode 8"));
    // Every score the reasons cite comes from the one reunion there is.
    REQUIRE(Cites(c.classification, "in episode 5"));
}

TEST_CASE("a protocol with no reunion cannot be classified, and the coder says why", "[coding][roles]") {
    SimulationDef def;
    def.protocol.episodes.resize(4);  // ends with the first separation
    const Coding c = CodeTrace(RunAndRecord(def));
    REQUIRE_FALSE(c.classification.classifiable);
    REQUIRE(Cites(c.classification, "the protocol has no reunion"));
}

TEST_CASE("the trace file carries the room and the roles, and codes exactly like the run", "[coding][roles][trace]") {
    SimulationDef def;
    def.seed = 8;
    def.protocol = WithoutStranger();
    def.room.door = {0.0, 1.2};  // an unusual room: the door further up the left wall
    const VisibleTrace trace = RunAndRecord(def);
    const VisibleTrace back = TraceFromCsv(TraceToCsv(trace), "roles.csv");
    REQUIRE(back.header.room.door.y == 1.2);
    REQUIRE(back.header.roles.episodes.size() == 6);
    for (std::size_t i = 0; i < 6; ++i) {
        const EpisodeRoles& a = trace.header.roles.episodes[i];
        const EpisodeRoles& b = back.header.roles.episodes[i];
        REQUIRE(a.number == b.number);
        REQUIRE(a.name == b.name);
        REQUIRE(a.short_name == b.short_name);
        REQUIRE(a.separation == b.separation);
        REQUIRE(a.reunion == b.reunion);
        REQUIRE(a.scores_caregiver == b.scores_caregiver);
        REQUIRE(a.scores_stranger == b.scores_stranger);
        REQUIRE(a.scores_search == b.scores_search);
        REQUIRE(a.entry_delay_rule == b.entry_delay_rule);
    }
    const Coding in_memory = CodeTrace(trace);
    const Coding from_file = CodeTrace(back);
    REQUIRE(in_memory.classification.subgroup == from_file.classification.subgroup);
    REQUIRE(in_memory.classification.reasons == from_file.classification.reasons);
    for (int n : {3, 5}) REQUIRE(in_memory.Episode(n)->search.value == from_file.Episode(n)->search.value);
}

TEST_CASE("search is measured against the door of the trace's room", "[coding][roles]") {
    SimulationDef def;
    def.seed = 2;
    VisibleTrace trace = RunAndRecord(def);
    const Coding at_door = CodeTrace(trace);
    // The same tape, told that the door is in the far corner, shows no going to the door.
    trace.header.room.door = {2.75, 0.0};
    const Coding elsewhere = CodeTrace(trace);
    int higher = 0;
    for (int n : trace.header.roles.Separations()) higher += at_door.Episode(n)->search.value > elsewhere.Episode(n)->search.value;
    REQUIRE(higher >= 1);
}

TEST_CASE("a format-1 trace, which had no room or roles, is read as the standard procedure", "[trace][roles]") {
    SimulationDef def;
    def.seed = 6;
    const VisibleTrace trace = RunAndRecord(def);
    std::string csv = TraceToCsv(trace);
    // Strip the header lines format 2 added and call it format 1.
    std::string old;
    std::size_t pos = 0;
    while (pos < csv.size()) {
        const std::size_t end = csv.find('\n', pos);
        const std::string line = csv.substr(pos, end - pos + 1);
        if (line.rfind("# room:", 0) != 0 && line.rfind("# episode:", 0) != 0) old += line;
        pos = end + 1;
    }
    old.replace(old.find(", format 2"), 10, ", format 1");
    const VisibleTrace back = TraceFromCsv(old, "old.csv");
    REQUIRE(back.header.roles.Reunions() == std::vector<int>{5, 8});
    REQUIRE(CodeTrace(back).classification.reasons == CodeTrace(trace).classification.reasons);
}

TEST_CASE("a format-2 trace without its room or roles is refused with the line", "[trace][roles]") {
    SimulationDef def;
    const VisibleTrace trace = RunAndRecord(def);
    const std::string csv = TraceToCsv(trace);
    std::string no_room = csv;
    const std::size_t at = no_room.find("# room:");
    no_room.erase(at, no_room.find('\n', at) - at + 1);
    REQUIRE_THROWS_WITH(TraceFromCsv(no_room, "t.csv"), Contains("t.csv:") && Contains("no '# room:' line"));

    std::string bad_role = csv;
    bad_role.replace(bad_role.find("kind=separation"), 15, "kind=holiday");
    REQUIRE_THROWS_WITH(TraceFromCsv(bad_role, "t.csv"), Contains("episode roles: kind: unknown 'holiday'"));
}
