// Wording for the display. Kept apart from the core's ToString() names, which are identifiers for
// files and logs, not sentences for an audience.
#include "app/run/describe.h"

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
        case VisibleAction::InContact: return "Held, holding on";
        case VisibleAction::HeldPassively: return "Held, not holding on";
        case VisibleAction::Crying: return "Crying";
        case VisibleAction::Searching: return "Searching for the caregiver";
        case VisibleAction::Withdrawing: return "Moving away";
        case VisibleAction::WantingDown: return "Wanting to be put down";
        case VisibleAction::Resisting: return "Resisting contact";
        case VisibleAction::TurningAway: return "Turning away";
        case VisibleAction::Freezing: return "Freezing, still and dazed";
        // Adult-only actions never describe the infant; listed so a new action is not missed.
        case VisibleAction::Entering:
        case VisibleAction::Leaving:
        case VisibleAction::SittingInChair:
        case VisibleAction::Reading:
        case VisibleAction::Talking:
        case VisibleAction::ApproachingInfant:
        case VisibleAction::PickingUp:
        case VisibleAction::Holding:
        case VisibleAction::PuttingDown:
        case VisibleAction::Soothing:
        case VisibleAction::Greeting:
        case VisibleAction::OfferingToy:
        case VisibleAction::PlayingWithInfant:
        case VisibleAction::Looming:
        case VisibleAction::Dissociating: return "Busy";
    }
    return "Busy";
}

const char* RoomTag(VisibleAction action) {
    switch (action) {
        case VisibleAction::Looming: return "looming";
        case VisibleAction::Dissociating: return "frozen, blank";
        case VisibleAction::Freezing: return "frozen";
        case VisibleAction::Resisting: return "resists";
        case VisibleAction::TurningAway: return "turns away";
        case VisibleAction::WantingDown: return "wants down";
        case VisibleAction::HeldPassively: return "held, not holding on";
        // Shown well enough by posture, position, face and crying.
        case VisibleAction::Absent:
        case VisibleAction::Idle:
        case VisibleAction::Walking:
        case VisibleAction::Exploring:
        case VisibleAction::Watching:
        case VisibleAction::Approaching:
        case VisibleAction::Reaching:
        case VisibleAction::InContact:
        case VisibleAction::Crying:
        case VisibleAction::Searching:
        case VisibleAction::Withdrawing:
        case VisibleAction::Entering:
        case VisibleAction::Leaving:
        case VisibleAction::SittingInChair:
        case VisibleAction::Reading:
        case VisibleAction::Talking:
        case VisibleAction::ApproachingInfant:
        case VisibleAction::PickingUp:
        case VisibleAction::Holding:
        case VisibleAction::PuttingDown:
        case VisibleAction::Soothing:
        case VisibleAction::Greeting:
        case VisibleAction::OfferingToy:
        case VisibleAction::PlayingWithInfant: return nullptr;
    }
    return nullptr;
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

std::string ReadWorkingModel(const WorkingModel& m) {
    // Thresholds follow the model: below 0.45 comfort is the exception; a threat of 0.2 is a fear
    // learned (conflict begins a little higher, docs/model.md); |strategy| 0.3 is a clear lean either
    // way; below 0.3 separation confidence the infant has hardly ever been left; below 0.7
    // predictability her good days and bad days show (a consistent caregiver is learned at about 0.9).
    std::string s;
    if (m.availability >= 0.7) s = "Expects comfort when it signals";
    else if (m.availability >= 0.45) s = m.predictability < 0.7 ? "Expects comfort some of the time, never knowing when"
                                                                 : "Expects comfort some of the time";
    else s = "Expects comfort rarely";
    if (m.rejection >= 0.35) s += " and its bids to be rebuffed";
    else if (m.rejection >= 0.15) s += " and some bids to be rebuffed";
    if (m.threat >= 0.2) s += "; has learned to be afraid of her";
    if (m.strategy <= -0.3) s += "; has learned to minimise its signals (to hide distress).";
    else if (m.strategy >= 0.3) s += "; has learned to maximise its signals (to escalate distress).";
    else s += "; signals its distress openly.";
    if (m.separation_confidence < 0.3) s += " Has hardly ever been left by her: being left is new.";
    return s;
}

std::vector<std::string> DescribeCaregiverChange(const CaregiverDef& first_year, const CaregiverDef& today) {
    struct Param {
        const char* name;
        double then, now;
    };
    const Param params[] = {{"sensitivity", first_year.sensitivity, today.sensitivity},
                            {"consistency", first_year.consistency, today.consistency},
                            {"acceptance", first_year.acceptance, today.acceptance},
                            {"frightening", first_year.frightening, today.frightening}};
    std::vector<std::string> out;
    for (const Param& p : params) {
        if (std::abs(p.then - p.now) < 1e-9) continue;
        char buf[64];
        std::snprintf(buf, sizeof buf, "%s %.3g \u2192 %.3g", p.name, p.then, p.now);
        out.emplace_back(buf);
    }
    return out;
}

const EpisodeDef* FindEpisode(const ProtocolDef& protocol, int number) {
    for (const EpisodeDef& e : protocol.episodes)
        if (e.number == number) return &e;
    return nullptr;
}

}  // namespace sb::app
