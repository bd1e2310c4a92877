// WorkingModel: what the infant has learned about its caregiver in the first year — its
// expectations and its signalling strategy (Bowlby's internal working model, operationalised).
// Exported and shown in the GUI; never read by the observer.
#pragma once

#include <array>

namespace sb {

// How the infant expresses attachment: minimised (deactivating), open, maximised (hyperactivating).
enum class Expression { Minimised = 0, Open = 1, Maximised = 2 };
// Each level's gain (signal = distress x gain) is the caregiving rule's: CaregivingRuleDef::Gain.

struct WorkingModel {
    double availability = 0.7;    // 0..1 expected chance a signal brings comfort
    double predictability = 0.5;  // 0..1 how little her comforting varies from day to day beyond chance
    double rejection = 0.0;       // 0..1 expected chance an answered bid is rebuffed
    double threat = 0.0;          // 0..1 expected chance the caregiver is frightening
    std::array<double, 3> value{0.0, 0.0, 0.0};   // learned value of each expression level
    std::array<double, 3> policy{0.0, 1.0, 0.0};  // probability of choosing each level
    // -1 (fully minimising) .. 0 (open) .. +1 (fully maximising): the policy's mean.
    double strategy = 0.0;
    // 0..1 how well it knows from everyday life that she leaves and comes back, and that others
    // look after it meanwhile: 1 - exp(-separations / familiarity scale) (docs/model.md §4).
    double separation_confidence = 0.0;
    // 0..1 how used it is to being looked after by people other than her.
    double others_familiarity = 0.0;
    int episodes = 0;             // home episodes learned from
};

}  // namespace sb
