// Rng implementation: mt19937_64 engine, splitmix64 seed derivation, hand-written distributions.
#include "core/rng.h"

#include <cmath>

namespace sb {

namespace {
std::uint64_t SplitMix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}
constexpr double kTwoPi = 6.283185307179586476925286766559;
}  // namespace

Rng::Rng(std::uint64_t seed) : engine_(seed) {}

std::uint64_t Rng::DeriveSeed(std::uint64_t base, std::uint64_t salt) {
    return SplitMix64(SplitMix64(base) ^ SplitMix64(salt + 0x5EC0BA5EULL));
}

Rng Rng::ForStream(std::uint64_t run_seed, RngStream stream) {
    return Rng(DeriveSeed(run_seed, static_cast<std::uint64_t>(stream)));
}

double Rng::Normal(double mean, double sd) {
    double u1 = Uniform01();
    const double u2 = Uniform01();
    if (u1 < 1e-300) u1 = 1e-300;
    return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(kTwoPi * u2);
}

double Rng::Exponential(double mean) {
    return -mean * std::log(1.0 - Uniform01());
}

}  // namespace sb
