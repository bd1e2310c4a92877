// The fidelity targets computed on small populations made by hand: who is counted, over what, and
// how a pass or fail is decided — not the model's numbers (the validate report measures those).
#include <catch2/catch.hpp>

#include "hand_made_dyads.h"

#include "batch/fidelity_targets.h"

using namespace sb;
using sb::test::Row;

namespace {

DyadFacts Dyad(char group, const std::string& subgroup = "") {
    DyadFacts f;
    f.classified = true;
    f.group = group;
    f.subgroup = subgroup.empty() ? std::string(1, group) + "1" : subgroup;
    return f;
}

ScaleValues Scales(int ps, int cm, int rs, int av, int di = 1) { return ScaleValues{ps, cm, rs, av, di}; }

}  // namespace

TEST_CASE("secure infants who do not cry with the stranger are counted by the observer's crying intervals", "[fidelity]") {
    std::vector<DyadFacts> pop;
    for (int i = 0; i < 10; ++i) {
        DyadFacts b = Dyad('B', "B3");
        b.stranger_separation_crying_intervals = i < 3 ? 0 : 2;  // three never cry in any 15-s interval
        b.stranger_separation_search = 7;
        pop.push_back(b);
    }
    DyadFacts calm_avoidant = Dyad('A');
    calm_avoidant.stranger_separation_crying_intervals = 0;  // not secure: not in the denominator
    pop.push_back(calm_avoidant);
    pop.push_back(Dyad('B', "B3"));                         // that episode not coded: not counted either

    const auto rows = IndividualDifferenceTargets(pop);
    const ValidationCheck& calm = Row(rows, "B infants who do not cry");
    REQUIRE(calm.measured == "30.0% (3 of 10)");
    REQUIRE(calm.pass);
    // Every secure infant searching at 7: no individual differences to see.
    const ValidationCheck& search = Row(rows, "B infants differ in how much they search");
    REQUIRE_FALSE(search.pass);
    REQUIRE(search.measured.rfind("SD 0.00", 0) == 0);
}

TEST_CASE("subgroup shares are taken within their own group, and a D infant's best fit is not counted", "[fidelity]") {
    std::vector<DyadFacts> pop;
    for (const char* s : {"B1", "B1", "B2", "B4", "B3", "B3", "B3", "B3", "B3", "B3"}) pop.push_back(Dyad('B', s));
    for (const char* s : {"C1", "C1", "C1", "C2"}) pop.push_back(Dyad('C', s));
    pop.push_back(Dyad('D', "B4"));  // D with best fit B4: not a B4 infant
    pop.push_back(Dyad('A', "A1"));

    const auto rows = IndividualDifferenceTargets(pop);
    REQUIRE(Row(rows, "B1 + B2 within B").measured == "30.0% (3 of 10)");
    REQUIRE(Row(rows, "B1 + B2 within B").pass);
    REQUIRE(Row(rows, "B4 within B").measured == "10.0% (1 of 10)");
    REQUIRE(Row(rows, "C2 (passive) within C").measured == "25.0% (1 of 4)");
    const ValidationCheck& every = Row(rows, "Every subgroup occurs");
    REQUIRE_FALSE(every.pass);
    REQUIRE(every.measured == "missing: A2");
}

TEST_CASE("curtailment is counted per dyad, over everyone and over the secure", "[fidelity]") {
    std::vector<DyadFacts> pop;
    for (int i = 0; i < 8; ++i) {
        DyadFacts b = Dyad('B', "B3");
        b.any_curtailed = i == 0;
        pop.push_back(b);
    }
    for (int i = 0; i < 2; ++i) {
        DyadFacts c = Dyad('C');
        c.any_curtailed = true;
        pop.push_back(c);
    }
    const auto rows = CurtailmentTargets(pop);
    REQUIRE(Row(rows, "Dyads with at least one curtailed").measured == "30.0% (3 of 10)");
    REQUIRE_FALSE(Row(rows, "Dyads with at least one curtailed").pass);
    REQUIRE(Row(rows, "B dyads with at least one curtailed").measured == "12.5% (1 of 8)");
    REQUIRE(Row(rows, "B dyads with at least one curtailed").pass);
}

