// Names of the cues, for traces of the director and for reports.
#include "world/cues.h"

namespace sb {

std::string_view ToString(CueKind c) {
    switch (c) {
        case CueKind::CarryInfantIn: return "carry infant in";
        case CueKind::PutInfantDown: return "put infant down";
        case CueKind::EnterRoom: return "enter";
        case CueKind::GoToChair: return "go to chair";
        case CueKind::SitQuietly: return "sit quietly";
        case CueKind::TalkToCaregiver: return "talk to caregiver";
        case CueKind::ApproachInfant: return "approach infant";
        case CueKind::PromptPlay: return "prompt play";
        case CueKind::GreetInfant: return "greet infant";
        case CueKind::GreetAndPickUp: return "greet and pick up";
        case CueKind::GearToInfant: return "gear behaviour to infant";
        case CueKind::LeaveRoom: return "leave";
    }
    return "?";
}

}  // namespace sb
