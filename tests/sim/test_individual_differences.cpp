// How infants differ, and why: temperament, everyday experience of separations, specificity of
// attachment and the accumulation of stress shape how an infant shows what it learned — never a
// style given as input. Each test compares groups of whole procedures (docs/model.md §5).
#include <catch2/catch.hpp>

#include <functional>

#include "model/home_history.h"
#include "procedure/protocol.h"
#include "record/run_outputs.h"
#include "sim/simulation.h"

using namespace sb;

namespace {

constexpr int kSeeds = 24;

// Runs `n` procedures of `def` with seeds 1..n and sums `measure` over them.
double SumOver(SimulationDef def, const std::function<double(const RunResult&, const ProtocolRoles&)>& measure, int n = kSeeds) {
    const ProtocolRoles roles = RolesOf(def.protocol);
    double total = 0.0;
    for (int seed = 1; seed <= n; ++seed) {
        def.seed = static_cast<std::uint64_t>(seed);
        total += measure(RunAndMeasure(def), roles);
    }
    return total;
}

const EpisodeMeasures& Episode(const RunResult& r, int number) {
    for (const EpisodeMeasures& m : r.episodes)
        if (m.number == number) return m;
    FAIL("no episode " << number);
    return r.episodes.front();
}

double SeparationCrying(const RunResult& r, const ProtocolRoles& roles) {
    double s = 0.0;
    for (int ep : roles.Separations()) s += Episode(r, ep).crying_s;
    return s;
}

}  // namespace

TEST_CASE("an infant left daily in its first year learns that she comes back; one never left does not", "[history][separations]") {
    HistoryDef daily, never;
    daily.separations.per_week = 7.0;
    never.separations.per_week = 0.0;
    Rng a(3), b(3);
    const WorkingModel d = LearnFirstYear(daily, InfantDef{}, CaregivingRuleDef{}, FirstYearDef{}, a).model;
    const WorkingModel n = LearnFirstYear(never, InfantDef{}, CaregivingRuleDef{}, FirstYearDef{}, b).model;
    REQUIRE(d.separation_confidence > 0.9);
    REQUIRE(n.separation_confidence == 0.0);
    // Everyday separations are learned without chance: the rest of the first year is the same.
    REQUIRE(d.availability == n.availability);
    REQUIRE(d.strategy == n.strategy);
}

TEST_CASE("the same infant is more distressed in the separations when being left is new to it", "[sim][separations]") {
    SimulationDef used, rarely;
    used.history.separations.per_week = 10.0;
    rarely.history.separations.per_week = 0.1;
    const double cry_used = SumOver(used, SeparationCrying);
    const double cry_rarely = SumOver(rarely, SeparationCrying);
    REQUIRE(cry_rarely > 1.3 * cry_used);
}

TEST_CASE("a distress-prone infant cries more in the separations than a placid one with the same caregiver", "[sim][temperament]") {
    SimulationDef prone, placid;
    prone.infant.reactivity = 0.8;
    placid.infant.reactivity = 0.2;
    REQUIRE(SumOver(prone, SeparationCrying) > 2.0 * SumOver(placid, SeparationCrying));
}

TEST_CASE("secure infants differ in separation distress: some do not cry with the stranger at all", "[sim][temperament]") {
    // Belsky & Rovine (1987): proneness to distress shapes how security is shown. With a sensitive
    // caregiver, a placid infant often stays dry-eyed in the first separation; a prone one rarely.
    SimulationDef placid, prone;
    placid.infant.reactivity = 0.25;
    prone.infant.reactivity = 0.8;
    auto dry = [](const RunResult& r, const ProtocolRoles& roles) {
        return Episode(r, roles.StrangerSeparation()).crying_s == 0.0 ? 1.0 : 0.0;
    };
    const double dry_placid = SumOver(placid, dry), dry_prone = SumOver(prone, dry);
    REQUIRE(dry_placid >= 0.3 * kSeeds);
    REQUIRE(dry_prone < dry_placid);
}

