// A dyad's facts are read from its coded episodes by their roles — the baseline with the caregiver,
// the first separation with the stranger, the two reunions — whatever their numbers.
#include <catch2/catch.hpp>

#include "batch/dyad_facts.h"
#include "procedure/protocol.h"

using namespace sb;

namespace {

InteractiveScales Scored(int ps, int cm, int rs, int av, int di) {
    InteractiveScales s;
    s.scored = true;
    s.ps.value = ps;
    s.cm.value = cm;
    s.rs.value = rs;
    s.av.value = av;
    s.di.value = di;
    return s;
}

// A standard procedure, coded by hand: each episode's scales carry its number so a mix-up shows.
RunResult CodedByHand(const ProtocolRoles& roles) {
    RunResult r;
    r.coding.roles = roles;
    for (const EpisodeRoles& role : roles.episodes) {
        EpisodeCoding e;
        e.number = role.number;
        const int k = role.number;
        if (role.scores_caregiver) e.to_caregiver = Scored(k % 7 + 1, k % 5 + 1, 1, k % 3 + 1, 2);
        if (role.scores_stranger) e.to_stranger = Scored(2, k % 4 + 1, 1, 1, 1);
        if (role.scores_search) {
            e.search_scored = true;
            e.search.value = k % 6 + 1;
        }
        IntervalCode quiet, crying;
        quiet.crying_s = 0.5;  // under a second: not an interval with crying
        crying.crying_s = 4.0;
        e.intervals = {quiet, crying, crying};
        r.coding.episodes.push_back(e);
        EpisodeMeasures m;
        m.number = k;
        m.curtailed = role.separation && role.stranger_present && !role.caregiver_present && k > 5;
        r.episodes.push_back(m);
    }
    r.coding.classification.classifiable = true;
    r.coding.classification.group = 'B';
    r.coding.classification.subgroup = "B3";
    r.coding.classification.best_fit = 'B';
    r.coding.disorganization.rating = 3;
    r.caregiver.sensitivity = 6.5;
    r.caregiver.consistency = 0.7;
    r.caregiver.frightening = 0.2;
    r.def.history.separations.per_week = 0.1;
    return r;
}

}  // namespace

TEST_CASE("in the standard procedure the facts come from episodes 2, 4, 5 and 8", "[fidelity][roles]") {
    const DyadFacts f = FactsOf(CodedByHand(RolesOf(DefaultProtocol())));
    REQUIRE(f.classified);
    REQUIRE(f.group == 'B');
    REQUIRE(f.d_rating == 3);
    REQUIRE(f.sensitivity == 6.5);
    REQUIRE(f.frightening == 0.2);
    // Episode 2: PS 2 % 7 + 1 = 3, DI 2.
    REQUIRE(f.baseline->ps == 3);
    // Episode 4, the stranger's first separation: two intervals with crying, search 4 % 6 + 1, CM to her 4 % 4 + 1.
    REQUIRE(*f.stranger_separation_crying_intervals == 2);
    REQUIRE(*f.stranger_separation_search == 5);
    REQUIRE(*f.cm_to_stranger == 1);
    REQUIRE(f.first_reunion->ps == 6);   // episode 5
    REQUIRE(f.second_reunion->ps == 2);  // episode 8
    // Episode 7, the stranger's second separation, was cut short; episode 6, alone, was not.
    REQUIRE(f.any_curtailed);
    REQUIRE(f.alone_curtailed.has_value());
    REQUIRE_FALSE(*f.alone_curtailed);
}

TEST_CASE("the care a dyad was drawn with, its best fit and its separation alone are read from the run", "[fidelity][roles][places]") {
    const ProtocolRoles standard = RolesOf(DefaultProtocol());
    RunResult r = CodedByHand(standard);
    r.coding.classification.group = 'D';
    r.coding.classification.best_fit = 'C';
    for (EpisodeMeasures& m : r.episodes) m.curtailed = m.number == standard.AloneSeparation();
    const DyadFacts f = FactsOf(r);
    REQUIRE(f.group == 'D');
    REQUIRE(f.best_fit == 'C');
    REQUIRE(f.consistency == 0.7);
    REQUIRE(f.separations_per_week == 0.1);
    REQUIRE(*f.alone_curtailed);

    // A protocol in which the infant is never alone: nothing to read.
    ProtocolRoles never_alone;
    never_alone.episodes = {standard.episodes[1], standard.episodes[3], standard.episodes[4]};
    REQUIRE_FALSE(FactsOf(CodedByHand(never_alone)).alone_curtailed.has_value());
}

TEST_CASE("a protocol with no stranger and one reunion leaves those facts empty", "[fidelity][roles]") {
    const ProtocolRoles standard = RolesOf(DefaultProtocol());
    ProtocolRoles short_form;
    // Together, alone, reunion.
    short_form.episodes = {standard.episodes[1], standard.episodes[5], standard.episodes[4]};
    for (int i = 0; i < 3; ++i) short_form.episodes[static_cast<std::size_t>(i)].number = i + 1;
    const DyadFacts f = FactsOf(CodedByHand(short_form));
    REQUIRE(f.baseline.has_value());
    REQUIRE_FALSE(f.stranger_separation_crying_intervals.has_value());
    REQUIRE_FALSE(f.cm_to_stranger.has_value());
    REQUIRE(f.first_reunion->ps == 3 % 7 + 1);
    REQUIRE_FALSE(f.second_reunion.has_value());
    REQUIRE_FALSE(f.any_curtailed);
}
