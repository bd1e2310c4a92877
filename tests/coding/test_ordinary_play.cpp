// Ordinary behaviour is not over-read: playing away from a seated caregiver, glancing back with a
// smile, touching base and a still moment at play are what a secure one-year-old does before any
// separation (Ainsworth et al. 1978), not avoidance, strong distance interaction or disorganization
// (Main & Solomon 1990). Each tape is paired with the behaviour that does earn the score.
#include <catch2/catch.hpp>

#include "coding/coder.h"
#include "procedure_scenes.h"
#include "record/coding_report.h"

using namespace sb;
using namespace sb::test;

namespace {

// Episode 2 as the test writes it: the infant has just been set down between the chairs, the
// caregiver is in her chair; what follows is the script, then the episode runs to its 3 minutes.
VisibleTrace Episode2(const Script& play) {
    SceneBuilder b;
    b.Wait(30.0);
    b.Begin(2);
    play(b);
    WaitUntilEpisodeTime(b, 180.0);
    return b.Finish();
}

const InteractiveScales& ToMom(const Coding& c, int ep) { return c.Episode(ep)->to_caregiver; }

// Crawls to her looking at her, raises its arms for a moment, and goes back to the toys.
void TouchesBase(SceneBuilder& b) {
    b.InfantApproach(AgentId::Caregiver, GazeTarget::Caregiver);
    b.InfantDoes(VisibleAction::Reaching, GazeTarget::Caregiver).Wait(0.5);
    b.InfantMoveTo(kPlaySpot, VisibleAction::Exploring, GazeTarget::Toy);
    b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy, Affect::Positive);
}

void GoesToPlay(SceneBuilder& b) {
    b.InfantMoveTo(kPlaySpot, VisibleAction::Exploring, GazeTarget::Toy);
    b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy, Affect::Positive).Wait(40.0);
}

bool Has(const Coding& c, DIndex index) {
    for (const DObservation& o : c.disorganization.observations)
        if (o.index == index) return true;
    return false;
}

}  // namespace

// --- Avoidance -------------------------------------------------------------------------------

TEST_CASE("leaving a seated caregiver to go and play is not avoidance", "[coding][av][preseparation]") {
    const Coding c = CodeTrace(Episode2([](SceneBuilder& b) {
        GoesToPlay(b);
        TouchesBase(b);
        b.Wait(40.0);
        TouchesBase(b);
    }));
    INFO(CodingReport(c));
    REQUIRE(ToMom(c, 2).av.value == 1);
}

TEST_CASE("turning away as she comes over is avoidance, even before any separation", "[coding][av][preseparation]") {
    const Coding c = CodeTrace(Episode2([](SceneBuilder& b) {
        GoesToPlay(b);
        b.AdultToInfant(AgentId::Caregiver);
        b.Mom().action = VisibleAction::PlayingWithInfant;
        b.InfantDoes(VisibleAction::TurningAway, GazeTarget::Toy).Wait(2.0);
        b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy).Wait(20.0);
    }));
    INFO(CodingReport(c));
    REQUIRE(ToMom(c, 2).av.value >= 3);
}

TEST_CASE("crawling off as she comes to play is avoidance; crawling off while she sits is not", "[coding][av][preseparation]") {
    auto crawls_off_from_her = [](bool she_comes) {
        return CodeTrace(Episode2([she_comes](SceneBuilder& b) {
            GoesToPlay(b);
            if (she_comes) {
                b.AdultToInfant(AgentId::Caregiver);
                b.Mom().action = VisibleAction::PlayingWithInfant;
            } else {
                b.InfantApproach(AgentId::Caregiver, GazeTarget::Caregiver);
                b.Wait(3.0);
            }
            b.InfantMoveTo(b.Room().toys[2], VisibleAction::Exploring, GazeTarget::Toy);
            b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy).Wait(20.0);
        }));
    };
    const Coding avoids = crawls_off_from_her(true);
    const Coding plays = crawls_off_from_her(false);
    INFO(CodingReport(avoids));
    REQUIRE(ToMom(avoids, 2).av.value >= 3);
    REQUIRE(ToMom(plays, 2).av.value == 1);
}

// --- Distance interaction -------------------------------------------------------------------

