// What the observer produces: per-episode interactive scales, search, 15-s interval codes, the
// disorganization indices with a 1-9 rating, and the classification with its reasons in words.
// Everything here is computed from the visible-behaviour stream alone (see docs/coding.md).
#pragma once

#include <string>
#include <vector>

#include "world/episode_roles.h"
#include "world/visible.h"

namespace sb {

// One score on a 1..7 (or 1..9) scale with the moment that set it and why, in plain words.
struct ScaleScore {
    int value = 1;
    double at_s = -1.0;  // s since the start of the procedure; -1 when nothing set it
    std::string why;
};

// Ainsworth's interactive scales toward one person in one episode.
struct InteractiveScales {
    bool scored = false;  // false where the literature does not score them (or the person was absent)
    ScaleScore ps;        // proximity and contact seeking
    ScaleScore cm;        // contact maintaining
    ScaleScore rs;        // resistance
    ScaleScore av;        // avoidance
    ScaleScore di;        // distance interaction
};

// Crying and exploration in one 15-s interval.
struct IntervalCode {
    double start_s = 0.0;
    double length_s = 0.0;      // 15, or less for the last interval of an episode
    double crying_s = 0.0;      // s with cry intensity >= 0.25
    double peak_cry = 0.0;      // 0..1
    double exploring_s = 0.0;
    bool cried() const { return crying_s >= 1.0; }
};

struct EpisodeCoding {
    int number = 0;
    std::string name;
    double start_s = 0.0;
    double duration_s = 0.0;
    bool complete = false;      // the episode ended inside the trace
    bool curtailed = false;
    bool extended = false;
    InteractiveScales to_caregiver;
    InteractiveScales to_stranger;
    bool search_scored = false;
    ScaleScore search;          // search for the absent caregiver (in the separations)
    std::vector<IntervalCode> intervals;
    double CryingIntervals() const;
};

// The Main & Solomon (1990) indices that can be seen in the stream.
enum class DIndex {
    SequentialContradiction,    // (1) e.g. approaches, then freezes or turns away
    SimultaneousContradiction,  // (2) e.g. approaches with head averted
    InterruptedMovement,        // (3) undirected, misdirected or interrupted movements
    FreezingStilling,           // (5) freezing, stilling, slowed "underwater" movement
    Apprehension,               // (6) direct indices of apprehension of the parent
};
std::string_view ToString(DIndex);

struct DObservation {
    DIndex index = DIndex::FreezingStilling;
    int episode = 0;
    double at_s = 0.0;
    double duration_s = 0.0;
    int severity = 1;           // 1..9, the rating this observation alone would earn
    std::string what;
};

// Main & Solomon (1990): a disorganization rating of 5 or more classifies D.
inline constexpr int kDisorganizedRating = 5;

struct Disorganization {
    int rating = 1;             // 1..9; kDisorganizedRating or more classifies D
    bool Disorganized() const { return rating >= kDisorganizedRating; }
    std::vector<DObservation> observations;
    // The observation `why` cites: the strongest, or a reunion's within a point of it. Meaningless
    // when there are no observations.
    std::size_t strongest = 0;
    std::string why;
};

struct Classification {
    bool classifiable = false;
    char group = '?';           // 'A', 'B', 'C' or 'D' ('?' when not classifiable)
    std::string subgroup;       // A1 A2 B1 B2 B3 B4 C1 C2 (for D: the best-fitting subgroup)
    char best_fit = '?';        // the forced A/B/C; equals group unless D
    double avoidance_dim = 0.0; // -6..6: avoidance (+) versus proximity seeking (-) in the reunions
    double resistance_dim = 0.0;// 0..6: angry resistance (+) versus emotional confidence (0)
    std::vector<std::string> reasons;
};

struct Coding {
    ProtocolRoles roles;        // what each episode was for, as the trace's header said
    std::vector<EpisodeCoding> episodes;
    Disorganization disorganization;
    Classification classification;
    const EpisodeCoding* Episode(int number) const;
};

}  // namespace sb
