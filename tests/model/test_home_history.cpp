// The first year: what the infant learns follows from how it was cared for (and nothing else),
// and a changed caregiver is learned about gradually — the corrective experience.
#include <catch2/catch.hpp>

#include "model/home_history.h"

using namespace sb;

namespace {
CaregiverDef Caregiver(double sensitivity, double consistency, double acceptance, double frightening) {
    CaregiverDef c;
    c.sensitivity = sensitivity;
    c.consistency = consistency;
    c.acceptance = acceptance;
    c.frightening = frightening;
    return c;
}

// Mean learned model over 30 infants of typical temperament.
WorkingModel MeanOver30(const CaregiverDef& c) {
    WorkingModel mean;
    mean.availability = mean.predictability = mean.rejection = mean.threat = mean.strategy = 0.0;
    for (int seed = 1; seed <= 30; ++seed) {
        HistoryDef h;
        h.caregiver = c;
        Rng rng(static_cast<std::uint64_t>(seed));
        const WorkingModel m = LearnFirstYear(h, InfantDef{}, CaregivingRuleDef{}, FirstYearDef{}, rng).model;
        mean.availability += m.availability / 30;
        mean.predictability += m.predictability / 30;
        mean.rejection += m.rejection / 30;
        mean.threat += m.threat / 30;
        mean.strategy += m.strategy / 30;
    }
    return mean;
}
}  // namespace

TEST_CASE("an infant of a sensitive, accepting caregiver expects comfort and signals openly", "[history]") {
    const WorkingModel m = MeanOver30(Caregiver(8, 0.9, 8, 0));
    REQUIRE(m.availability > 0.7);
    REQUIRE(m.rejection < 0.05);
    REQUIRE(std::abs(m.strategy) < 0.2);
}

TEST_CASE("an infant of a rejecting caregiver expects rebuffs and minimises", "[history]") {
    const WorkingModel m = MeanOver30(Caregiver(4, 0.8, 2, 0));
    REQUIRE(m.rejection > 0.3);
    REQUIRE(m.availability < 0.3);
    REQUIRE(m.strategy < -0.4);
}

TEST_CASE("an infant of an inconsistent caregiver escalates: its strategy leans to maximising", "[history]") {
    const WorkingModel m = MeanOver30(Caregiver(5, 0.2, 7, 0));
    REQUIRE(m.strategy > 0.15);
    REQUIRE(m.rejection < 0.05);
}

TEST_CASE("predictability is learned from her good days and bad days, not from single missed bids", "[history][predictability]") {
    // A consistent caregiver who comforts only about half the bids is still predictable: the share
    // answered is the same every day. An inconsistent one swings from day to day.
    const WorkingModel steady = MeanOver30(Caregiver(5, 0.9, 7, 0));
    const WorkingModel swinging = MeanOver30(Caregiver(5, 0.2, 7, 0));
    REQUIRE(steady.availability < 0.75);
    INFO("predictability: steady " << steady.predictability << ", swinging " << swinging.predictability);
    REQUIRE(steady.predictability > 0.85);
    REQUIRE(swinging.predictability < steady.predictability - 0.25);
    // A rejecting caregiver is not thereby predictable-looking: rebuffs are steady, not swings.
    REQUIRE(MeanOver30(Caregiver(4, 0.8, 2, 0)).predictability > 0.6);
}

TEST_CASE("an infant of a frightening caregiver learns threat; others do not", "[history]") {
    REQUIRE(MeanOver30(Caregiver(4, 0.5, 5, 0.7)).threat > 0.4);
    REQUIRE(MeanOver30(Caregiver(8, 0.9, 8, 0)).threat == 0.0);
}

TEST_CASE("a caregiver who changes at month 6 is learned about gradually", "[history][corrective]") {
    HistoryDef h;
    h.caregiver = Caregiver(4, 0.8, 2, 0);
    CaregivingChange change;
    change.at_month = 6;
    change.caregiver = Caregiver(8, 0.8, 8, 0);
    h.changes.push_back(change);
    int revised = 0;
    for (int seed = 1; seed <= 20; ++seed) {
        Rng rng(static_cast<std::uint64_t>(seed));
        const HistoryResult r = LearnFirstYear(h, InfantDef{}, CaregivingRuleDef{}, FirstYearDef{}, rng);
        REQUIRE(r.by_month.size() == 12);
        // Before the change the infant expects rebuffs; after it the expectation fades...
        REQUIRE(r.by_month[5].rejection > 0.3);
        REQUIRE(r.by_month[11].rejection < 0.1);
        // ...and availability climbs, not all at once.
        REQUIRE(r.by_month[6].availability > r.by_month[5].availability);
        revised += r.model.strategy > -0.3;
    }
    // The strategy lags behind the expectations: some infants have revised it by month 12, not all.
    REQUIRE(revised > 0);
    REQUIRE(revised < 20);
}

TEST_CASE("the first year is deterministic in its seed", "[history][determinism]") {
    HistoryDef h;
    Rng a(9), b(9);
    const WorkingModel x = LearnFirstYear(h, InfantDef{}, CaregivingRuleDef{}, FirstYearDef{}, a).model;
    const WorkingModel y = LearnFirstYear(h, InfantDef{}, CaregivingRuleDef{}, FirstYearDef{}, b).model;
    REQUIRE(x.availability == y.availability);
    REQUIRE(x.strategy == y.strategy);
}
