// A hand-coded trace may lack what a simulated one always has: the coder says so, naming the gap.
#include <catch2/catch.hpp>

#include <algorithm>

#include "coding/trace_gaps.h"
#include "sim/simulation.h"

using namespace sb;
using Catch::Matchers::Contains;

namespace {

VisibleTrace DefaultRun() {
    Simulation sim(SimulationDef{});
    VisibleTrace trace = StartTrace(sim, "gaps test");
    AppendFrame(trace, sim.Now(), sim.AllEvents());
    while (!sim.Finished()) {
        sim.Step();
        AppendFrame(trace, sim.Now(), sim.StepEvents());
    }
    return trace;
}

}  // namespace

TEST_CASE("a whole simulated trace lacks nothing the coder needs", "[coding][gaps]") {
    REQUIRE(MissingForCoding(DefaultRun()).empty());
}

TEST_CASE("reunions without her entry, a trace without contact and coarse sampling are each named", "[coding][gaps]") {
    const VisibleTrace full = DefaultRun();

    VisibleTrace no_entries = full;
    no_entries.events.erase(std::remove_if(no_entries.events.begin(), no_entries.events.end(),
                                           [](const SimEvent& e) { return e.kind == EventKind::Enter && e.who == AgentId::Caregiver; }),
                            no_entries.events.end());
    const auto entry_gaps = MissingForCoding(no_entries);
    REQUIRE(entry_gaps.size() == 2);  // the standard procedure's two reunions, episodes 5 and 8
    REQUIRE_THAT(entry_gaps[0], Contains("episode 5") && Contains("enter"));
    REQUIRE_THAT(entry_gaps[1], Contains("episode 8"));

    VisibleTrace no_contact = full;
    for (Snapshot& f : no_contact.frames)
        for (AgentView& a : f.agents) a.in_contact = false;
    const auto contact_gaps = MissingForCoding(no_contact);
    REQUIRE(contact_gaps.size() == 1);
    REQUIRE_THAT(contact_gaps[0], Contains("in_contact"));

    VisibleTrace every_second = full;
    every_second.frames.clear();
    for (std::size_t i = 0; i < full.frames.size(); i += 10) every_second.frames.push_back(full.frames[i]);
    const auto sampling_gaps = MissingForCoding(every_second);
    REQUIRE(sampling_gaps.size() == 1);
    REQUIRE_THAT(sampling_gaps[0], Contains("1.00 s apart"));

    VisibleTrace every_half_second = full;
    every_half_second.frames.clear();
    for (std::size_t i = 0; i < full.frames.size(); i += 5) every_half_second.frames.push_back(full.frames[i]);
    REQUIRE(MissingForCoding(every_half_second).empty());
}
