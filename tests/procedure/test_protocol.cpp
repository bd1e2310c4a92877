// The protocol table and the episode boundaries of a full run (Ainsworth et al. 1978, Table 2 and
// Appendix II).
#include <catch2/catch.hpp>

#include "procedure/protocol.h"
#include "sim/simulation.h"

using namespace sb;

TEST_CASE("the standard procedure has eight episodes of 30 s and 7 x 180 s", "[protocol]") {
    const ProtocolDef p = DefaultProtocol();
    REQUIRE(p.episodes.size() == 8);
    REQUIRE(p.episodes[0].nominal_s == 30.0);
    for (int i = 1; i < 8; ++i) {
        REQUIRE(p.episodes[i].number == i + 1);
        REQUIRE(p.episodes[i].nominal_s == 180.0);
    }
}

TEST_CASE("who is present in each episode follows Table 2", "[protocol]") {
    const ProtocolDef p = DefaultProtocol();
    //                          ep:  1     2     3     4      5     6      7      8
    const bool caregiver[8] = {true, true, true, false, true, false, false, true};
    const bool stranger[8] = {false, false, true, true, false, false, true, false};
    for (int i = 0; i < 8; ++i) {
        INFO("episode " << i + 1);
        REQUIRE(p.episodes[i].caregiver_present == caregiver[i]);
        REQUIRE(p.episodes[i].stranger_present == stranger[i]);
    }
    REQUIRE(p.episodes[3].separation);
    REQUIRE(p.episodes[5].separation);
    REQUIRE(p.episodes[6].separation);
    REQUIRE(p.episodes[4].reunion);
    REQUIRE(p.episodes[7].reunion);
}

TEST_CASE("the roles name the baseline, the stranger's separation and the infant-alone one of Table 2", "[protocol][roles]") {
    const ProtocolRoles roles = RolesOf(DefaultProtocol());
    // Episode 2: infant and caregiver alone together, before anyone leaves.
    REQUIRE(roles.CaregiverOnlyBaseline() == 2);
    // Episode 4 is the first time the stranger stays with the infant; episode 7 is the second.
    REQUIRE(roles.StrangerSeparation() == 4);
    REQUIRE(roles.AloneSeparation() == 6);
    REQUIRE(roles.Reunions() == std::vector<int>{5, 8});

    ProtocolRoles no_stranger;
    no_stranger.episodes = {roles.episodes[1], roles.episodes[5], roles.episodes[4]};
    REQUIRE(no_stranger.StrangerSeparation() == 0);
    REQUIRE(no_stranger.CaregiverOnlyBaseline() == 2);
}

TEST_CASE("the stranger's episode 3 has three one-minute phases", "[protocol]") {
    // A copy: DefaultProtocol() returns a temporary that is gone by the next line.
    const EpisodeDef ep3 = DefaultProtocol().episodes[2];
    auto at = [&](CueKind k) {
        for (const Cue& c : ep3.cues) if (c.kind == k && c.who == AgentId::Stranger) return c.at_s;
        return -1.0;
    };
    REQUIRE(at(CueKind::SitQuietly) == 0.0);
    REQUIRE(at(CueKind::TalkToCaregiver) == 60.0);
    REQUIRE(at(CueKind::ApproachInfant) == 120.0);
}

namespace {
double FirstEventTime(const Simulation& sim, EventKind kind, AgentId who, int episode) {
    for (const SimEvent& e : sim.AllEvents())
        if (e.kind == kind && e.who == who && e.episode == episode) return e.t;
    return -1.0;
}
}  // namespace

TEST_CASE("episode boundaries fall on the events of Appendix II", "[protocol][boundaries]") {
    SimulationDef def;
    def.seed = 3;
    Simulation sim(def);
    RunToEnd(sim);
    const auto& tl = sim.Timeline();
    REQUIRE(tl.size() == 8);
    for (std::size_t i = 1; i < tl.size(); ++i) REQUIRE(tl[i].start_s == tl[i - 1].end_s);
    SECTION("episode 2 starts when the infant is put down") {
        REQUIRE(tl[1].start_s == FirstEventTime(sim, EventKind::PutDown, AgentId::Caregiver, 1));
    }
    SECTION("episodes 3 and 7 start when the stranger enters") {
        REQUIRE(tl[2].start_s == FirstEventTime(sim, EventKind::Enter, AgentId::Stranger, 3));
        REQUIRE(tl[6].start_s == FirstEventTime(sim, EventKind::Enter, AgentId::Stranger, 7));
    }
    SECTION("episodes 4 and 6 start when the caregiver goes out") {
        REQUIRE(tl[3].start_s == FirstEventTime(sim, EventKind::Exit, AgentId::Caregiver, 3));
        REQUIRE(tl[5].start_s == FirstEventTime(sim, EventKind::Exit, AgentId::Caregiver, 5));
    }
    SECTION("episodes 5 and 8 start when the caregiver comes through the door") {
        REQUIRE(tl[4].start_s == FirstEventTime(sim, EventKind::Enter, AgentId::Caregiver, 5));
        REQUIRE(tl[7].start_s == FirstEventTime(sim, EventKind::Enter, AgentId::Caregiver, 8));
    }
    SECTION("nobody is in the room with the infant in episode 6") {
        Simulation again(def);
        FastForwardToEpisode(again, 6);
        while (!again.Finished() && again.Now().episode == 6) {
            REQUIRE_FALSE(again.Now().Caregiver().present);
            REQUIRE_FALSE(again.Now().Stranger().present);
            again.Step();
        }
    }
}

TEST_CASE("episodes last their nominal length unless curtailed or extended", "[protocol][timing]") {
    for (std::uint64_t seed : {1u, 2u, 3u, 4u, 5u}) {
        SimulationDef def;
        def.seed = seed;
        Simulation sim(def);
        RunToEnd(sim);
        for (const EpisodeRecord& r : sim.Timeline()) {
            INFO("seed " << seed << " episode " << r.number << " lasted " << r.Duration() << " s");
            if (r.curtailed) {
                REQUIRE(r.Duration() < r.nominal_s);
            } else if (r.extended) {
                REQUIRE(r.Duration() > r.nominal_s - 5.0);
            } else {
                // Timer episodes end on the step that reaches the nominal length; the others end
                // on an event (put-down, exit) cued a few seconds before it.
                REQUIRE(r.Duration() == Approx(r.nominal_s).margin(5.0));
            }
        }
    }
}
