// Classification shares of samples and how much they vary: within one population (consecutive
// samples of a fixed size) against between populations — the comparison van IJzendoorn &
// Kroonenberg (1988) made for countries, which found variation within countries about 1.5 times
// that between them.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "batch/dyad_facts.h"

namespace sb {

// Percentages of A, B and C among the dyads the observer could classify, each D infant counted in
// its best-fitting group: the shares of samples classified without D, as the cross-cultural
// samples were. Empty maps give 0 for every group.
std::map<char, double> BestFitShares(const std::vector<DyadFacts>& dyads);

// The dyads cut into consecutive samples of `size` in their order; a remainder too small for a
// whole sample is left out, so every sample is the same size.
std::vector<std::vector<DyadFacts>> ConsecutiveSamples(const std::vector<DyadFacts>& dyads, int size);

struct ShareVariation {
    std::optional<double> within;   // mean over populations of the SD of their samples' shares
    std::optional<double> between;  // SD of the populations' overall shares
    // within / between; nothing when either is undefined or the populations do not differ at all.
    std::optional<double> Ratio() const;
};

// `sample_shares[p]` holds population p's samples' shares of one group and `overall[p]` its share
// over all its dyads. Within needs at least two samples in every population; between needs at
// least two populations. SDs are sample SDs (divisor n - 1) in both, so they compare like with like.
ShareVariation WithinBetween(const std::vector<std::vector<double>>& sample_shares, const std::vector<double>& overall);

// The SD, in percentage points, of a share of `share_pct` percent among `n` dyads drawn at random
// from one population: sqrt(p (1 - p) / n). How much samples of one place vary by chance alone.
double SamplingSd(double share_pct, int n);

}  // namespace sb
