// Cues: what the protocol tells a scripted adult to do at a moment of an episode. The vocabulary
// the procedure speaks and the adults understand; how an adult carries a cue out is up to her agent.
#pragma once

#include <string_view>

#include "world/visible.h"

namespace sb {

// What a scripted adult is told to do at a moment of an episode. How she does it (and how she
// answers the infant meanwhile) is up to her agent.
enum class CueKind {
    CarryInfantIn,    // enter holding the infant and walk to the put-down spot
    PutInfantDown,    // put the infant down on the floor facing the toys (ep 1 -> ep 2)
    EnterRoom,        // come through the door
    GoToChair,        // walk to own chair and sit
    SitQuietly,       // stranger: sit silent, reading (ep 3, first minute)
    TalkToCaregiver,  // stranger: converse with the caregiver (ep 3, second minute)
    ApproachInfant,   // stranger: get down to the infant and engage it with a toy (ep 3, third minute)
    PromptPlay,       // caregiver: encourage play if the infant has not explored (ep 2 after 2 min)
    GreetInfant,      // caregiver: pause at the door, greet, comfort as needed (reunion)
    GreetAndPickUp,   // caregiver: greet and pick the infant up (ep 8)
    GearToInfant,     // stranger in separations: comfort if distressed, otherwise play or sit
    LeaveRoom,        // put the infant down if holding it, walk out through the door
};

std::string_view ToString(CueKind);

struct Cue {
    double at_s = 0.0;  // s after the episode starts
    AgentId who = AgentId::Caregiver;
    CueKind kind = CueKind::EnterRoom;
};

}  // namespace sb
