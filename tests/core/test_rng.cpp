// The random source: reproducible per seed, independent per stream, sane distributions.
#include <catch2/catch.hpp>

#include "core/rng.h"

using sb::Rng;
using sb::RngStream;

TEST_CASE("the same seed gives the same sequence, another seed another", "[rng]") {
    Rng a(42), b(42), c(43);
    bool differs = false;
    for (int i = 0; i < 100; ++i) {
        const auto x = a.NextU64();
        REQUIRE(x == b.NextU64());
        differs |= x != c.NextU64();
    }
    REQUIRE(differs);
}

TEST_CASE("sub-streams of one run seed are distinct and stable", "[rng]") {
    Rng infant = Rng::ForStream(7, RngStream::Infant);
    Rng caregiver = Rng::ForStream(7, RngStream::Caregiver);
    Rng infant_again = Rng::ForStream(7, RngStream::Infant);
    const auto i0 = infant.NextU64();
    REQUIRE(i0 != caregiver.NextU64());
    REQUIRE(i0 == infant_again.NextU64());
}

TEST_CASE("uniform draws stay between 0 and 1 and average one half", "[rng]") {
    Rng r(1);
    double sum = 0;
    for (int i = 0; i < 20000; ++i) {
        const double u = r.Uniform01();
        REQUIRE(u >= 0.0);
        REQUIRE(u < 1.0);
        sum += u;
    }
    REQUIRE(sum / 20000 == Approx(0.5).margin(0.01));
}

TEST_CASE("normal and exponential draws have the asked-for mean and spread", "[rng]") {
    Rng r(2);
    double s = 0, s2 = 0, e = 0;
    const int n = 20000;
    for (int i = 0; i < n; ++i) {
        const double x = r.Normal(3.0, 2.0);
        s += x;
        s2 += x * x;
        e += r.Exponential(5.0);
    }
    const double mean = s / n;
    REQUIRE(mean == Approx(3.0).margin(0.05));
    REQUIRE(std::sqrt(s2 / n - mean * mean) == Approx(2.0).margin(0.05));
    REQUIRE(e / n == Approx(5.0).margin(0.15));
}
