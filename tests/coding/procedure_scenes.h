// Whole hand-written procedures: an ordinary first half, two separations, and two reunions whose
// content each test writes itself. Everything outside the reunions is kept neutral so the
// reunion behaviour decides the classification, as it does for a human coder.
#pragma once

#include <functional>

#include "scene_builder.h"

namespace sb::test {

using Script = std::function<void(SceneBuilder&)>;

inline const Vec2 kPlaySpot{1.4, 0.65};

inline void WaitUntilEpisodeTime(SceneBuilder& b, double t) {
    const double left = b.EpisodeStart() + t - b.Now();
    if (left > 0) b.Wait(left);
}

inline void CalmPrelude(SceneBuilder& b, const Script& preseparation_extra = nullptr) {
    b.Wait(30.0);
    b.Begin(2).InfantMoveTo(kPlaySpot, VisibleAction::Exploring, GazeTarget::Toy);
    b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy, Affect::Positive);
    WaitUntilEpisodeTime(b, 180.0);
    b.Begin(3).Enter(AgentId::Stranger).AdultWalkTo(AgentId::Stranger, b.Room().stranger_chair);
    b.Stranger().action = VisibleAction::Reading;
    b.Stranger().posture = Posture::Sitting;
    b.InfantDoes(VisibleAction::Watching, GazeTarget::Stranger).Wait(3.0);
    b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy);
    if (preseparation_extra) preseparation_extra(b);
    WaitUntilEpisodeTime(b, 177.0);
    b.AdultWalkTo(AgentId::Caregiver, b.Room().door).Exit(AgentId::Caregiver);
}

// Episode 4: the stranger's company; the infant fusses, searches a little, and returns to the toys.
inline void FirstSeparation(SceneBuilder& b, Vec2 reunion_spot = kPlaySpot) {
    b.Begin(4).InfantDoes(VisibleAction::Crying, GazeTarget::Door, Affect::Distressed, 0.4).Wait(30.0);
    b.InfantDoes(VisibleAction::Idle, GazeTarget::Stranger).Wait(60.0);
    b.InfantMoveTo(reunion_spot, VisibleAction::Exploring, GazeTarget::Toy);
    WaitUntilEpisodeTime(b, 180.0);
}

// Episodes 6 and 7: alone, then with the stranger, who comforts the infant.
inline void SecondSeparation(SceneBuilder& b, Vec2 reunion_spot = kPlaySpot) {
    b.Begin(6).InfantMoveTo(b.Room().door + Vec2{0.3, 0.0}, VisibleAction::Searching, GazeTarget::Door);
    b.InfantDoes(VisibleAction::Searching, GazeTarget::Door, Affect::Distressed, 0.5).Wait(60.0);
    b.InfantDoes(VisibleAction::Crying, GazeTarget::Door, Affect::Distressed, 0.7).Wait(60.0);
    WaitUntilEpisodeTime(b, 180.0);
    b.Begin(7).Enter(AgentId::Stranger).AdultToInfant(AgentId::Stranger).PickUp(AgentId::Stranger);
    b.Infant().cry = 0.3;
    b.Wait(40.0).PutDown(AgentId::Stranger);
    b.InfantMoveTo(reunion_spot, VisibleAction::Exploring, GazeTarget::Toy);
    b.AdultWalkTo(AgentId::Stranger, b.Room().stranger_chair);
    WaitUntilEpisodeTime(b, 180.0);
}

// The whole procedure with the two reunions written by the test. Each reunion script starts the
// moment the caregiver comes through the door, the infant sitting at `reunion_spot` (the toys).
inline VisibleTrace Procedure(const Script& reunion1, const Script& reunion2, const Script& preseparation_extra = nullptr,
                              Vec2 reunion_spot = kPlaySpot) {
    SceneBuilder b;
    CalmPrelude(b, preseparation_extra);
    FirstSeparation(b, reunion_spot);
    b.Begin(5).Exit(AgentId::Stranger).Enter(AgentId::Caregiver);
    b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy);
    reunion1(b);
    WaitUntilEpisodeTime(b, 175.0);
    if (b.Mom().in_contact) b.PutDown(AgentId::Caregiver);
    b.AdultWalkTo(AgentId::Caregiver, b.Room().door).Exit(AgentId::Caregiver);
    SecondSeparation(b, reunion_spot);
    b.Begin(8).Exit(AgentId::Stranger).Enter(AgentId::Caregiver);
    b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy);
    reunion2(b);
    WaitUntilEpisodeTime(b, 180.0);
    return b.Finish();
}

// Reunion pieces the tests combine.
inline void GreetsAndIsHeld(SceneBuilder& b, double delay_s, double held_s) {
    b.InfantDoes(VisibleAction::Watching, GazeTarget::Caregiver).Wait(delay_s);
    b.InfantApproach(AgentId::Caregiver, GazeTarget::Caregiver);
    b.InfantDoes(VisibleAction::Reaching, GazeTarget::Caregiver).Wait(0.5);
    b.PickUp(AgentId::Caregiver).Wait(held_s).PutDown(AgentId::Caregiver);
    b.InfantMoveTo(kPlaySpot, VisibleAction::Exploring, GazeTarget::Toy);
}

inline void IgnoresHer(SceneBuilder& b, double seconds) {
    b.InfantDoes(VisibleAction::Exploring, GazeTarget::Toy).Wait(seconds);
}

}  // namespace sb::test
