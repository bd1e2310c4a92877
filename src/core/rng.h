// Rng: the one seeded random source of a run, with named sub-streams so that adding a draw for
// one agent never shifts another agent's sequence.
#pragma once

#include <boost/random/mersenne_twister.hpp>
#include <cstdint>

namespace sb {

// Named sub-streams. The numbers are part of the reproducibility contract: changing one changes
// every trace, so append, never renumber.
enum class RngStream : std::uint64_t {
    Infant = 1,
    Caregiver = 2,
    Stranger = 3,
    Director = 4,
    History = 5,      // the first year at home
    Population = 6,   // drawing a dyad's parameters in a batch
};

class Rng {
public:
    explicit Rng(std::uint64_t seed);

    // A generator whose seed is derived from (seed, stream) by a fixed mixing function.
    static Rng ForStream(std::uint64_t run_seed, RngStream stream);
    static std::uint64_t DeriveSeed(std::uint64_t base, std::uint64_t salt);

    // The draws every step makes are inline: a call into another file per draw was a visible
    // share of a procedure.
    std::uint64_t NextU64() { return engine_(); }
    // Distributions are written here on top of the engine rather than taken from Boost, whose
    // distributions are not promised to give the same numbers across versions.
    double Uniform01() {  // [0, 1): the 53 high bits, an exactly representable double
        return static_cast<double>(engine_() >> 11) * (1.0 / 9007199254740992.0);
    }
    double Uniform(double lo, double hi) { return lo + (hi - lo) * Uniform01(); }  // [lo, hi)
    double Normal(double mean, double sd);    // Box-Muller, no cached second value
    double Exponential(double mean);
    bool Chance(double p) { return Uniform01() < p; }

private:
    boost::random::mt19937_64 engine_;
};

}  // namespace sb
