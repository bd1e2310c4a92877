// The observer classifies hand-written procedures as a trained coder would: one tape for each
// subgroup, and two for disorganization (Ainsworth et al. 1978; Main & Solomon 1990).
#include <catch2/catch.hpp>

#include "coding/coder.h"
#include "procedure_scenes.h"
#include "record/coding_report.h"

using namespace sb;
using namespace sb::test;

namespace {
Coding Code(const VisibleTrace& t) { return CodeTrace(t); }
const InteractiveScales& ToMom(const Coding& c, int ep) { return c.Episode(ep)->to_caregiver; }
}  // namespace

TEST_CASE("B3: greets her at once, crawls to her and is held, then plays again", "[coding][classification]") {
    const Coding c = Code(Procedure([](SceneBuilder& b) { GreetsAndIsHeld(b, 1.0, 30.0); },
                                    [](SceneBuilder& b) { GreetsAndIsHeld(b, 1.0, 40.0); }));
    INFO(CodingReport(c));
    REQUIRE(ToMom(c, 5).ps.value == 7);
    REQUIRE(ToMom(c, 8).ps.value == 7);
    REQUIRE(ToMom(c, 5).av.value == 1);
    REQUIRE(c.classification.group == 'B');
    REQUIRE(c.classification.subgroup == "B3");
    REQUIRE(c.classification.avoidance_dim < 0);
}

TEST_CASE("A1: ignores her return, turns away when she comes, leans out of her arms", "[coding][classification]") {
    auto avoid = [](SceneBuilder& b) {
        IgnoresHer(b, 20.0);
        b.AdultToInfant(AgentId::Caregiver);
        b.InfantDoes(VisibleAction::TurningAway, GazeTarget::Toy).Wait(2.0);
        b.PickUp(AgentId::Caregiver);
        b.InfantDoes(VisibleAction::WantingDown, GazeTarget::Toy).Wait(4.0);
        b.PutDown(AgentId::Caregiver);
        IgnoresHer(b, 60.0);
    };
    const Coding c = Code(Procedure(avoid, avoid));
    INFO(CodingReport(c));
    REQUIRE(ToMom(c, 5).av.value >= 6);
    REQUIRE(ToMom(c, 8).av.value >= 6);
    REQUIRE(ToMom(c, 5).ps.value == 1);
    REQUIRE(ToMom(c, 5).cm.value <= 2);
    REQUIRE(c.classification.group == 'A');
    REQUIRE(c.classification.subgroup == "A1");
    REQUIRE(c.classification.avoidance_dim > 3);
}

TEST_CASE("A2: greets late and turns away, then approaches part of the way", "[coding][classification]") {
    auto mixed = [](SceneBuilder& b) {
        IgnoresHer(b, 25.0);
        b.InfantDoes(VisibleAction::TurningAway, GazeTarget::Toy).Wait(1.5);
        b.InfantApproachPart(AgentId::Caregiver, 0.6);
        b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy).Wait(30.0);
    };
    const Coding c = Code(Procedure(mixed, mixed));
    INFO(CodingReport(c));
    REQUIRE(ToMom(c, 5).ps.value == 4);
    REQUIRE(ToMom(c, 5).av.value >= 5);
    REQUIRE(c.classification.group == 'A');
    REQUIRE(c.classification.subgroup == "A2");
}

TEST_CASE("B1: greets her with smiles and babble across the room but seeks no contact", "[coding][classification]") {
    auto distance = [](SceneBuilder& b) {
        for (int i = 0; i < 4; ++i) {
            b.InfantDoes(VisibleAction::Watching, GazeTarget::Caregiver, Affect::Positive, 0.0, true).Wait(3.0);
            b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy, Affect::Positive).Wait(8.0);
        }
    };
    const Coding c = Code(Procedure(distance, distance));
    INFO(CodingReport(c));
    REQUIRE(ToMom(c, 5).di.value == 7);
    REQUIRE(ToMom(c, 5).ps.value <= 2);
    REQUIRE(ToMom(c, 5).av.value == 1);
    REQUIRE(c.classification.group == 'B');
    REQUIRE(c.classification.subgroup == "B1");
}

TEST_CASE("B2: some avoidance at the first reunion, active seeking at the second", "[coding][classification]") {
    const Coding c = Code(Procedure(
        [](SceneBuilder& b) {
            IgnoresHer(b, 12.0);
            b.InfantDoes(VisibleAction::Watching, GazeTarget::Caregiver, Affect::Neutral).Wait(3.0);
            IgnoresHer(b, 60.0);
        },
        [](SceneBuilder& b) { GreetsAndIsHeld(b, 2.0, 25.0); }));
    INFO(CodingReport(c));
    REQUIRE(ToMom(c, 5).av.value == 4);
    REQUIRE(ToMom(c, 8).ps.value == 7);
    REQUIRE(c.classification.group == 'B');
    REQUIRE(c.classification.subgroup == "B2");
}

TEST_CASE("B4: upset before any separation, wants contact throughout, a little resistance", "[coding][classification]") {
    auto clingy = [](SceneBuilder& b) {
        b.InfantDoes(VisibleAction::Watching, GazeTarget::Caregiver, Affect::Distressed, 0.5).Wait(1.0);
        b.InfantApproach(AgentId::Caregiver, GazeTarget::Caregiver);
        b.PickUp(AgentId::Caregiver);
        b.Infant().cry = 0.4;
        b.Wait(20.0);
        b.InfantDoes(VisibleAction::Resisting, GazeTarget::Caregiver, Affect::Distressed, 0.4).Wait(2.0);
        b.InfantDoes(VisibleAction::InContact, GazeTarget::Caregiver, Affect::Neutral, 0.0).Wait(40.0);
    };
    auto upset_by_stranger = [](SceneBuilder& b) {
        b.InfantDoes(VisibleAction::Crying, GazeTarget::Caregiver, Affect::Distressed, 0.5).Wait(35.0);
        b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy);
    };
    const Coding c = Code(Procedure(clingy, clingy, upset_by_stranger));
    INFO(CodingReport(c));
    REQUIRE(ToMom(c, 5).rs.value == 4);
    REQUIRE(ToMom(c, 5).cm.value >= 5);
    REQUIRE(c.classification.group == 'B');
    REQUIRE(c.classification.subgroup == "B4");
}

