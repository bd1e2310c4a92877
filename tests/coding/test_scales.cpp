// The published anchors and our operational edges, tested at their boundaries: the 30-s delay
// cap and the 15-s contact rule of PS = 7, a caregiver who never returns, a curtailed separation.
#include <catch2/catch.hpp>

#include "coding/coder.h"
#include "procedure_scenes.h"
#include "record/coding_report.h"

using namespace sb;
using namespace sb::test;

namespace {
// The reunions start with the infant 1.2 m from the door, so an approach is short and its start
// time is exactly what the test sets.
const Vec2 kNearDoor{1.2, 1.95};

Script ApproachAfter(double delay_s, double held_s) {
    return [=](SceneBuilder& b) {
        b.InfantDoes(VisibleAction::Watching, GazeTarget::Caregiver).Wait(delay_s);
        b.InfantApproach(AgentId::Caregiver, GazeTarget::Caregiver);
        b.PickUp(AgentId::Caregiver).Wait(held_s).PutDown(AgentId::Caregiver);
        b.InfantMoveTo(kPlaySpot, VisibleAction::Exploring, GazeTarget::Toy);
    };
}
int Ps(const Coding& c, int ep) { return c.Episode(ep)->to_caregiver.ps.value; }
}  // namespace

TEST_CASE("a 7 needs the approach to start within 30 s of her entry", "[coding][ps]") {
    const Coding at29 = CodeTrace(Procedure(ApproachAfter(29.0, 30.0), ApproachAfter(29.0, 30.0), nullptr, kNearDoor));
    const Coding at31 = CodeTrace(Procedure(ApproachAfter(31.0, 30.0), ApproachAfter(31.0, 30.0), nullptr, kNearDoor));
    INFO(CodingReport(at31));
    REQUIRE(Ps(at29, 5) == 7);
    REQUIRE(Ps(at29, 8) == 7);
    REQUIRE(Ps(at31, 5) == 6);
    REQUIRE(Ps(at31, 8) == 6);
    REQUIRE_THAT(at31.Episode(5)->to_caregiver.ps.why, Catch::Matchers::Contains("within 30 s"));
}

TEST_CASE("a 7 needs contact longer than 15 s", "[coding][ps]") {
    const Coding held14 = CodeTrace(Procedure(ApproachAfter(3.0, 14.0), ApproachAfter(3.0, 14.0), nullptr, kNearDoor));
    const Coding held16 = CodeTrace(Procedure(ApproachAfter(3.0, 16.0), ApproachAfter(3.0, 16.0), nullptr, kNearDoor));
    INFO(CodingReport(held14));
    REQUIRE(Ps(held14, 5) == 6);
    REQUIRE(Ps(held16, 5) == 7);
}

TEST_CASE("an approach that stops short scores 4 or less; one never made scores 1", "[coding][ps]") {
    const Coding part = CodeTrace(Procedure([](SceneBuilder& b) { b.InfantApproachPart(AgentId::Caregiver, 0.6); },
                                            [](SceneBuilder& b) { b.InfantApproachPart(AgentId::Caregiver, 0.3); }));
    REQUIRE(Ps(part, 5) == 4);
    REQUIRE(Ps(part, 8) == 3);
    const Coding none = CodeTrace(Procedure([](SceneBuilder& b) { IgnoresHer(b, 60); }, [](SceneBuilder& b) { IgnoresHer(b, 60); }));
    REQUIRE(Ps(none, 5) == 1);
}

TEST_CASE("being picked up without any bid is not proximity seeking", "[coding][ps]") {
    auto lifted = [](SceneBuilder& b) {
        b.AdultToInfant(AgentId::Caregiver).PickUp(AgentId::Caregiver);
        b.InfantDoes(VisibleAction::InContact, GazeTarget::Toy).Wait(20.0).PutDown(AgentId::Caregiver);
    };
    const Coding c = CodeTrace(Procedure(lifted, lifted));
    REQUIRE(Ps(c, 5) == 1);
    REQUIRE(c.Episode(5)->to_caregiver.cm.value >= 4);
}

TEST_CASE("with no caregiver return the infant cannot be classified, and the coder says why", "[coding][edge]") {
    SceneBuilder b;
    CalmPrelude(b);
    FirstSeparation(b);
    b.Begin(5).InfantDoes(VisibleAction::Crying, GazeTarget::Door, Affect::Distressed, 0.6).Wait(180.0);
    b.Begin(6).Wait(180.0);
    b.Begin(7).Enter(AgentId::Stranger).Wait(180.0);
    b.Begin(8).Exit(AgentId::Stranger).Wait(180.0);
    const Coding c = CodeTrace(b.Finish());
    INFO(CodingReport(c));
    REQUIRE_FALSE(c.Episode(5)->to_caregiver.scored);
    REQUIRE_FALSE(c.classification.classifiable);
    REQUIRE_THAT(c.classification.reasons.front(), Catch::Matchers::Contains("did not return"));
}