TEST_CASE("a smile with each glance back while playing is moderate distance interaction, not the top of the scale",
          "[coding][di][preseparation]") {
    const Coding c = CodeTrace(Episode2([](SceneBuilder& b) {
        GoesToPlay(b);
        for (int i = 0; i < 8; ++i) {
            b.InfantDoes(VisibleAction::Exploring, GazeTarget::Caregiver, Affect::Positive, 0.0, true).Wait(1.2);
            b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy, Affect::Positive).Wait(14.0);
        }
    }));
    INFO(CodingReport(c));
    REQUIRE(ToMom(c, 2).di.value == 5);
}

TEST_CASE("smiling and babbling to her for seconds at a time, again and again, is the top of the scale",
          "[coding][di][preseparation]") {
    const Coding c = CodeTrace(Episode2([](SceneBuilder& b) {
        GoesToPlay(b);
        for (int i = 0; i < 4; ++i) {
            b.InfantDoes(VisibleAction::Watching, GazeTarget::Caregiver, Affect::Positive, 0.0, true).Wait(3.0);
            b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy, Affect::Positive).Wait(10.0);
        }
    }));
    INFO(CodingReport(c));
    REQUIRE(ToMom(c, 2).di.value == 7);
}

TEST_CASE("looking at her without a smile or a sound is not distance interaction", "[coding][di][preseparation]") {
    const Coding c = CodeTrace(Episode2([](SceneBuilder& b) {
        GoesToPlay(b);
        for (int i = 0; i < 6; ++i) {
            b.InfantDoes(VisibleAction::Exploring, GazeTarget::Caregiver, Affect::Neutral).Wait(1.5);
            b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy, Affect::Neutral).Wait(12.0);
        }
    }));
    REQUIRE(ToMom(c, 2).di.value == 1);
}

// --- Proximity seeking ----------------------------------------------------------------------

TEST_CASE("crawling to a toy that lies beside her chair is not proximity seeking", "[coding][ps][preseparation]") {
    const Coding c = CodeTrace(Episode2([](SceneBuilder& b) {
        GoesToPlay(b);
        // The toy has rolled under her chair: the infant goes after it, eyes on the toy.
        b.InfantMoveTo(b.Mom().pos, VisibleAction::Exploring, GazeTarget::Toy, 0.3);
        b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy, Affect::Positive).Wait(5.0);
        b.InfantMoveTo(kPlaySpot, VisibleAction::Exploring, GazeTarget::Toy);
    }));
    INFO(CodingReport(c));
    REQUIRE(ToMom(c, 2).ps.value == 1);
}

TEST_CASE("a purposeful crawl to her that ends in a reach is an active effort to gain contact", "[coding][ps][preseparation]") {
    const Coding c = CodeTrace(Episode2([](SceneBuilder& b) {
        GoesToPlay(b);
        b.InfantApproach(AgentId::Caregiver, GazeTarget::Caregiver);
        b.InfantDoes(VisibleAction::Reaching, GazeTarget::Caregiver).Wait(1.0);
        b.InfantMoveTo(kPlaySpot, VisibleAction::Exploring, GazeTarget::Toy);
    }));
    INFO(CodingReport(c));
    REQUIRE(ToMom(c, 2).ps.value == 5);
}

// --- Disorganization: contradictory behaviour --------------------------------------------------

TEST_CASE("an approach followed by returning to the toys before any separation is not contradictory behaviour",
          "[coding][disorganization][preseparation]") {
    const Coding c = CodeTrace(Episode2([](SceneBuilder& b) {
        GoesToPlay(b);
        TouchesBase(b);
        b.Wait(30.0);
        TouchesBase(b);
    }));
    INFO(CodingReport(c));
    REQUIRE_FALSE(Has(c, DIndex::SequentialContradiction));
    REQUIRE(c.disorganization.rating == 1);
}

