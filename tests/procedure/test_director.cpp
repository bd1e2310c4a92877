// The director's timing rules on their own, driven with hand-made inputs: curtailment of
// separations after about a minute of hard crying (Waters 2002) and extension of reunions until
// the infant is reasonably comforted.
#include <catch2/catch.hpp>

#include "procedure/director.h"

using namespace sb;

namespace {
// An episode as the director sees it: timing, who is there, separation or reunion, cues.
EpisodeDef Ep(int number, const char* name, double nominal_s, bool caregiver, bool stranger, EpisodeEnd end, bool separation,
              bool reunion, std::vector<Cue> cues) {
    EpisodeDef e;
    e.number = number;
    e.name = name;
    e.nominal_s = nominal_s;
    e.caregiver_present = caregiver;
    e.stranger_present = stranger;
    e.end = end;
    e.separation = separation;
    e.reunion = reunion;
    e.curtailable = separation;  // as in the standard table: separations may be curtailed,
    e.extendable = reunion;      // reunions extended
    e.cues = std::move(cues);
    return e;
}

// A two-episode protocol: a 180 s separation then a 180 s timer reunion.
ProtocolDef SeparationThenReunion() {
    ProtocolDef p;
    p.episodes = {Ep(1, "separation", 180.0, false, false, EpisodeEnd::Timer, true, false, {}),
                  Ep(2, "reunion", 180.0, true, false, EpisodeEnd::Timer, false, true, {})};
    return p;
}

struct Driver {
    explicit Driver(ProtocolDef p) : director(std::move(p)) { director.Start(cues, events); }
    // Runs `seconds` with a constant cry level; returns true if the director is still in `episode`.
    void Run(double seconds, double cry) {
        const int steps = static_cast<int>(seconds / dt + 0.5);
        for (int i = 0; i < steps && !director.Finished(); ++i) {
            t += dt;
            DirectorInputs in;
            in.infant_cry = cry;
            director.Update(t, dt, in, cues, events);
        }
    }
    bool Has(EventKind k) const {
        for (const SimEvent& e : events) if (e.kind == k) return true;
        return false;
    }
    Director director;
    std::vector<Cue> cues;
    std::vector<SimEvent> events;
    double t = 0.0;
    const double dt = 0.1;
};
}  // namespace

TEST_CASE("a separation with a minute of hard crying is curtailed after that minute", "[director][curtailment]") {
    Driver d(SeparationThenReunion());
    d.Run(20.0, 0.0);   // quiet for 20 s
    d.Run(59.0, 0.9);   // 59 s of hard crying: not yet
    REQUIRE(d.director.Episode() == 1);
    d.Run(1.5, 0.9);    // the minute is complete
    REQUIRE(d.director.Episode() == 2);
    REQUIRE(d.director.Timeline()[0].curtailed);
    REQUIRE(d.director.Timeline()[0].Duration() == Approx(80.0).margin(0.2));
    REQUIRE(d.Has(EventKind::Curtailed));
}

TEST_CASE("crying that is not hard does not curtail a separation", "[director][curtailment]") {
    Driver d(SeparationThenReunion());
    d.Run(179.0, 0.5);
    REQUIRE(d.director.Episode() == 1);
    d.Run(1.5, 0.5);
    REQUIRE(d.director.Episode() == 2);
    REQUIRE_FALSE(d.director.Timeline()[0].curtailed);
}

TEST_CASE("a short pause in hard crying does not restart the count, a long one does", "[director][curtailment]") {
    SECTION("a 3 s pause is forgiven") {
        Driver d(SeparationThenReunion());
        d.Run(40.0, 0.9);
        d.Run(3.0, 0.1);
        d.Run(21.0, 0.9);
        REQUIRE(d.director.Episode() == 2);
        REQUIRE(d.director.Timeline()[0].curtailed);
    }
    SECTION("a 10 s pause starts the minute again") {
        Driver d(SeparationThenReunion());
        d.Run(40.0, 0.9);
        d.Run(10.0, 0.1);
        d.Run(40.0, 0.9);
        REQUIRE(d.director.Episode() == 1);
    }
}

TEST_CASE("curtailment can be switched off", "[director][curtailment]") {
    ProtocolDef p = SeparationThenReunion();
    p.curtailment.enabled = false;
    Driver d(p);
    d.Run(170.0, 1.0);
    REQUIRE(d.director.Episode() == 1);
}

TEST_CASE("a reunion is extended until the infant has settled", "[director][extension]") {
    Driver d(SeparationThenReunion());
    d.Run(180.1, 0.0);  // separation runs its course
    REQUIRE(d.director.Episode() == 2);
    d.Run(170.0, 0.0);
    d.Run(15.0, 0.8);   // still crying at the nominal end (180 s)
    REQUIRE_FALSE(d.director.Finished());
    REQUIRE(d.director.Timeline()[1].extended);
    d.Run(9.0, 0.0);    // 9 s calm: not yet "reasonably comforted"
    REQUIRE_FALSE(d.director.Finished());
    d.Run(1.5, 0.0);
    REQUIRE(d.director.Finished());
    REQUIRE(d.director.Timeline()[1].Duration() == Approx(195.0).margin(0.3));
}

TEST_CASE("an extension never runs past its limit", "[director][extension]") {
    Driver d(SeparationThenReunion());
    d.Run(180.1, 0.0);
    d.Run(400.0, 0.9);  // inconsolable
    REQUIRE(d.director.Finished());
    REQUIRE(d.director.Timeline()[1].Duration() == Approx(180.0 + 120.0).margin(0.2));
}

TEST_CASE("cues fire at their time within the episode", "[director]") {
    ProtocolDef p;
    p.episodes = {Ep(1, "one", 60.0, true, true, EpisodeEnd::Timer, false, false,
                     {{0.0, AgentId::Stranger, CueKind::EnterRoom}, {30.0, AgentId::Stranger, CueKind::LeaveRoom}})};
    Driver d(p);
    REQUIRE(d.cues.size() == 1);  // the entry, at once
    d.Run(29.9, 0.0);
    REQUIRE(d.cues.size() == 1);
    d.Run(0.2, 0.0);
    REQUIRE(d.cues.size() == 2);
    REQUIRE(d.cues[1].kind == CueKind::LeaveRoom);
}