TEST_CASE("a curtailed separation is coded over the time it lasted", "[coding][edge]") {
    SceneBuilder b;
    CalmPrelude(b);
    FirstSeparation(b);
    b.Begin(5).Exit(AgentId::Stranger).Enter(AgentId::Caregiver);
    GreetsAndIsHeld(b, 1.0, 30.0);
    WaitUntilEpisodeTime(b, 175.0);
    b.AdultWalkTo(AgentId::Caregiver, b.Room().door).Exit(AgentId::Caregiver);
    b.Begin(6).InfantMoveTo(b.Room().door + Vec2{0.3, 0.0}, VisibleAction::Searching, GazeTarget::Door);
    b.InfantDoes(VisibleAction::Crying, GazeTarget::Door, Affect::Distressed, 0.9).Wait(64.0);
    b.Curtail();
    b.Begin(7).Enter(AgentId::Stranger).Wait(180.0);
    b.Begin(8).Exit(AgentId::Stranger).Enter(AgentId::Caregiver);
    GreetsAndIsHeld(b, 1.0, 30.0);
    WaitUntilEpisodeTime(b, 180.0);
    const Coding c = CodeTrace(b.Finish());
    INFO(CodingReport(c));
    const EpisodeCoding* e6 = c.Episode(6);
    REQUIRE(e6->curtailed);
    REQUIRE(e6->duration_s == Approx(70.0).margin(1.0));
    REQUIRE(e6->intervals.size() == 5);    // 15 + 15 + 15 + 15 + a short last one
    REQUIRE(e6->intervals.back().length_s < 15.0);
    REQUIRE(e6->search.value >= 5);       // went to the door
    REQUIRE(c.classification.subgroup == "B3");
}

TEST_CASE("crying is coded per 15-second interval", "[coding][intervals]") {
    SceneBuilder b;
    b.Wait(30.0);
    b.Begin(2).InfantDoes(VisibleAction::Crying, GazeTarget::Caregiver, Affect::Distressed, 0.5).Wait(20.0);
    b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy).Wait(40.0);
    const Coding c = CodeTrace(b.Finish());
    const auto& iv = c.Episode(2)->intervals;
    REQUIRE(iv.size() == 4);
    REQUIRE(iv[0].crying_s == Approx(15.0).margin(0.15));
    REQUIRE(iv[1].crying_s == Approx(5.0).margin(0.15));
    REQUIRE_FALSE(iv[2].cried());
    REQUIRE(iv[2].exploring_s == Approx(15.0).margin(0.15));
}

TEST_CASE("search is strongest when the infant goes to the door and stays", "[coding][search]") {
    SceneBuilder b;
    b.Wait(30.0);
    b.Begin(6).InfantMoveTo(b.Room().door + Vec2{0.3, 0.0}, VisibleAction::Searching, GazeTarget::Door);
    b.InfantDoes(VisibleAction::Searching, GazeTarget::Door).Wait(25.0);
    const Coding c = CodeTrace(b.Finish());
    REQUIRE(c.Episode(6)->search.value == 7);

    SceneBuilder looks;
    looks.Wait(30.0);
    looks.Begin(6);
    for (int i = 0; i < 3; ++i) {
        looks.InfantDoes(VisibleAction::Idle, GazeTarget::Door).Wait(2.0);
        looks.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy).Wait(10.0);
    }
    REQUIRE(CodeTrace(looks.Finish()).Episode(6)->search.value == 3);
}

TEST_CASE("lying passively in her arms is contact, but not contact maintaining: CM needs holding on", "[coding][cm]") {
    // The same 40-s pick-up after a cry; only what the infant does in her arms differs.
    auto held = [](VisibleAction in_arms) {
        return [=](SceneBuilder& b) {
            b.InfantDoes(VisibleAction::Crying, GazeTarget::Caregiver, Affect::Distressed, 0.6).Wait(4.0);
            b.AdultToInfant(AgentId::Caregiver).PickUp(AgentId::Caregiver);
            b.InfantDoes(in_arms, GazeTarget::Caregiver).Wait(40.0).PutDown(AgentId::Caregiver);
            b.InfantDoes(VisibleAction::Idle, GazeTarget::None).Wait(20.0);
        };
    };
    const Coding clinging = CodeTrace(Procedure(held(VisibleAction::InContact), held(VisibleAction::InContact)));
    const Coding passive = CodeTrace(Procedure(held(VisibleAction::HeldPassively), held(VisibleAction::HeldPassively)));
    INFO(CodingReport(passive));
    REQUIRE(clinging.Episode(5)->to_caregiver.cm.value >= 5);
    REQUIRE(passive.Episode(5)->to_caregiver.cm.value == 3);
    REQUIRE_THAT(passive.Episode(5)->to_caregiver.cm.why, Catch::Matchers::Contains("clinging 0%"));
}
