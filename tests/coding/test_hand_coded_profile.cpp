// The hand-coded trace profile: a real observation written with only the columns the coder reads,
// sampled every 0.5 s, codes like the full trace; a malformed row names its file, line and column;
// and the report names the codes that rest on what the reader filled in.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "coding/coder.h"
#include "record/run_outputs.h"
#include "record/trace_csv.h"
#include "record/trace_profile.h"

using namespace sb;
using Catch::Matchers::Contains;

namespace {

const char* kHead =
    "# securebase visible-behaviour trace, format 2\n"
    "# profile: hand-coded\n"
    "t,episode,infant_x,infant_y,infant_affect,infant_gaze,infant_action,infant_cry,infant_contact,"
    "caregiver_present,caregiver_x,caregiver_y,stranger_present,stranger_x,stranger_y\n";

std::string ErrorOf(const std::string& text) {
    try {
        TraceFromCsv(text, "hand.csv");
    } catch (const TraceError& e) {
        return e.what();
    }
    return "(no error)";
}

bool Has(const std::vector<std::string>& notes, const std::string& text) {
    return std::any_of(notes.begin(), notes.end(), [&](const std::string& n) { return n.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("a minimal hand-coded trace sampled every 0.5 s codes like the full simulated trace", "[coding][profile]") {
    // The fixture is the default dyad (seed 1) with only the required columns, every fifth
    // instant, positions to the centimetre and the adults' positions unknown while outside.
    std::ifstream in(std::string(SB_TEST_DATA_DIR) + "/coding/data/handcoded_default_dyad.csv", std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    TraceFill fill;
    const VisibleTrace hand = TraceFromCsv(text.str(), "handcoded_default_dyad.csv", &fill);
    REQUIRE(fill.hand_coded);
    REQUIRE(fill.room_assumed);
    REQUIRE(fill.roles_assumed);
    REQUIRE(hand.header.step_s == Approx(0.5));

    SimulationDef def;
    def.seed = 1;
    const RunResult run = RunAndMeasure(def, 1, true);
    REQUIRE(hand.frames.size() == (run.trace.frames.size() + 4) / 5);
    const Coding coded = CodeTrace(hand);
    REQUIRE(coded.classification.group == run.coding.classification.group);
    REQUIRE(coded.classification.subgroup == run.coding.classification.subgroup);
    REQUIRE(coded.disorganization.rating == run.coding.disorganization.rating);
    for (int ep : {5, 8}) {
        INFO("episode " << ep);
        const auto& h = coded.Episode(ep)->to_caregiver;
        const auto& f = run.coding.Episode(ep)->to_caregiver;
        REQUIRE(std::abs(h.ps.value - f.ps.value) <= 1);
        REQUIRE(std::abs(h.cm.value - f.cm.value) <= 1);
        REQUIRE(std::abs(h.rs.value - f.rs.value) <= 1);
        REQUIRE(std::abs(h.av.value - f.av.value) <= 1);
        REQUIRE(std::abs(h.di.value - f.di.value) <= 1);
    }
    // Her entries were derived from her presence: one per reunion, at most one interval late.
    for (int ep : {5, 8}) {
        const auto full_entry = std::find_if(run.trace.events.begin(), run.trace.events.end(), [&](const SimEvent& e) {
            return e.kind == EventKind::Enter && e.who == AgentId::Caregiver && e.episode == ep;
        });
        const auto hand_entry = std::find_if(hand.events.begin(), hand.events.end(), [&](const SimEvent& e) {
            return e.kind == EventKind::Enter && e.who == AgentId::Caregiver && e.episode == ep;
        });
        REQUIRE(full_entry != run.trace.events.end());
        REQUIRE(hand_entry != hand.events.end());
        REQUIRE(hand_entry->t >= full_entry->t - 1e-9);
        REQUIRE(hand_entry->t <= full_entry->t + 0.5 + 1e-9);
    }
}

TEST_CASE("a malformed hand-coded row is an error naming the file, the line and the column", "[coding][profile]") {
    const std::string ok_row = "0.0,1,1.0,1.0,neutral,toy,exploring,0,0,1,0.6,2.3,0,NA,NA\n";
    REQUIRE_NOTHROW(TraceFromCsv(std::string(kHead) + ok_row, "hand.csv"));
    REQUIRE_THAT(ErrorOf(std::string(kHead) + ok_row + "0.5,1,1.0,1.0,happy,toy,exploring,0,0,1,0.6,2.3,0,NA,NA\n"),
                 Contains("hand.csv:5:") && Contains("infant_affect") && Contains("happy") && Contains("positive, neutral"));
    REQUIRE_THAT(ErrorOf(std::string(kHead) + ok_row + "0.5,1,1.0,1.0,neutral,toy\n"),
                 Contains("hand.csv:5:") && Contains("expected 15 cells"));
    REQUIRE_THAT(ErrorOf(std::string(kHead) + ok_row + "0.5,1,1.0,1.0,neutral,toy,exploring,2,0,1,0.6,2.3,0,NA,NA\n"),
                 Contains("hand.csv:5:") && Contains("infant_cry") && Contains("0 to 1"));
    REQUIRE_THAT(ErrorOf(std::string(kHead) + ok_row + "0.5,1,1.0,1.0,neutral,toy,exploring,0,0,NA,0.6,2.3,0,NA,NA\n"),
                 Contains("hand.csv:5:") && Contains("caregiver_present") && Contains("may not be unknown"));
    REQUIRE_THAT(ErrorOf(std::string(kHead) + ok_row + "0.0,1,1.0,1.0,neutral,toy,exploring,0,0,1,0.6,2.3,0,NA,NA\n"),
                 Contains("hand.csv:5:") && Contains("time does not increase"));
    REQUIRE_THAT(ErrorOf(std::string(kHead) + ok_row + "0.5,1,NA,1.0,neutral,toy,exploring,0,0,1,0.6,2.3,0,NA,NA\n"),
                 Contains("hand.csv:5:") && Contains("both or neither"));
    // The column header: a required column left out, an unknown one, one given twice.
    REQUIRE_THAT(ErrorOf("# securebase visible-behaviour trace, format 2\n# profile: hand-coded\nt,episode,infant_x\n0,1,1\n"),
                 Contains("hand.csv:3:") && Contains("requires the column(s) infant_y"));
    REQUIRE_THAT(ErrorOf(std::string("# securebase visible-behaviour trace, format 2\n# profile: hand-coded\n") +
                         "t,episode,infant_mood\n"),
                 Contains("hand.csv:3:") && Contains("unknown column 'infant_mood'"));
    REQUIRE_THAT(ErrorOf("# securebase visible-behaviour trace, format 2\n# profile: hand-coded\nt,t\n"),
                 Contains("hand.csv:3:") && Contains("appears twice"));
    REQUIRE_THAT(ErrorOf("# securebase visible-behaviour trace, format 2\n# profile: by-eye\n"),
                 Contains("hand.csv:2:") && Contains("unknown profile 'by-eye'"));
}

TEST_CASE("unknown cells get neutral values and the notes name the codes resting on them", "[coding][profile]") {
    const std::string text = std::string(kHead) +
                             "0.0,1,1.0,1.0,neutral,NA,exploring,0,0,1,0.6,2.3,0,NA,NA\n"
                             "0.5,1,1.0,1.0,,toy,exploring,0,0,1,0.6,2.3,0,NA,NA\n"
                             "1.0,2,0.7,2.2,positive,caregiver,in_contact,0,1,1,0.6,2.3,1,2.1,2.3\n"
                             "1.5,2,0.7,2.2,positive,caregiver,NA,0,1,1,NA,NA,1,2.1,2.3\n";
    TraceFill fill;
    const VisibleTrace t = TraceFromCsv(text, "hand.csv", &fill);
    REQUIRE(t.frames.size() == 4);
    REQUIRE(t.frames[0].Infant().gaze == GazeTarget::None);
    REQUIRE(t.frames[1].Infant().affect == Affect::Neutral);
    REQUIRE(t.frames[3].Infant().action == VisibleAction::Idle);
    REQUIRE(t.frames[3].Caregiver().pos.x == Approx(0.6));  // the last known position
    REQUIRE(t.frames[3].episode_t == Approx(0.5));            // since the episode's first row
    // Contact goes to the nearest adult in the room; the stranger's entry is derived from her presence.
    REQUIRE(t.frames[2].Caregiver().in_contact);
    REQUIRE_FALSE(t.frames[2].Stranger().in_contact);
    REQUIRE(std::any_of(t.events.begin(), t.events.end(), [](const SimEvent& e) {
        return e.kind == EventKind::Enter && e.who == AgentId::Stranger && e.episode == 2 && e.t == Approx(1.0);
    }));

    const std::vector<std::string> notes = FillNotes(fill, t.frames.size());
    REQUIRE(Has(notes, "no '# room:' line"));
    REQUIRE(Has(notes, "CM to the caregiver rests on filled-in columns: caregiver_contact (not in the file)"));
    REQUIRE(Has(notes, "infant_gaze (unknown in 1 of 4 rows)"));
    REQUIRE(Has(notes, "DI rests on filled-in columns: infant_affect (unknown in 1 of 4 rows)"));
    REQUIRE(Has(notes, "caregiver_x (unknown in 1 of 4 rows)"));
    REQUIRE(Has(notes, "AV to the caregiver rests on filled-in columns: events (not in the file)"));
    // The stranger's position is not counted while she is outside: nothing is read of her there.
    REQUIRE_FALSE(Has(notes, "stranger_x (unknown"));
}

TEST_CASE("a full simulated trace needs no filling", "[coding][profile]") {
    SimulationDef def;
    def.seed = 3;
    const RunResult run = RunAndMeasure(def, 1, true);
    TraceFill fill;
    const VisibleTrace back = TraceFromCsv(TraceToCsv(run.trace), "full.csv", &fill);
    REQUIRE_FALSE(fill.hand_coded);
    REQUIRE(fill.Empty());
    REQUIRE(FillNotes(fill, back.frames.size()).empty());
}
