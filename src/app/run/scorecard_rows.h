// Scorecard rows: the observer's coding laid out as the scorecard shows it — one row per scored
// episode (2-8), five interactive scales toward each adult, search and crying — with every cell
// saying whether it is scored, final or still provisional. Plain data, so the layout is decided
// once and the drawing code only draws.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "coding/coding.h"

namespace sb::app {

// The interactive scales in the order of the columns (Ainsworth et al. 1978).
enum class Scale { PS, CM, RS, AV, DI };
inline constexpr int kScaleCount = 5;
const char* ScaleAbbrev(Scale s);  // "PS"
const char* ScaleName(Scale s);    // "Proximity and contact seeking"

enum class Toward { Caregiver, Stranger };

// Where an episode stands in the run the coding came from.
enum class EpisodeProgress { NotReached, Running, Done };

struct ScoreCell {
    bool scored = false;       // false: not scored in this episode (or not reached yet)
    bool provisional = false;  // the episode is still running: the score can still rise
    const ScaleScore* score = nullptr;  // into the Coding the rows were built from
};

struct ScorecardRow {
    int number = 0;
    std::string name;          // "First reunion"
    std::string short_name;    // "Reunion 1", for the narrow row header
    EpisodeProgress progress = EpisodeProgress::NotReached;
    double start_s = 0.0;      // once reached
    double duration_s = 0.0;   // so far, while running
    bool curtailed = false;
    bool extended = false;
    std::array<ScoreCell, kScaleCount> caregiver;
    std::array<ScoreCell, kScaleCount> stranger;
    ScoreCell search;
    int crying_intervals = 0;
    int intervals = 0;         // 0 until the episode is reached
    double crying_s = 0.0;     // in all
    double first_cry_s = -1.0; // start of the first 15-s interval with crying; -1 if none

    const ScoreCell& Cell(Toward who, Scale s) const {
        return (who == Toward::Caregiver ? caregiver : stranger)[static_cast<int>(s)];
    }
    // The score in a scale or search column; nullptr for the crying column.
    const ScoreCell* CellAt(int column) const;
    // The moment behind a cell (what set the score, or the first crying); -1 if there is none.
    double MomentAt(int column) const;
};

// A cell of the card: an episode and a column. Columns 0-4 are PS..DI toward the caregiver, 5-9
// the same toward the stranger, then search and crying.
inline constexpr int kStrangerColumns = kScaleCount;
inline constexpr int kSearchColumn = 2 * kScaleCount;
inline constexpr int kCryingColumn = kSearchColumn + 1;
inline constexpr int kColumnCount = kCryingColumn + 1;

struct CellRef {
    int episode = 0;
    int column = -1;
    bool Valid() const { return episode > 0 && column >= 0; }
    bool operator==(const CellRef& o) const { return episode == o.episode && column == o.column; }
};

inline bool IsScaleColumn(int column) { return column >= 0 && column < kSearchColumn; }
inline Toward ColumnPerson(int column) { return column < kStrangerColumns ? Toward::Caregiver : Toward::Stranger; }
inline Scale ColumnScale(int column) { return static_cast<Scale>(column % kScaleCount); }
// "avoidance (AV) toward the caregiver", "search", "crying"
std::string DescribeColumn(int column);

// Episodes 2-8 (1 is not scored), present or not yet reached. The rows point into `coding`, which
// must outlive them.
std::vector<ScorecardRow> BuildScorecard(const Coding& coding);

// Both reunions coded to their end: from here on the classification is the one the run will keep
// (short of a rating of D from later behaviour, which cannot come after episode 8).
bool ReunionsComplete(const Coding& coding);

}  // namespace sb::app
