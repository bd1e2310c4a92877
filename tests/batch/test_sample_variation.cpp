// Samples from other places, the arithmetic: shares with D infants counted by their best fit, samples
// cut from a population, and how much samples within places vary against how much places differ.
#include <catch2/catch.hpp>

#include "hand_made_dyads.h"

#include <cmath>

#include "batch/sample_variation.h"

using namespace sb;
using Catch::Detail::Approx;

namespace {

DyadFacts Dyad(char group, char best_fit = 0) { return sb::test::ClassifiedDyad(group, best_fit); }

}  // namespace

TEST_CASE("a sample classified without D: each disorganized infant counts in its best-fitting group", "[places]") {
    std::vector<DyadFacts> sample;
    for (int i = 0; i < 5; ++i) sample.push_back(Dyad('B'));
    for (int i = 0; i < 2; ++i) sample.push_back(Dyad('A'));
    sample.push_back(Dyad('C'));
    sample.push_back(Dyad('D', 'A'));
    sample.push_back(Dyad('D', 'C'));
    DyadFacts unclassifiable;
    sample.push_back(unclassifiable);  // not in the denominator

    const auto shares = BestFitShares(sample);
    REQUIRE(shares.at('B') == Approx(50.0));
    REQUIRE(shares.at('A') == Approx(30.0));
    REQUIRE(shares.at('C') == Approx(20.0));
    REQUIRE(BestFitShares({}).at('B') == 0.0);
}

TEST_CASE("a population is cut into consecutive samples of one size, the remainder left out", "[places]") {
    std::vector<DyadFacts> population;
    for (int i = 0; i < 125; ++i) population.push_back(Dyad(i < 50 ? 'B' : 'A'));
    const auto samples = ConsecutiveSamples(population, 50);
    REQUIRE(samples.size() == 2);
    REQUIRE(samples[0].size() == 50);
    REQUIRE(BestFitShares(samples[0]).at('B') == Approx(100.0));
    REQUIRE(BestFitShares(samples[1]).at('A') == Approx(100.0));
    REQUIRE(ConsecutiveSamples(population, 200).empty());
}

TEST_CASE("within is the mean SD of each place's samples, between the SD of the places' shares", "[places]") {
    // Place 1's samples: 60 70 50 60 (SD sqrt(200 / 3)); place 2's: 40 50 60 (SD 10).
    // The places' overall shares 60 and 50: SD sqrt(50).
    const ShareVariation v = WithinBetween({{60, 70, 50, 60}, {40, 50, 60}}, {60, 50});
    REQUIRE(*v.within == Approx((std::sqrt(200.0 / 3.0) + 10.0) / 2.0));
    REQUIRE(*v.between == Approx(std::sqrt(50.0)));
    REQUIRE(*v.Ratio() == Approx((std::sqrt(200.0 / 3.0) + 10.0) / 2.0 / std::sqrt(50.0)));
    REQUIRE(*v.Ratio() > 1.0);
}

TEST_CASE("within and between cannot be told from too few samples or places, and are not shown as 0", "[places]") {
    // One place with a single sample: no spread within it to measure.
    REQUIRE_FALSE(WithinBetween({{60, 70}, {50}}, {65, 50}).within.has_value());
    REQUIRE_FALSE(WithinBetween({{60, 70}, {50}}, {65, 50}).Ratio().has_value());
    // One place: nothing to differ from.
    REQUIRE_FALSE(WithinBetween({{60, 70}}, {65}).between.has_value());
    // Places that do not differ at all: the ratio has no finite value.
    REQUIRE_FALSE(WithinBetween({{60, 70}, {60, 70}}, {65, 65}).Ratio().has_value());
}

TEST_CASE("chance alone spreads a share of samples by sqrt(p (1 - p) / n)", "[places]") {
    REQUIRE(SamplingSd(50.0, 100) == Approx(5.0));
    REQUIRE(SamplingSd(20.0, 50) == Approx(100.0 * std::sqrt(0.2 * 0.8 / 50)));
    REQUIRE(SamplingSd(0.0, 50) == 0.0);
    REQUIRE(SamplingSd(50.0, 0) == 0.0);
}
