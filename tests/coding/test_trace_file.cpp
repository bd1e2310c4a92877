// The trace file: what the simulation writes, the observer reads back unchanged; an empty,
// truncated or foreign file is a clear error, never a crash.
#include <catch2/catch.hpp>

#include "coding/coder.h"
#include "procedure_scenes.h"
#include "record/trace_csv.h"
#include "record/run_outputs.h"

using namespace sb;
using Catch::Matchers::Contains;

TEST_CASE("a trace survives the round trip through its CSV file", "[trace]") {
    SimulationDef def;
    def.seed = 4;
    const RunResult run = RunAndMeasure(def, 1, true);
    const std::string csv = TraceToCsv(run.trace);
    const VisibleTrace back = TraceFromCsv(csv, "t.csv");
    REQUIRE(back.frames.size() == run.trace.frames.size());
    REQUIRE(back.events.size() == run.trace.events.size());
    REQUIRE(back.header.seed == 4);
    for (std::size_t i = 0; i < back.frames.size(); i += 97) {
        REQUIRE(back.frames[i].episode == run.trace.frames[i].episode);
        REQUIRE(back.frames[i].Infant().action == run.trace.frames[i].Infant().action);
        REQUIRE(back.frames[i].Caregiver().present == run.trace.frames[i].Caregiver().present);
        REQUIRE(back.frames[i].Infant().pos.x == Approx(run.trace.frames[i].Infant().pos.x).margin(0.001));
    }
    // The coder reaches the same verdict from the file as from the run.
    const Coding from_file = CodeTrace(back);
    REQUIRE(from_file.classification.subgroup == run.coding.classification.subgroup);
    REQUIRE(from_file.Episode(5)->to_caregiver.ps.value == run.coding.Episode(5)->to_caregiver.ps.value);
}

TEST_CASE("the trace holds only visible behaviour", "[trace]") {
    SimulationDef def;
    const RunResult run = RunAndMeasure(def, 1, true);
    const std::string csv = TraceToCsv(run.trace);
    const std::string header = csv.substr(0, csv.find("\n", csv.find("\nt,")  + 1));
    for (const char* hidden : {"arousal", "security", "sensitivity", "consistency", "wariness", "attachment"}) {
        INFO(hidden);
        REQUIRE(header.find(hidden) == std::string::npos);
    }
}

TEST_CASE("an empty trace is a clear error", "[trace][errors]") {
    REQUIRE_THROWS_WITH(TraceFromCsv("", "empty.csv"), Contains("empty.csv:1: the trace file is empty"));
}

TEST_CASE("a foreign file is a clear error", "[trace][errors]") {
    REQUIRE_THROWS_WITH(TraceFromCsv("a,b,c\n1,2,3\n", "other.csv"), Contains("other.csv:1: not a securebase trace"));
}

TEST_CASE("a truncated trace names the line where it breaks off", "[trace][errors]") {
    SimulationDef def;
    const RunResult run = RunAndMeasure(def, 1, true);
    std::string csv = TraceToCsv(run.trace);
    csv.resize(csv.size() / 2);  // cut mid-line
    int lines = 0;
    for (char ch : csv) lines += ch == '\n';
    REQUIRE_THROWS_WITH(TraceFromCsv(csv, "cut.csv"), Contains("cut.csv:" + std::to_string(lines + 1) + ": expected") &&
                                                           Contains("truncated"));
    // Cut after the header: a header with no rows.
    const std::string head = csv.substr(0, csv.find("\n", csv.find("\nt,") + 1) + 1);
    REQUIRE_THROWS_WITH(TraceFromCsv(head, "head.csv"), Contains("no rows"));
    // Cut inside the comment lines: no header at all.
    REQUIRE_THROWS_WITH(TraceFromCsv(csv.substr(0, 60), "tiny.csv"), Contains("tiny.csv"));
}

TEST_CASE("an unknown behaviour name is an error naming the line", "[trace][errors]") {
    SimulationDef def;
    const RunResult run = RunAndMeasure(def, 1, true);
    std::string csv = TraceToCsv(run.trace);
    const auto at = csv.find("exploring");
    REQUIRE(at != std::string::npos);
    csv.replace(at, 9, "dancing!!");
    REQUIRE_THROWS_WITH(TraceFromCsv(csv, "bad.csv"), Contains("unknown infant action 'dancing!!'"));
}

