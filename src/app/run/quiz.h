// Quiz, "code this infant": items drawn from a population (or one scenario with a fresh seed), the
// student's scores of the reunion scales and classification set beside the observer's, and a
// running tally across items that can be saved as CSV. No drawing here: the window's quiz tab
// (app/panel/quiz_panel) shows it.
#pragma once

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "coding/coding.h"
#include "scenario/scenario.h"

namespace sb::app {

// The scales a student scores in each reunion, in the order the quiz asks them.
inline constexpr int kQuizScales = 4;  // PS CM RS AV
const char* QuizScaleAbbrev(int scale);
inline constexpr int kQuizReunions = 2;  // the first and the last reunion of the protocol
inline constexpr int kQuizMinScore = 1;
inline constexpr int kQuizMaxScore = 7;

// One infant to code. `scenario` is what the window plays; its name says nothing about the caregiver.
struct QuizItem {
    int number = 0;                 // 1, 2, ... in the order drawn
    std::uint64_t dyad_seed = 0;    // the draw and the run: the item can be played again from these
    Scenario scenario;
    std::string drawn_from;         // the population's (or scenario's) name, for the tally
    Coding coding;                  // the observer's coding of the whole run
    std::array<int, kQuizReunions> reunions{};  // episode numbers (5 and 8 in the standard procedure)
    std::string working_model;      // the infant's working model in one sentence (hidden: shown after)
};

// Draws the items of one quiz. With a [population] each item's parameters are drawn from it (as a
// batch draws its dyads); without one every item is the scenario's dyad with a new seed.
class QuizDeck {
public:
    // `source` is the population (or scenario); `seed` decides every item drawn, in order.
    QuizDeck(Scenario source, std::uint64_t seed);
    QuizItem Draw();
    const std::string& SourceName() const { return source_.name; }

private:
    Scenario source_;
    std::mt19937_64 seeds_;
    int drawn_ = 0;
};

// The student's answer. A scale left at 0 is unanswered; group '?' is unanswered.
struct QuizAnswer {
    std::array<std::array<int, kQuizScales>, kQuizReunions> scales{};
    char group = '?';
    std::string subgroup;  // optional: "" or A1 A2 B1 B2 B3 B4 C1 C2
    // Every scale scored 1-7 and a group chosen.
    bool Complete() const;
};

// The subgroups a student may pick for a group ("A1", "A2"; for D none — D's best fit is not asked).
std::vector<std::string> SubgroupsOf(char group);

// One scale of one reunion, the student's score beside the coder's.
struct QuizScaleResult {
    int reunion = 0;        // episode number
    int scale = 0;          // 0..3: PS CM RS AV
    int student = 0;
    int coder = 0;
    std::string why;        // the coder's reason
    double at_s = -1.0;     // the moment that set the coder's score, -1 if none
    double episode_start_s = 0.0;
    int Difference() const { return student - coder; }
};

struct QuizResult {
    std::vector<QuizScaleResult> scales;  // reunion by reunion, PS CM RS AV
    char student_group = '?';
    std::string student_subgroup;
    char coder_group = '?';
    std::string coder_subgroup;
    std::string coder_reason;
    bool GroupAgrees() const { return student_group == coder_group; }
    // Subgroups agree when both were given and are the same; unanswered is not a disagreement.
    bool SubgroupGiven() const { return !student_subgroup.empty(); }
    bool SubgroupAgrees() const { return SubgroupGiven() && student_subgroup == coder_subgroup; }
    double MeanAbsDifference() const;
};

// Sets the answer beside the item's coding. Throws std::invalid_argument for an incomplete answer.
QuizResult MarkAnswer(const QuizItem& item, const QuizAnswer& answer);

// Where a replay of a coder's moment starts: 2 s before it, not before its episode.
double QuizReplayFrom(const QuizScaleResult& r);

// The items answered so far and how the student did.
class QuizTally {
public:
    void Add(const QuizItem& item, const QuizResult& result);
    int Items() const { return static_cast<int>(rows_.size()); }
    int GroupsAgreed() const;
    // Agreement on the classification, 0..1 (0 with no items).
    double Agreement() const;
    // Mean absolute difference over every scale of every item (0 with no items).
    double MeanAbsDifference() const;
    // One header line and a line an item: the answer, the coder's, and the hidden caregiving.
    std::string Csv() const;
    // Writes Csv() to `path` atomically: the whole file or, on failure, the old one untouched.
    void Save(const std::string& path) const;

private:
    struct Row {
        int number = 0;
        std::uint64_t dyad_seed = 0;
        std::string source;
        CaregiverDef history;   // her caregiving in the first year, as drawn
        CaregiverDef today;
        QuizResult result;
        std::array<int, kQuizReunions> reunions{};
    };
    std::vector<Row> rows_;
};

}  // namespace sb::app
