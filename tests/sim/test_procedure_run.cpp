// Whole procedures, run as the command line runs them: all eight episodes happen, the adults come
// and go as scripted, and what the infant shows follows the situation.
#include <catch2/catch.hpp>

#include "record/run_outputs.h"
#include "sim/simulation.h"

using namespace sb;

TEST_CASE("a run completes all eight episodes in order", "[sim]") {
    SimulationDef def;
    Simulation sim(def);
    RunToEnd(sim);
    REQUIRE(sim.Finished());
    REQUIRE(sim.Timeline().size() == 8);
    for (int i = 0; i < 8; ++i) REQUIRE(sim.Timeline()[i].number == i + 1);
    // 30 s + 7 x 180 s, give or take curtailment and extension.
    REQUIRE(sim.Time() > 900.0);
    REQUIRE(sim.Time() < 1700.0);
}

TEST_CASE("the infant is never left with the stranger's and the caregiver's roles mixed up", "[sim]") {
    SimulationDef def;
    def.seed = 9;
    Simulation sim(def);
    while (!sim.Finished()) {
        sim.Step();
        const Snapshot& s = sim.Now();
        // Nobody but an adult who is in the room can be holding the infant.
        if (s.Caregiver().in_contact) REQUIRE(s.Caregiver().present);
        if (s.Stranger().in_contact) REQUIRE(s.Stranger().present);
        REQUIRE_FALSE((s.Caregiver().in_contact && s.Stranger().in_contact));
        // The infant stays inside the 2.75 m room.
        REQUIRE(s.Infant().pos.x >= 0.0);
        REQUIRE(s.Infant().pos.x <= def.room.size_m);
        REQUIRE(s.Infant().pos.y >= 0.0);
        REQUIRE(s.Infant().pos.y <= def.room.size_m);
    }
}

TEST_CASE("infants explore with the caregiver present and cry more when left alone", "[sim][episode-trends]") {
    // Ainsworth & Bell (1970): exploration high in ep 2, crying highest in the separations.
    double explore2 = 0, explore6 = 0, cry2 = 0, cry6 = 0;
    const int n = 20;
    for (int seed = 1; seed <= n; ++seed) {
        SimulationDef def;
        def.seed = static_cast<std::uint64_t>(seed);
        const RunResult r = RunAndMeasure(def);
        explore2 += r.episodes[1].exploring_s / r.episodes[1].duration_s;
        explore6 += r.episodes[5].exploring_s / r.episodes[5].duration_s;
        cry2 += r.episodes[1].crying_s / r.episodes[1].duration_s;
        cry6 += r.episodes[5].crying_s / r.episodes[5].duration_s;
    }
    REQUIRE(explore2 / n > 0.5);
    REQUIRE(explore2 > 2 * explore6);
    REQUIRE(cry6 > cry2 + 0.1 * n);
}

TEST_CASE("a reactive, hard-to-soothe infant's separation is curtailed, a placid one's is not", "[sim][curtailment]") {
    int runs_curtailed_reactive = 0, curtailed_placid = 0;
    for (int seed = 1; seed <= 10; ++seed) {
        SimulationDef reactive;
        reactive.seed = static_cast<std::uint64_t>(seed);
        reactive.infant.reactivity = 0.95;
        reactive.infant.soothability = 0.2;
        SimulationDef placid = reactive;
        placid.infant.reactivity = 0.05;
        placid.infant.soothability = 0.9;
        Simulation a(reactive), b(placid);
        RunToEnd(a);
        RunToEnd(b);
        bool any = false;
        for (const auto& r : a.Timeline()) any = any || r.curtailed;
        runs_curtailed_reactive += any;
        for (const auto& r : b.Timeline()) curtailed_placid += r.curtailed;
    }
    REQUIRE(runs_curtailed_reactive >= 8);  // of 10 runs, at least one separation cut short
    REQUIRE(curtailed_placid == 0);
}

TEST_CASE("the caregiver picks the infant up at the second reunion", "[sim][reunion]") {
    // Table 2, episode 8: "M greets and picks B up".
    for (int seed = 1; seed <= 5; ++seed) {
        SimulationDef def;
        def.seed = static_cast<std::uint64_t>(seed);
        Simulation sim(def);
        RunToEnd(sim);
        bool picked_up = false;
        for (const SimEvent& e : sim.AllEvents())
            picked_up |= e.kind == EventKind::PickUp && e.who == AgentId::Caregiver && e.episode == 8;
        INFO("seed " << seed);
        REQUIRE(picked_up);
    }
}

TEST_CASE("jumping to an episode replays the same run up to its start", "[sim]") {
    SimulationDef def;
    def.seed = 21;
    Simulation jumped(def);
    FastForwardToEpisode(jumped, 5);
    REQUIRE(jumped.Now().episode == 5);
    Simulation played(def);
    while (played.StepCount() < jumped.StepCount()) played.Step();
    REQUIRE(played.TraceHash() == jumped.TraceHash());
}
