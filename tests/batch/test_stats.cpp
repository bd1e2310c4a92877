// The statistics behind the population reports, on numbers small enough to check by hand.
#include <catch2/catch.hpp>

#include <cmath>

#include "batch/stats.h"

using namespace sb;
using Catch::Detail::Approx;

TEST_CASE("mean and sample standard deviation of a handful of scale scores", "[stats]") {
    const std::vector<double> scores{2, 4, 4, 4, 5, 5, 7, 9};
    REQUIRE(Mean(scores) == Approx(5.0));
    // Sum of squared deviations 32 over n - 1 = 7.
    REQUIRE(StdDev(scores) == Approx(std::sqrt(32.0 / 7.0)));
    REQUIRE(StdDev({7, 7, 7}) == 0.0);
    REQUIRE(StdDev({3}) == 0.0);
    REQUIRE(Mean({}) == 0.0);
}

TEST_CASE("a share is a percentage of its own denominator, and nothing of nobody", "[stats]") {
    REQUIRE(Percent(3, 12) == Approx(25.0));
    REQUIRE(Percent(0, 0) == 0.0);
}

TEST_CASE("Pearson's r on lines, on a known example, and when it cannot be computed", "[stats]") {
    REQUIRE(*Correlation({1, 2, 3, 4}, {2, 4, 6, 8}) == Approx(1.0));
    REQUIRE(*Correlation({1, 2, 3, 4}, {8, 6, 4, 2}) == Approx(-1.0));
    // x = 1..5, y = 2 4 5 4 5: Sxy = 6, Sxx = 10, Syy = 6, r = 6 / sqrt(60).
    REQUIRE(*Correlation({1, 2, 3, 4, 5}, {2, 4, 5, 4, 5}) == Approx(6.0 / std::sqrt(60.0)));
    // A scale every infant scored 1 on has no correlation with anything.
    REQUIRE_FALSE(Correlation({1, 1, 1, 1}, {1, 2, 3, 4}).has_value());
    REQUIRE_FALSE(Correlation({1, 2}, {2, 1}).has_value());
    REQUIRE(Pearson({1, 1, 1, 1}, {1, 2, 3, 4}) == 0.0);
}

TEST_CASE("phi on two yes/no indicators is Pearson's r on 0 and 1", "[stats]") {
    // A 2x2 table a = 3 (both), b = 1, c = 1, d = 5: phi = (ad - bc) / sqrt((a+b)(c+d)(a+c)(b+d)).
    const std::vector<double> frightening{1, 1, 1, 1, 0, 0, 0, 0, 0, 0};
    const std::vector<double> disorganized{1, 1, 1, 0, 1, 0, 0, 0, 0, 0};
    const double phi = (3.0 * 5.0 - 1.0 * 1.0) / std::sqrt(4.0 * 6.0 * 4.0 * 6.0);
    REQUIRE(*Correlation(frightening, disorganized) == Approx(phi));
}

TEST_CASE("a range includes its ends and never an undefined value", "[stats]") {
    REQUIRE(Within(0.3, 0.3, 0.7));
    REQUIRE(Within(0.7, 0.3, 0.7));
    REQUIRE_FALSE(Within(0.71, 0.3, 0.7));
    REQUIRE_FALSE(Within(std::optional<double>{}, -1.0, 1.0));
}