TEST_CASE("C1: seeks contact and angrily pushes her away, over and over", "[coding][classification]") {
    auto ambivalent = [](SceneBuilder& b) {
        b.InfantDoes(VisibleAction::Watching, GazeTarget::Caregiver, Affect::Distressed, 0.7).Wait(1.0);
        b.InfantApproach(AgentId::Caregiver, GazeTarget::Caregiver);
        b.PickUp(AgentId::Caregiver);
        b.Infant().cry = 0.7;
        b.Wait(10.0);
        for (int i = 0; i < 2; ++i) {
            b.InfantDoes(VisibleAction::Resisting, GazeTarget::Caregiver, Affect::Angry, 0.8).Wait(4.0);
            b.InfantDoes(VisibleAction::InContact, GazeTarget::Caregiver, Affect::Distressed, 0.6).Wait(15.0);
        }
    };
    const Coding c = Code(Procedure(ambivalent, ambivalent));
    INFO(CodingReport(c));
    REQUIRE(ToMom(c, 5).rs.value == 7);
    REQUIRE(ToMom(c, 5).ps.value >= 5);
    REQUIRE(c.classification.group == 'C');
    REQUIRE(c.classification.subgroup == "C1");
    REQUIRE(c.classification.resistance_dim > 4);
}

TEST_CASE("C2: cries passively towards her, does not go to her, resists when held", "[coding][classification]") {
    auto passive = [](SceneBuilder& b) {
        b.InfantDoes(VisibleAction::Crying, GazeTarget::Caregiver, Affect::Distressed, 0.8).Wait(20.0);
        b.AdultToInfant(AgentId::Caregiver).PickUp(AgentId::Caregiver);
        b.InfantDoes(VisibleAction::Resisting, GazeTarget::Caregiver, Affect::Angry, 0.8).Wait(3.5);
        b.InfantDoes(VisibleAction::WantingDown, GazeTarget::None, Affect::Distressed, 0.6).Wait(6.0);
        b.PutDown(AgentId::Caregiver);
        b.InfantDoes(VisibleAction::Crying, GazeTarget::Caregiver, Affect::Distressed, 0.6).Wait(40.0);
    };
    const Coding c = Code(Procedure(passive, passive));
    INFO(CodingReport(c));
    REQUIRE(ToMom(c, 5).rs.value == 5);
    REQUIRE(ToMom(c, 5).ps.value <= 4);
    REQUIRE(c.classification.group == 'C');
    REQUIRE(c.classification.subgroup == "C2");
}

TEST_CASE("D: approaches the returning caregiver and then freezes", "[coding][classification][disorganization]") {
    const Coding c = Code(Procedure([](SceneBuilder& b) { GreetsAndIsHeld(b, 1.0, 30.0); },
                                    [](SceneBuilder& b) {
                                        b.InfantDoes(VisibleAction::Watching, GazeTarget::Caregiver).Wait(1.0);
                                        b.InfantApproachPart(AgentId::Caregiver, 0.7);
                                        b.InfantDoes(VisibleAction::Freezing, GazeTarget::None).Wait(8.0);
                                        GreetsAndIsHeld(b, 0.5, 30.0);
                                    }));
    INFO(CodingReport(c));
    REQUIRE(c.disorganization.rating >= 5);
    REQUIRE(c.classification.group == 'D');
    REQUIRE(c.classification.best_fit == 'B');
    bool cites_freeze = false;
    for (const auto& r : c.classification.reasons) cites_freeze |= r.find("froze") != std::string::npos;
    REQUIRE(cites_freeze);
}

TEST_CASE("D: approaches her with head averted", "[coding][classification][disorganization]") {
    auto averted = [](SceneBuilder& b) {
        b.InfantDoes(VisibleAction::Watching, GazeTarget::Caregiver).Wait(1.0);
        b.InfantApproach(AgentId::Caregiver, GazeTarget::None);
        b.PickUp(AgentId::Caregiver).Wait(25.0).PutDown(AgentId::Caregiver);
        b.InfantMoveTo(kPlaySpot, VisibleAction::Exploring, GazeTarget::Toy);
    };
    const Coding c = Code(Procedure(averted, averted));
    INFO(CodingReport(c));
    REQUIRE(c.disorganization.rating >= 5);
    REQUIRE(c.classification.group == 'D');
    bool simultaneous = false;
    for (const auto& o : c.disorganization.observations) simultaneous |= o.index == DIndex::SimultaneousContradiction;
    REQUIRE(simultaneous);
}

TEST_CASE("an organised infant gets a disorganization rating of 1", "[coding][disorganization]") {
    const Coding c = Code(Procedure([](SceneBuilder& b) { GreetsAndIsHeld(b, 1.0, 30.0); },
                                    [](SceneBuilder& b) { GreetsAndIsHeld(b, 1.0, 30.0); }));
    REQUIRE(c.disorganization.rating == 1);
    REQUIRE(c.disorganization.observations.empty());
}
