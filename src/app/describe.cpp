// Wording for the display. Kept apart from the core's ToString() names, which are identifiers for
// files and logs, not sentences for an audience.
#include "describe.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sb::app {

std::string FormatClock(double seconds) {
    const long total = static_cast<long>(std::floor(std::max(0.0, seconds)));
    char buf[32];
    if (total >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    else std::snprintf(buf, sizeof buf, "%02ld:%02ld", total / 60, total % 60);
    return buf;
}

std::string FormatMoment(double seconds) {
    const long total = static_cast<long>(std::floor(std::max(0.0, seconds)));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld", total / 60, total % 60);
    return buf;
}

std::string WhoIsPresent(const Snapshot& s) {
    const bool m = s.Caregiver().present;
    const bool st = s.Stranger().present;
    if (m && st) return "Caregiver, stranger and infant";
    if (m) return "Caregiver and infant";
    if (st) return "Stranger and infant";
    return "Infant alone";
}

const char* InfantActionText(VisibleAction action) {
    switch (action) {
        case VisibleAction::Absent: return "Not in the room";
        case VisibleAction::Idle: return "Still";
        case VisibleAction::Walking: return "Moving about";
        case VisibleAction::Exploring: return "Exploring the toys";
        case VisibleAction::Watching: return "Watching someone";
        case VisibleAction::Approaching: return "Approaching someone";
        case VisibleAction::Reaching: return "Reaching to be held";
        case VisibleAction::InContact: return "Held, in contact";
        case VisibleAction::Crying: return "Crying";
        case VisibleAction::Searching: return "Searching for the caregiver";
        case VisibleAction::Withdrawing: return "Moving away";
        case VisibleAction::WantingDown: return "Wanting to be put down";
        case VisibleAction::Resisting: return "Resisting contact";
        case VisibleAction::TurningAway: return "Turning away";
        case VisibleAction::Freezing: return "Freezing, still and dazed";
        default: return "Busy";  // adult-only actions never describe the infant
    }
}

const char* AffectText(Affect affect) {
    switch (affect) {
        case Affect::Positive: return "Positive";
        case Affect::Neutral: return "Neutral";
        case Affect::Wary: return "Wary";
        case Affect::Distressed: return "Distressed";
        case Affect::Angry: return "Angry";
    }
    return "?";
}

const EpisodeDef* FindEpisode(const ProtocolDef& protocol, int number) {
    for (const EpisodeDef& e : protocol.episodes)
        if (e.number == number) return &e;
    return nullptr;
}

}  // namespace sb::app
