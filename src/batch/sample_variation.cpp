// Shares by best fit, consecutive samples, and within- against between-population variation.
#include "batch/sample_variation.h"

#include <cmath>

#include "batch/stats.h"

namespace sb {

std::map<char, double> BestFitShares(const std::vector<DyadFacts>& dyads) {
    std::map<char, int> count{{'A', 0}, {'B', 0}, {'C', 0}};
    int classified = 0;
    for (const DyadFacts& f : dyads) {
        if (!f.classified || !count.count(f.best_fit)) continue;
        ++classified;
        ++count[f.best_fit];
    }
    std::map<char, double> out;
    for (const auto& [g, k] : count) out[g] = Percent(k, classified);
    return out;
}

std::vector<std::vector<DyadFacts>> ConsecutiveSamples(const std::vector<DyadFacts>& dyads, int size) {
    std::vector<std::vector<DyadFacts>> out;
    if (size <= 0) return out;
    const std::size_t n = static_cast<std::size_t>(size);
    for (std::size_t at = 0; at + n <= dyads.size(); at += n)
        out.emplace_back(dyads.begin() + static_cast<std::ptrdiff_t>(at), dyads.begin() + static_cast<std::ptrdiff_t>(at + n));
    return out;
}

std::optional<double> ShareVariation::Ratio() const {
    if (!within || !between || *between <= 0.0) return std::nullopt;
    return *within / *between;
}

ShareVariation WithinBetween(const std::vector<std::vector<double>>& sample_shares, const std::vector<double>& overall) {
    ShareVariation v;
    std::vector<double> sds;
    bool every_population_has_two = !sample_shares.empty();
    for (const std::vector<double>& shares : sample_shares) {
        every_population_has_two = every_population_has_two && shares.size() >= 2;
        sds.push_back(StdDev(shares));
    }
    if (every_population_has_two) v.within = Mean(sds);
    if (overall.size() >= 2) v.between = StdDev(overall);
    return v;
}

double SamplingSd(double share_pct, int n) {
    if (n <= 0) return 0.0;
    const double p = share_pct / 100.0;
    return 100.0 * std::sqrt(p * (1.0 - p) / n);
}

}  // namespace sb