TEST_CASE("a passive infant is held rather than holding on: an active one maintains contact more", "[sim][temperament]") {
    // Ainsworth's C2 infants are passive; activity is temperament here, not a style.
    SimulationDef passive, active;
    passive.infant.activity = 0.1;
    active.infant.activity = 0.9;
    passive.infant.reactivity = active.infant.reactivity = 0.7;  // so that both want her
    auto contact = [](const RunResult& r, const ProtocolRoles& roles) {
        double s = 0.0;
        for (int ep : roles.Reunions()) s += Episode(r, ep).contact_caregiver_s;
        return s;
    };
    REQUIRE(SumOver(active, contact) > 2.0 * SumOver(passive, contact));
}

TEST_CASE("the stranger's arms are not the caregiver's: secure infants hold on to her less", "[sim][specificity]") {
    // A sensitive dyad with a distress-prone infant, so that both adults have something to comfort.
    SimulationDef def;
    def.infant.reactivity = 0.75;
    int stranger_less = 0, compared = 0;
    const ProtocolRoles roles = RolesOf(def.protocol);
    for (int seed = 1; seed <= kSeeds; ++seed) {
        def.seed = static_cast<std::uint64_t>(seed);
        const RunResult r = RunAndMeasure(def);
        const auto& with_stranger = r.coding.episodes;
        int cm_stranger = 1, cm_caregiver = 1;
        for (const auto& e : with_stranger) {
            if (e.number == roles.StrangerSeparation()) cm_stranger = e.to_stranger.cm.value;
            if (e.number == roles.Reunions().front()) cm_caregiver = e.to_caregiver.cm.value;
        }
        ++compared;
        stranger_less += cm_stranger < cm_caregiver;
    }
    REQUIRE(stranger_less >= 0.7 * compared);
}

TEST_CASE("stress accumulates: the second reunion brings more contact than the first", "[sim][reunions]") {
    SimulationDef def;
    const int first = RolesOf(def.protocol).Reunions().front();
    const int second = RolesOf(def.protocol).Reunions().back();
    const int n = 4 * kSeeds;  // contact time varies a lot from run to run
    const double contact_first = SumOver(def, [&](const RunResult& r, const ProtocolRoles&) { return Episode(r, first).contact_caregiver_s; }, n);
    const double contact_second = SumOver(def, [&](const RunResult& r, const ProtocolRoles&) { return Episode(r, second).contact_caregiver_s; }, n);
    REQUIRE(contact_second > 1.1 * contact_first);
}

TEST_CASE("the two reunions of one infant are related but not copies of each other", "[sim][reunions]") {
    // Each of her entries is a fresh occasion around the learned strategy.
    SimulationDef def;
    def.caregiver.acceptance = def.history.caregiver.acceptance = 4.5;  // some avoidance to vary
    int differ = 0;
    const ProtocolRoles roles = RolesOf(def.protocol);
    for (int seed = 1; seed <= kSeeds; ++seed) {
        def.seed = static_cast<std::uint64_t>(seed);
        const RunResult r = RunAndMeasure(def);
        int av[2] = {0, 0}, k = 0;
        for (const auto& e : r.coding.episodes)
            if (e.number == roles.Reunions().front() || e.number == roles.Reunions().back()) av[k++ % 2] = e.to_caregiver.av.value;
        differ += av[0] != av[1];
    }
    REQUIRE(differ >= kSeeds / 4);
    REQUIRE(differ < kSeeds);
}

TEST_CASE("without frightening care D is rare with a sensitive caregiver and not absent where nothing brings relief", "[sim][disorganization]") {
    SimulationDef sensitive, harsh;
    harsh.history.caregiver.sensitivity = harsh.caregiver.sensitivity = 3.5;
    harsh.history.caregiver.acceptance = harsh.caregiver.acceptance = 4.0;
    harsh.history.caregiver.consistency = harsh.caregiver.consistency = 0.6;
    auto d = [](const RunResult& r, const ProtocolRoles&) { return r.coding.classification.group == 'D' ? 1.0 : 0.0; };
    const int n = 3 * kSeeds;
    const double d_sensitive = SumOver(sensitive, d, n), d_harsh = SumOver(harsh, d, n);
    REQUIRE(d_sensitive <= 0.05 * n);
    REQUIRE(d_harsh >= 0.05 * n);
    // Not certain: about half of such dyads (55% of 400 measured), so 70% leaves room for sampling.
    REQUIRE(d_harsh <= 0.7 * n);
}
