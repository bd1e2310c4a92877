// What the fidelity targets read of one dyad, taken from its result once: the caregiver as she
// cared, the first year's everyday separations, the observer's verdict, and the scores of the
// episodes the targets ask about — found by the episodes' roles (baseline, the stranger's
// separation, the separation alone, the first and last reunion), never by their numbers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "record/run_outputs.h"

namespace sb {

// The interactive scales toward one person in one episode.
struct ScaleValues {
    int ps = 1, cm = 1, rs = 1, av = 1, di = 1;
};

struct DyadFacts {
    bool classified = false;
    char group = '?';             // A, B, C or D
    std::string subgroup;         // A1..C2 (for D: the best-fitting subgroup)
    char best_fit = '?';          // A, B or C: the group itself, or a D infant's forced best fit
    int d_rating = 1;             // 1..9
    double avoidance_dim = 0.0;   // docs/coding.md, "Dimensions"
    double resistance_dim = 0.0;
    // Today's caregiver, as she cared in the procedure.
    double sensitivity = 0.0;
    double consistency = 0.0;
    double acceptance = 0.0;
    double frightening = 0.0;
    // The first year's care ecology: brief everyday separations a week, as drawn.
    double separations_per_week = 0.0;
    bool any_curtailed = false;   // at least one separation cut short
    // The separation spent alone was cut short (nothing when the protocol has none).
    std::optional<bool> alone_curtailed;
    // Caregiver only, before any separation: scales toward her.
    std::optional<ScaleValues> baseline;
    // The first separation with the stranger in the room: the observer's 15-s intervals with
    // crying, her search score, and contact maintaining toward the stranger.
    std::optional<int> stranger_separation_crying_intervals;
    std::optional<int> stranger_separation_search;
    std::optional<int> cm_to_stranger;
    // The first and the last reunion: scales toward the caregiver (no second with a single reunion).
    std::optional<ScaleValues> first_reunion;
    std::optional<ScaleValues> second_reunion;
};

DyadFacts FactsOf(const RunResult& run);
std::vector<DyadFacts> FactsOf(const std::vector<RunResult>& runs);

}  // namespace sb