TEST_CASE("a trace that stops mid-procedure is coded as far as it goes", "[trace][edge]") {
    SimulationDef def;
    Simulation sim(def);
    VisibleTrace trace = StartTrace(sim);
    AppendFrame(trace, sim.Now(), sim.AllEvents());
    while (sim.Now().episode < 6) {
        sim.Step();
        AppendFrame(trace, sim.Now(), sim.StepEvents());
    }
    const Coding c = CodeTrace(trace);
    REQUIRE(c.episodes.size() == 6);
    REQUIRE_FALSE(c.episodes.back().complete);
    REQUIRE(c.Episode(5)->to_caregiver.scored);
    REQUIRE_FALSE(c.classification.classifiable);
}

TEST_CASE("coding a run in memory and coding its trace file agree exactly", "[trace][determinism]") {
    // The trace in memory is kept on the file's decimal grid, so no threshold can fall differently.
    for (std::uint64_t seed = 1; seed <= 25; ++seed) {
        SimulationDef def;
        def.seed = seed;
        def.caregiver.consistency = def.history.caregiver.consistency = 0.3 + 0.025 * static_cast<double>(seed);
        const RunResult run = RunAndMeasure(def, 1, true);
        const Coding from_file = CodeTrace(TraceFromCsv(TraceToCsv(run.trace), "t.csv"));
        INFO("seed " << seed);
        REQUIRE(from_file.classification.subgroup == run.coding.classification.subgroup);
        REQUIRE(from_file.disorganization.rating == run.coding.disorganization.rating);
        REQUIRE(from_file.episodes.size() == run.coding.episodes.size());
        for (std::size_t k = 0; k < from_file.episodes.size(); ++k) {
            const EpisodeCoding& a = from_file.episodes[k];
            const EpisodeCoding& b = run.coding.episodes[k];
            REQUIRE(a.duration_s == b.duration_s);
            for (auto scale : {&InteractiveScales::ps, &InteractiveScales::cm, &InteractiveScales::rs, &InteractiveScales::av,
                               &InteractiveScales::di}) {
                REQUIRE((a.to_caregiver.*scale).value == (b.to_caregiver.*scale).value);
                REQUIRE((a.to_stranger.*scale).value == (b.to_stranger.*scale).value);
            }
            REQUIRE(a.search.value == b.search.value);
            REQUIRE(a.intervals.size() == b.intervals.size());
        }
    }
}

TEST_CASE("impossible values in a trace are errors naming the line, not silently coded", "[trace][errors]") {
    SimulationDef def;
    const RunResult run = RunAndMeasure(def, 1, true);
    const std::string csv = TraceToCsv(run.trace);
    // The 10th data row, edited field by field.
    const std::size_t header_end = csv.find('\n', csv.find("\nt,") + 1) + 1;
    std::size_t row = header_end;
    for (int i = 0; i < 9; ++i) row = csv.find('\n', row) + 1;
    const std::size_t row_end = csv.find('\n', row);
    int line = 1;
    for (std::size_t i = 0; i < row; ++i) line += csv[i] == '\n';
    auto with_field = [&](int field, const std::string& value) {
        std::string r = csv.substr(row, row_end - row);
        std::size_t a = 0;
        for (int k = 0; k < field; ++k) a = r.find(',', a) + 1;
        const std::size_t b = r.find(',', a);
        r.replace(a, b - a, value);
        return csv.substr(0, row) + r + csv.substr(row_end);
    };
    const std::string at = "bad.csv:" + std::to_string(line) + ":";
    REQUIRE_THROWS_WITH(TraceFromCsv(with_field(1, "nan"), "bad.csv"), Contains(at) && Contains("episode"));
    REQUIRE_THROWS_WITH(TraceFromCsv(with_field(1, "200"), "bad.csv"), Contains("out of range"));
    REQUIRE_THROWS_WITH(TraceFromCsv(with_field(0, "1e9"), "bad.csv"), Contains(at) && Contains("t = 1e9"));
    REQUIRE_THROWS_WITH(TraceFromCsv(with_field(0, "0.0"), "bad.csv"), Contains("time does not increase"));
    REQUIRE_THROWS_WITH(TraceFromCsv(with_field(12, "7"), "bad.csv"), Contains("cry = 7 is out of range"));
    REQUIRE_THROWS_WITH(TraceFromCsv(with_field(13, "yes"), "bad.csv"), Contains("vocalising must be 0 or 1"));
    REQUIRE_THROWS_WITH(TraceFromCsv(with_field(5, "inf"), "bad.csv"), Contains("x = inf is out of range"));
}
