// The visible behaviour stream: what a camera in the room would show at one instant, and the
// events a coder would note. Nothing hidden (arousal, expectations, parameters) belongs here —
// the renderer and the observer read only this.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "core/vec2.h"

namespace sb {

enum class AgentId : std::uint8_t { Infant = 0, Caregiver = 1, Stranger = 2 };
inline constexpr int kAgentCount = 3;

enum class Posture : std::uint8_t {
    Standing,   // adults walking or standing; a toddling infant
    Sitting,    // on a chair (adults) or on the floor (infant)
    Crouching,  // adult down at the infant's level
    Crawling,
    Held,       // infant carried or held by an adult
};

enum class Affect : std::uint8_t { Positive, Neutral, Wary, Distressed, Angry };

enum class GazeTarget : std::uint8_t { None, Infant, Caregiver, Stranger, Toy, Door, Book };

enum class VisibleAction : std::uint8_t {
    // any agent
    Absent,       // outside the room
    Idle,
    Walking,
    // infant
    Exploring,     // manipulating or moving to a toy
    Watching,      // looking at a person from where it is
    Approaching,   // locomoting towards a person
    Reaching,      // arms up at a person within reach
    InContact,     // held, clinging or sinking in
    Crying,        // sitting and crying (vocal intensity is in AgentView::cry)
    Searching,     // at or moving to the door, or at the caregiver's chair
    Withdrawing,   // moving away from a person
    // adults
    Entering,
    Leaving,
    SittingInChair,
    Reading,
    Talking,
    ApproachingInfant,
    PickingUp,
    Holding,
    PuttingDown,
    Soothing,
    Greeting,
    OfferingToy,
    PlayingWithInfant,
    // infant, added for the observer's scales (values appended so old traces keep their codes)
    WantingDown,   // held, leaning out or pointing to the floor: wants to be put down
    Resisting,     // pushing away, hitting, squirming angrily, throwing an offered toy
    TurningAway,   // turning head or body away from a person who approaches or calls
    Freezing,      // motionless for seconds with a dazed or trance-like face
    // adults, frightening or frightened behaviour (Main & Hesse 1990)
    Looming,       // sudden fast approach, bending over the infant
    Dissociating,  // stock-still, blank face, not responding
    // infant, added later (appended so old traces keep their codes)
    HeldPassively,  // held without holding on: neither clinging nor pushing away, a passive signaller's contact
};

std::string_view ToString(AgentId);
std::string_view ToString(Posture);
std::string_view ToString(Affect);
std::string_view ToString(GazeTarget);
std::string_view ToString(VisibleAction);

struct AgentView {
    bool present = false;
    Vec2 pos;                 // m, room coordinates (origin top-left corner, y towards the chairs)
    double facing = 0.0;      // rad, see Heading()
    Posture posture = Posture::Standing;
    Affect affect = Affect::Neutral;
    GazeTarget gaze = GazeTarget::None;
    VisibleAction action = VisibleAction::Absent;
    double cry = 0.0;         // 0..1 vocal distress (0 silent, 1 screaming)
    bool vocalising = false;  // babbling, talking, greeting
    bool in_contact = false;  // body contact between infant and an adult
};

// One instant of the procedure as a camera sees it.
struct Snapshot {
    double t = 0.0;          // s since the procedure began
    int episode = 1;         // number of the current episode (the last one once finished)
    double episode_t = 0.0;  // s since the current episode began
    std::array<AgentView, kAgentCount> agents{};

    const AgentView& Infant() const { return agents[0]; }
    const AgentView& Caregiver() const { return agents[1]; }
    const AgentView& Stranger() const { return agents[2]; }
    AgentView& Of(AgentId id) { return agents[static_cast<int>(id)]; }
    const AgentView& Of(AgentId id) const { return agents[static_cast<int>(id)]; }
};

enum class EventKind : std::uint8_t {
    EpisodeStart,
    EpisodeEnd,
    Enter,       // an adult comes through the door
    Exit,        // an adult goes out of the door
    PickUp,      // an adult picks the infant up
    PutDown,     // an adult puts the infant down
    Curtailed,   // a separation ended early because of the infant's distress
    Extended,    // a reunion ran past its nominal length until the infant settled
};

std::string_view ToString(EventKind);

struct SimEvent {
    double t = 0.0;
    EventKind kind = EventKind::EpisodeStart;
    AgentId who = AgentId::Infant;  // the actor for entries/exits/pick-ups; Infant for episode events
    int episode = 1;
};

}  // namespace sb
