// Expanding a sweep into its cells, and the population and seed of each of its dyads.
#include "batch/sweep.h"

#include <numeric>

#include "core/rng.h"

namespace sb {

int SweepDef::Cells() const {
    if (!enabled || factors.empty()) return 0;
    if (design == Design::LatinHypercube) return samples;
    long long cells = 1;
    for (const SweepFactor& f : factors) {
        cells *= static_cast<long long>(f.values.size());
        if (cells > kMaxDyads) return static_cast<int>(kMaxDyads + 1);  // the reader refuses it
    }
    return static_cast<int>(cells);
}

std::vector<std::vector<double>> SweepCells(const SweepDef& sweep, std::uint64_t seed) {
    const int cells = sweep.Cells();
    const std::size_t k = sweep.factors.size();
    std::vector<std::vector<double>> out(static_cast<std::size_t>(cells), std::vector<double>(k));
    if (sweep.design == SweepDef::Design::Grid) {
        for (int c = 0; c < cells; ++c) {
            int rest = c;
            for (std::size_t f = k; f-- > 0;) {
                const int levels = static_cast<int>(sweep.factors[f].values.size());
                out[static_cast<std::size_t>(c)][f] = sweep.factors[f].values[static_cast<std::size_t>(rest % levels)];
                rest /= levels;
            }
        }
        return out;
    }
    // A stream of its own, so the design never shares numbers with any dyad's draws.
    Rng rng(Rng::DeriveSeed(seed, 0x1A7C0000ULL));
    for (std::size_t f = 0; f < k; ++f) {
        std::vector<int> strata(static_cast<std::size_t>(cells));
        std::iota(strata.begin(), strata.end(), 0);
        for (int i = cells - 1; i > 0; --i) {  // Fisher-Yates with our own generator (std::shuffle is not portable)
            const int j = static_cast<int>(rng.NextU64() % static_cast<std::uint64_t>(i + 1));
            std::swap(strata[static_cast<std::size_t>(i)], strata[static_cast<std::size_t>(j)]);
        }
        const SweepFactor& factor = sweep.factors[f];
        for (int c = 0; c < cells; ++c) {
            const double u = (strata[static_cast<std::size_t>(c)] + rng.Uniform01()) / cells;
            out[static_cast<std::size_t>(c)][f] = factor.from + (factor.to - factor.from) * u;
        }
    }
    return out;
}

PopulationDef CellPopulation(const PopulationDef& base, const SweepDef& sweep, const std::vector<double>& cell) {
    PopulationDef p = base;
    p.enabled = true;
    for (std::size_t f = 0; f < sweep.factors.size(); ++f) {
        ParameterDistribution fixed;
        fixed.kind = ParameterDistribution::Kind::Fixed;
        fixed.a = cell[f];
        p.Set(sweep.factors[f].parameter, fixed);
    }
    return p;
}

std::uint64_t SweepDyadSeed(const SweepDef& sweep, std::uint64_t seed, long long g) {
    const long long index = sweep.seeds == SweepDef::Seeds::Common ? g % sweep.replicates : g;
    // The same rule as DyadSeed, so dyad g of a one-cell sweep is dyad g of a batch.
    return Rng::DeriveSeed(seed, 0xD1AD0000ULL + static_cast<std::uint64_t>(index));
}

const char* ToString(SweepDef::Design d) { return d == SweepDef::Design::Grid ? "grid" : "lhs"; }
const char* ToString(SweepDef::Seeds s) { return s == SweepDef::Seeds::Common ? "common" : "independent"; }

}  // namespace sb