TEST_CASE("crying, crawling to her at the reunion and abruptly turning away is contradictory; before any separation it weighs less",
          "[coding][disorganization]") {
    auto distressed_approach_then_turn = [](SceneBuilder& b) {
        b.InfantDoes(VisibleAction::Crying, GazeTarget::Caregiver, Affect::Distressed, 0.6).Wait(1.0);
        b.InfantApproach(AgentId::Caregiver, GazeTarget::Caregiver);
        b.InfantDoes(VisibleAction::TurningAway, GazeTarget::None, Affect::Distressed, 0.4).Wait(2.0);
        b.InfantMoveTo(kPlaySpot, VisibleAction::Exploring, GazeTarget::Toy);
        b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy);
    };
    const Coding reunion =
        CodeTrace(Procedure(distressed_approach_then_turn, [](SceneBuilder& b) { GreetsAndIsHeld(b, 1.0, 30.0); }));
    const Coding before = CodeTrace(Episode2([&](SceneBuilder& b) {
        GoesToPlay(b);
        distressed_approach_then_turn(b);
    }));
    INFO(CodingReport(reunion));
    REQUIRE(Has(reunion, DIndex::SequentialContradiction));
    REQUIRE(reunion.disorganization.rating == 4);
    REQUIRE(Has(before, DIndex::SequentialContradiction));
    REQUIRE(before.disorganization.rating == 3);
}

TEST_CASE("a calm approach that ends in turning away is the avoidant mix of A2, scored as avoidance, not disorganization",
          "[coding][disorganization]") {
    auto approach_then_turn = [](SceneBuilder& b) {
        b.InfantDoes(VisibleAction::Watching, GazeTarget::Caregiver).Wait(1.0);
        b.InfantApproach(AgentId::Caregiver, GazeTarget::Caregiver);
        b.InfantDoes(VisibleAction::TurningAway, GazeTarget::Toy).Wait(2.5);
        b.InfantMoveTo(kPlaySpot, VisibleAction::Exploring, GazeTarget::Toy);
        b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy);
    };
    const Coding c = CodeTrace(Procedure(approach_then_turn, approach_then_turn));
    INFO(CodingReport(c));
    REQUIRE_FALSE(Has(c, DIndex::SequentialContradiction));
    REQUIRE(c.disorganization.rating == 1);
    REQUIRE(ToMom(c, 5).av.value >= 3);
}

// --- Disorganization: freezing and stilling ------------------------------------------------------

TEST_CASE("a still moment of a second or so while playing is not freezing", "[coding][disorganization][preseparation]") {
    const Coding c = CodeTrace(Episode2([](SceneBuilder& b) {
        GoesToPlay(b);
        b.InfantDoes(VisibleAction::Freezing, GazeTarget::None).Wait(1.5);
        b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy, Affect::Positive).Wait(30.0);
    }));
    INFO(CodingReport(c));
    REQUIRE(c.disorganization.observations.empty());
    REQUIRE(c.disorganization.rating == 1);
}

TEST_CASE("a freeze of a few seconds before any separation weighs less than the same freeze at reunion",
          "[coding][disorganization][preseparation]") {
    auto freezes = [](SceneBuilder& b) {
        b.InfantDoes(VisibleAction::Freezing, GazeTarget::None).Wait(6.0);
        b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy).Wait(30.0);
    };
    const Coding before = CodeTrace(Episode2([&](SceneBuilder& b) {
        GoesToPlay(b);
        freezes(b);
    }));
    const Coding reunion = CodeTrace(Procedure([&](SceneBuilder& b) {
        GreetsAndIsHeld(b, 1.0, 30.0);
        freezes(b);
    }, [](SceneBuilder& b) { GreetsAndIsHeld(b, 1.0, 30.0); }));
    INFO(CodingReport(before));
    INFO(CodingReport(reunion));
    REQUIRE(before.disorganization.rating == 4);
    REQUIRE_FALSE(before.disorganization.Disorganized());
    REQUIRE(reunion.disorganization.rating == 6);
    REQUIRE(reunion.classification.group == 'D');
}

TEST_CASE("a trance-like freeze of 20 s or more is a strong index in any episode", "[coding][disorganization][preseparation]") {
    const Coding c = CodeTrace(Episode2([](SceneBuilder& b) {
        GoesToPlay(b);
        b.InfantDoes(VisibleAction::Freezing, GazeTarget::None).Wait(22.0);
        b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy).Wait(30.0);
    }));
    INFO(CodingReport(c));
    REQUIRE(c.disorganization.rating >= 7);
    REQUIRE(c.disorganization.Disorganized());
}
