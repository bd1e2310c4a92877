// Quiz logic: items drawn reproducibly from a population with names that say nothing of the
// caregiver, answers marked against the observer's coding, and the tally and its CSV.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/run/quiz.h"
#include "record/export_error.h"
#include "scenario/scenario.h"

using namespace sb;
using namespace sb::app;

namespace {

// The coder's own scores and group as an answer: full agreement.
QuizAnswer CodersAnswer(const QuizItem& item) {
    QuizAnswer a;
    for (int i = 0; i < kQuizReunions; ++i) {
        const InteractiveScales& m = item.coding.Episode(item.reunions[i])->to_caregiver;
        a.scales[i] = {m.ps.value, m.cm.value, m.rs.value, m.av.value};
    }
    a.group = item.coding.classification.group;
    a.subgroup = item.coding.classification.subgroup;
    return a;
}

std::size_t Commas(const std::string& line) { return static_cast<std::size_t>(std::count(line.begin(), line.end(), ',')); }

}  // namespace

TEST_CASE("quiz items are drawn from the population, reproducibly, under a neutral name") {
    const Scenario pop = LoadScenario("population-lowrisk");
    REQUIRE(pop.population.enabled);
    QuizDeck a(pop, 7), b(pop, 7);
    const QuizItem a1 = a.Draw(), a2 = a.Draw();
    const QuizItem b1 = b.Draw();
    CHECK(a1.number == 1);
    CHECK(a2.number == 2);
    CHECK(a1.dyad_seed == b1.dyad_seed);
    CHECK(a1.scenario.sim.history.caregiver.sensitivity == b1.scenario.sim.history.caregiver.sensitivity);
    CHECK(a1.dyad_seed != a2.dyad_seed);
    // Drawn, not the population's base values, and different between items.
    CHECK(a1.scenario.sim.history.caregiver.sensitivity != a2.scenario.sim.history.caregiver.sensitivity);
    CHECK(a1.scenario.name == "Quiz item 1");
    CHECK(a1.scenario.description.empty());
    CHECK_FALSE(a1.scenario.population.enabled);
    CHECK(a1.reunions == std::array<int, 2>{5, 8});
    CHECK(a1.coding.Episode(8));
    CHECK(a1.coding.Episode(8)->complete);
    CHECK(!a1.working_model.empty());
}

TEST_CASE("a quiz from a single scenario keeps its dyad and draws new seeds") {
    const Scenario s = LoadScenario("rejecting");
    QuizDeck deck(s, 3);
    const QuizItem i1 = deck.Draw(), i2 = deck.Draw();
    CHECK(i1.scenario.sim.caregiver.acceptance == s.sim.caregiver.acceptance);
    CHECK(i1.scenario.sim.seed == i1.dyad_seed);
    CHECK(i1.dyad_seed != i2.dyad_seed);
    CHECK(i1.scenario.name.find("ejecting") == std::string::npos);
}

TEST_CASE("an answer is marked against the coder, scale by scale") {
    QuizDeck deck(LoadScenario("population-lowrisk"), 11);
    const QuizItem item = deck.Draw();
    QuizAnswer answer = CodersAnswer(item);
    const QuizResult same = MarkAnswer(item, answer);
    REQUIRE(same.scales.size() == static_cast<std::size_t>(kQuizReunions * kQuizScales));
    CHECK(same.MeanAbsDifference() == 0.0);
    CHECK(same.GroupAgrees());
    CHECK(same.SubgroupAgrees());
    for (const QuizScaleResult& r : same.scales) {
        CHECK(!r.why.empty());
        CHECK(QuizReplayFrom(r) >= r.episode_start_s);
        if (r.at_s >= 0.0) CHECK(QuizReplayFrom(r) <= r.at_s);
    }

    // One scale off by 3, another by 1, and the wrong group: mean 4/8.
    answer.scales[0][3] = answer.scales[0][3] <= 4 ? answer.scales[0][3] + 3 : answer.scales[0][3] - 3;
    answer.scales[1][0] = answer.scales[1][0] == 7 ? 6 : answer.scales[1][0] + 1;
    answer.group = answer.group == 'A' ? 'C' : 'A';
    answer.subgroup.clear();
    const QuizResult off = MarkAnswer(item, answer);
    CHECK(off.MeanAbsDifference() == Approx(0.5));
    CHECK_FALSE(off.GroupAgrees());
    CHECK_FALSE(off.SubgroupGiven());

    QuizAnswer incomplete = answer;
    incomplete.scales[1][2] = 0;
    CHECK_FALSE(incomplete.Complete());
    CHECK_THROWS_AS(MarkAnswer(item, incomplete), std::invalid_argument);
    incomplete = answer;
    incomplete.group = '?';
    CHECK_THROWS_AS(MarkAnswer(item, incomplete), std::invalid_argument);
}

TEST_CASE("the tally counts agreement and scale differences and saves them as CSV, whole or not at all") {
    QuizDeck deck(LoadScenario("population-lowrisk"), 5);
    QuizTally tally;
    CHECK(tally.Agreement() == 0.0);
    const QuizItem first = deck.Draw();
    tally.Add(first, MarkAnswer(first, CodersAnswer(first)));
    const QuizItem second = deck.Draw();
    QuizAnswer wrong = CodersAnswer(second);
    wrong.group = wrong.group == 'B' ? 'A' : 'B';
    wrong.scales[0][0] = wrong.scales[0][0] == 1 ? 3 : 1;
    const QuizResult second_result = MarkAnswer(second, wrong);
    tally.Add(second, second_result);
    CHECK(tally.Items() == 2);
    CHECK(tally.GroupsAgreed() == 1);
    CHECK(tally.Agreement() == Approx(0.5));
    CHECK(tally.MeanAbsDifference() == Approx(second_result.MeanAbsDifference() / 2.0));

    const std::string csv = tally.Csv();
    std::istringstream lines(csv);
    std::string header, row1, row2, extra;
    REQUIRE(std::getline(lines, header));
    REQUIRE(std::getline(lines, row1));
    REQUIRE(std::getline(lines, row2));
    CHECK_FALSE(std::getline(lines, extra));
    CHECK(Commas(row1) == Commas(header));
    CHECK(Commas(row2) == Commas(header));
    CHECK(row1.rfind("1,Low-risk population,", 0) == 0);
    CHECK(row2.find(std::string(",") + second_result.student_group + ",") != std::string::npos);

    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "securebase-quiz-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string file = (dir / "tally.csv").string();
    tally.Save(file);
    std::ifstream in(file);
    std::ostringstream back;
    back << in.rdbuf();
    CHECK(back.str() == csv);
    // A folder that does not exist: an error naming the path, and nothing written.
    CHECK_THROWS_AS(tally.Save((dir / "missing" / "tally.csv").string()), ExportError);
    CHECK_FALSE(std::filesystem::exists(dir / "missing"));
    std::filesystem::remove_all(dir);
}
