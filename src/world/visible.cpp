// Names for the visible-behaviour enums, used in trace files, panels and messages.
#include "world/visible.h"

namespace sb {

std::string_view ToString(AgentId a) {
    switch (a) {
        case AgentId::Infant: return "infant";
        case AgentId::Caregiver: return "caregiver";
        case AgentId::Stranger: return "stranger";
    }
    return "?";
}

std::string_view ToString(Posture p) {
    switch (p) {
        case Posture::Standing: return "standing";
        case Posture::Sitting: return "sitting";
        case Posture::Crouching: return "crouching";
        case Posture::Crawling: return "crawling";
        case Posture::Held: return "held";
    }
    return "?";
}

std::string_view ToString(Affect a) {
    switch (a) {
        case Affect::Positive: return "positive";
        case Affect::Neutral: return "neutral";
        case Affect::Wary: return "wary";
        case Affect::Distressed: return "distressed";
        case Affect::Angry: return "angry";
    }
    return "?";
}

std::string_view ToString(GazeTarget g) {
    switch (g) {
        case GazeTarget::None: return "none";
        case GazeTarget::Infant: return "infant";
        case GazeTarget::Caregiver: return "caregiver";
        case GazeTarget::Stranger: return "stranger";
        case GazeTarget::Toy: return "toy";
        case GazeTarget::Door: return "door";
        case GazeTarget::Book: return "book";
    }
    return "?";
}

std::string_view ToString(VisibleAction a) {
    switch (a) {
        case VisibleAction::Absent: return "absent";
        case VisibleAction::Idle: return "idle";
        case VisibleAction::Walking: return "walking";
        case VisibleAction::Exploring: return "exploring";
        case VisibleAction::Watching: return "watching";
        case VisibleAction::Approaching: return "approaching";
        case VisibleAction::Reaching: return "reaching";
        case VisibleAction::InContact: return "in_contact";
        case VisibleAction::Crying: return "crying";
        case VisibleAction::Searching: return "searching";
        case VisibleAction::Withdrawing: return "withdrawing";
        case VisibleAction::Entering: return "entering";
        case VisibleAction::Leaving: return "leaving";
        case VisibleAction::SittingInChair: return "sitting_in_chair";
        case VisibleAction::Reading: return "reading";
        case VisibleAction::Talking: return "talking";
        case VisibleAction::ApproachingInfant: return "approaching_infant";
        case VisibleAction::PickingUp: return "picking_up";
        case VisibleAction::Holding: return "holding";
        case VisibleAction::PuttingDown: return "putting_down";
        case VisibleAction::Soothing: return "soothing";
        case VisibleAction::Greeting: return "greeting";
        case VisibleAction::OfferingToy: return "offering_toy";
        case VisibleAction::PlayingWithInfant: return "playing_with_infant";
        case VisibleAction::WantingDown: return "wanting_down";
        case VisibleAction::Resisting: return "resisting";
        case VisibleAction::TurningAway: return "turning_away";
        case VisibleAction::Freezing: return "freezing";
        case VisibleAction::Looming: return "looming";
        case VisibleAction::Dissociating: return "dissociating";
        case VisibleAction::HeldPassively: return "held_passively";
    }
    return "?";
}

std::string_view ToString(EventKind e) {
    switch (e) {
        case EventKind::EpisodeStart: return "episode_start";
        case EventKind::EpisodeEnd: return "episode_end";
        case EventKind::Enter: return "enter";
        case EventKind::Exit: return "exit";
        case EventKind::PickUp: return "pick_up";
        case EventKind::PutDown: return "put_down";
        case EventKind::Curtailed: return "curtailed";
        case EventKind::Extended: return "extended";
    }
    return "?";
}

}  // namespace sb