TEST_CASE("two reunions that are copies of each other do not agree 'moderately'", "[fidelity][reunions]") {
    std::vector<DyadFacts> pop;
    for (int i = 0; i < 6; ++i) {
        DyadFacts b = Dyad('B', "B3");
        b.first_reunion = Scales(1 + i, 1 + i, 1, 7 - i);
        b.second_reunion = b.first_reunion;
        b.second_reunion->ps += 1;  // a rise of one point in proximity seeking
        pop.push_back(b);
    }
    const auto rows = ReunionTargets(pop);
    REQUIRE(Row(rows, "PS agrees moderately").measured == "r = 1.00 (6 dyads)");
    REQUIRE_FALSE(Row(rows, "PS agrees moderately").pass);
    // Nobody resists: the correlation cannot be computed and must not pass as 0.
    REQUIRE(Row(rows, "RS agrees moderately").measured.rfind("r undefined", 0) == 0);
    REQUIRE_FALSE(Row(rows, "RS agrees moderately").pass);
    // PS and AV run exactly opposite here: |r| = 1 is one measure, not two related ones.
    REQUIRE(Row(rows, "Proximity seeking and avoidance").measured == "r = -1.00");
    REQUIRE_FALSE(Row(rows, "Proximity seeking and avoidance").pass);
    REQUIRE(Row(rows, "PS rises").measured == "3.50 -> 4.50, rise 1.00");
    REQUIRE(Row(rows, "PS rises").pass);
    REQUIRE_FALSE(Row(rows, "CM rises").pass);
}

TEST_CASE("specificity counts secure infants who hold on to the stranger less than to the caregiver", "[fidelity][specificity]") {
    std::vector<DyadFacts> pop;
    for (int cm_to_stranger : {1, 2, 3, 5, 6}) {
        DyadFacts b = Dyad('B', "B3");
        b.cm_to_stranger = cm_to_stranger;
        b.first_reunion = Scales(6, 5, 1, 1);
        b.baseline = Scales(2, 1, 1, 1, cm_to_stranger == 1 ? 7 : 4);
        pop.push_back(b);
    }
    const auto rows = SpecificityTargets(pop);
    // Equal contact (5 and 5) is not less: three of five.
    REQUIRE(Row(rows, "B infants keep less contact with the stranger").measured == "60.0% (3 of 5)");
    REQUIRE_FALSE(Row(rows, "B infants keep less contact with the stranger").pass);
    REQUIRE(Row(rows, "Little avoidance with the caregiver before").pass);
    REQUIRE(Row(rows, "Distance interaction before any separation").measured == "20.0% (1 of 5)");
    REQUIRE(Row(rows, "Distance interaction before any separation").pass);
    REQUIRE(Row(rows, "Little proximity seeking before").measured == "mean PS 2.00");
}

TEST_CASE("D rates, near-D false alarms, and D in high risk against low risk", "[fidelity][disorganization]") {
    std::vector<DyadFacts> low;
    for (int i = 0; i < 20; ++i) {
        DyadFacts f = Dyad(i < 3 ? 'D' : 'B', "B3");
        f.frightening = i < 2 ? 0.4 : 0.0;  // two of the three D infants have a frightening caregiver
        f.d_rating = i < 3 ? 6 : (i == 3 ? 4 : 1);
        f.sensitivity = i < 3 ? 4.0 : 6.0;
        low.push_back(f);
    }
    std::vector<DyadFacts> high;
    for (int i = 0; i < 20; ++i) high.push_back(Dyad(i < 8 ? 'D' : 'B', "B3"));

    const auto rows = DisorganizationTargets(low, high);
    // Non-D infants of never-frightening caregivers: 17, one of them rated 4.
    REQUIRE(Row(rows, "The observer seldom sees near-D").measured == "5.9% (of 17)");
    REQUIRE(Row(rows, "The observer seldom sees near-D").pass);
    REQUIRE(Row(rows, "D in the low-risk population").measured == "15.0% (of 20)");
    REQUIRE(Row(rows, "D in the low-risk population").pass);
    REQUIRE(Row(rows, "D also where the caregiver never frightens").measured == "5.6% (of 18)");
    // 2x2: frightening and D 2, frightening only 0, D only 1, neither 17.
    REQUIRE(Row(rows, "Frightening caregiving goes with D").measured == "r = 0.79");
    REQUIRE(Row(rows, "D in the high-risk population").measured.rfind("ratio 2.67", 0) == 0);
    REQUIRE(Row(rows, "D in the high-risk population").pass);
}

TEST_CASE("caregiver acceptance is compared between the C and B infants' caregivers", "[fidelity][caregiving]") {
    std::vector<DyadFacts> pop;
    for (double acceptance : {6.0, 7.0}) {
        DyadFacts b = Dyad('B', "B3");
        b.acceptance = acceptance;
        pop.push_back(b);
    }
    DyadFacts c = Dyad('C');
    c.acceptance = 5.0;
    pop.push_back(c);
    const auto rows = CaregivingTargets(pop);
    REQUIRE(Row(rows, "C infants' caregivers are less accepting").measured == "C 5.00 vs B 6.50");
    REQUIRE(Row(rows, "C infants' caregivers are less accepting").pass);
    // Sensitivity is the same for everyone here: no correlation to report.
    REQUIRE_FALSE(Row(rows, "Sensitivity goes with less avoidance").pass);
}
