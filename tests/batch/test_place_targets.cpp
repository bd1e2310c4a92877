// The targets of "Samples from other places" on populations made by hand: who is counted, over
// what, and how a pass or fail is decided — not the model's numbers (the validate report measures
// those).
#include <catch2/catch.hpp>

#include "hand_made_dyads.h"

#include "batch/place_targets.h"

using namespace sb;
using sb::test::Row;

namespace {

DyadFacts Dyad(char group, char best_fit = 0) {
    DyadFacts f = sb::test::ClassifiedDyad(group, best_fit);
    f.alone_curtailed = false;
    return f;
}

// A population of `n` dyads with `secure` of each 50 classified B and the rest A.
std::vector<DyadFacts> Samples(const std::vector<int>& secure_per_50) {
    std::vector<DyadFacts> out;
    for (int secure : secure_per_50)
        for (int i = 0; i < 50; ++i) out.push_back(Dyad(i < secure ? 'B' : 'A'));
    return out;
}

}  // namespace

TEST_CASE("German avoidance is judged as a sample classified without D would show it", "[places]") {
    std::vector<DyadFacts> dyads;
    for (int i = 0; i < 6; ++i) dyads.push_back(Dyad('B'));
    for (int i = 0; i < 3; ++i) dyads.push_back(Dyad('A'));
    dyads.push_back(Dyad('D', 'A'));  // counted as A by best fit
    const ValidationCheck c = GermanyTargets({kGermany, dyads}).front();
    INFO(c.measured);
    REQUIRE(c.measured.rfind("A 40.0% by best fit (four-way A 30.0%, D 10.0%; 10 classified)", 0) == 0);
    REQUIRE(c.pass);
    REQUIRE_FALSE(c.source.empty());
}

TEST_CASE("Japan: the separation alone is counted over classified dyads whose protocol has one", "[places]") {
    std::vector<DyadFacts> japan;
    for (int i = 0; i < 4; ++i) {
        DyadFacts c = Dyad('C');
        c.alone_curtailed = i < 3;
        japan.push_back(c);
    }
    DyadFacts b = Dyad('B');
    b.alone_curtailed.reset();  // a protocol without a separation alone: not counted
    japan.push_back(b);
    DyadFacts unclassifiable;
    unclassifiable.alone_curtailed = true;  // not classified: not counted
    japan.push_back(unclassifiable);

    REQUIRE(AloneCutShort(japan).k == 3);
    REQUIRE(AloneCutShort(japan).n == 4);
    const auto rows = JapanTargets({kJapan, japan}, {kUnitedStates, japan});
    const ValidationCheck& alone = Row(rows, "Japan: the separation alone cut short");
    REQUIRE(alone.measured == "75.0% (3 of 4)");
    REQUIRE(alone.pass);
    // Four C of five classified: far above the Japanese share.
    REQUIRE_FALSE(Row(rows, "Japan: C share").pass);
    REQUIRE(Row(rows, "Japan: A share").pass);
}

TEST_CASE("Japan's caregiving is compared with the US reference over every dyad drawn", "[places]") {
    auto drawn = [](double sensitivity, double consistency) {
        DyadFacts f;  // unclassifiable dyads were drawn too
        f.sensitivity = sensitivity;
        f.consistency = consistency;
        return f;
    };
    const std::vector<DyadFacts> us{drawn(6.0, 0.70), drawn(6.0, 0.80)};
    const PlaceSample like_us{kJapan, {drawn(6.2, 0.76), drawn(6.2, 0.76)}};
    const PlaceSample less_consistent{kJapan, {drawn(6.0, 0.65), drawn(6.0, 0.65)}};
    const auto rows = JapanTargets(like_us, {kUnitedStates, us});
    const ValidationCheck& same = Row(rows, "Japan: caregiving");
    INFO(same.measured);
    REQUIRE(same.measured == "sensitivity 6.20 vs 6.00, consistency 0.760 vs 0.750");
    REQUIRE(same.pass);
    const auto unlike = JapanTargets(less_consistent, {kUnitedStates, us});
    REQUIRE_FALSE(Row(unlike, "Japan: caregiving").pass);
}

TEST_CASE("British resistance is judged by best fit too", "[places]") {
    std::vector<DyadFacts> gb;
    for (int i = 0; i < 19; ++i) gb.push_back(Dyad('B'));
    gb.push_back(Dyad('D', 'C'));  // 1 of 20 C by best fit: 5%
    REQUIRE(BritainTargets({kBritain, gb}).front().pass);
    gb.push_back(Dyad('C'));  // 2 of 21: 9.5%
    REQUIRE_FALSE(BritainTargets({kBritain, gb}).front().pass);
}

TEST_CASE("samples that vary more within places than the places differ pass; the reverse fails", "[places]") {
    // Every place: samples of 50 that differ by 20 points of B; the places' overall B 50, 54, 46, 50.
    const std::vector<PlaceSample> varied{{kUnitedStates, Samples({20, 30})}, {kGermany, Samples({22, 32})},
                                          {kJapan, Samples({18, 28})}, {kBritain, Samples({20, 30})}};
    const ValidationCheck pass = WithinBetweenTarget(varied);
    INFO(pass.measured);
    REQUIRE(pass.measured.rfind("B 4.33 (within 14.1, between 3.3 points)", 0) == 0);
    REQUIRE(pass.pass);

    // Identical samples within each place, and places far apart: within 0.
    const std::vector<PlaceSample> apart{{kUnitedStates, Samples({20, 20})}, {kGermany, Samples({30, 30})},
                                         {kJapan, Samples({40, 40})}, {kBritain, Samples({25, 25})}};
    const ValidationCheck fail = WithinBetweenTarget(apart);
    INFO(fail.measured);
    REQUIRE(fail.measured.rfind("B 0.00", 0) == 0);
    REQUIRE_FALSE(fail.pass);
}

TEST_CASE("the places' table shows each place with its preset, shares, separation alone and care", "[places]") {
    DyadFacts f = Dyad('B');
    f.separations_per_week = 14;
    f.sensitivity = 6;
    const std::string t = PlaceTables({{kUnitedStates, {Dyad('B')}}, {kGermany, {f}}});
    REQUIRE(t.find("| USA (population-lowrisk) | 1 | 1 | 100.0% |") != std::string::npos);
    REQUIRE(t.find("| Germany (population-germany) | 1 | 1 | 100.0% |") != std::string::npos);
    REQUIRE(t.find("| 57.0 / 35.0 / 8.0 | 0.0% | 6.00 | 0.000 | 0.00 | 14.0 |") != std::string::npos);
    REQUIRE(t.find("| B | undefined | 0.0 | undefined |") != std::string::npos);
}
