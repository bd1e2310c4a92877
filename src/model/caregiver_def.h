// CaregiverDef and StrangerDef: the parameters of the two adults, and the responder profile
// (availability, latency, comfort) that their behaviour in the room follows from.
#pragma once

namespace sb {

struct CaregiverDef {
    // Ainsworth's Sensitivity–Insensitivity scale, 1..9: 9 = prompt, appropriate, contingent
    // answers to the infant's signals; 5 = inconsistently sensitive; 1 = highly insensitive.
    // Sets how fast she answers a bid and how well her holding comforts.
    double sensitivity = 7.0;
    // 0..1: how stable her responsiveness is across occasions. Each new bid she is available with
    // probability 0.5 + 0.5 * consistency; 1 = always available, 0 = a coin toss each time.
    double consistency = 0.85;
    double walk_speed_mps = 0.9;  // m/s
};

struct StrangerDef {
    // 0..1 how readily the stranger answers the infant's distress in the separations
    // (Ainsworth's instructions: she "gears her behaviour to the infant's").
    double responsiveness = 0.7;
    // 0..1 how well her holding comforts, relative to a maximally sensitive caregiver.
    double comfort_quality = 0.35;
    double walk_speed_mps = 0.9;  // m/s
};

// What an adult's answering of bids looks like, derived from her Def.
struct ResponderProfile {
    double p_available = 1.0;     // probability she answers a new bid at all
    double mean_latency_s = 2.0;  // s, mean delay before she moves to answer (exponential)
    double comfort_quality = 1.0; // 0..1 how effectively her holding lowers the infant's arousal
    double hold_patience_s = 60;  // s she holds before putting the infant down even if not settled
    double rebid_s = 15.0;        // s of an ignored, continuing bid before she "decides" again
};

ResponderProfile ProfileOf(const CaregiverDef& def);
ResponderProfile ProfileOf(const StrangerDef& def);

}  // namespace sb
