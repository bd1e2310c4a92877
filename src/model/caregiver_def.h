// CaregiverDef and StrangerDef: the parameters of the two adults; the caregiving rule (how a
// caregiver answers a signal) that both the first year at home and the procedure use; and the
// responder profile the adults' behaviour in the room follows from.
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
    // Ainsworth's Acceptance-Rejection scale, 1..9: 9 = accepts the infant's needs and contact
    // wholeheartedly; 1 = aversion to its distress and to physical contact. Below 7 she sometimes
    // rebuffs bids (pushes away, redirects to toys, puts down abruptly), more so intense ones.
    double acceptance = 7.0;
    // 0..1: frequency and intensity of frightening or frightened behaviour (looming, sudden
    // approach, dissociated stillness) — the proposed pathway to disorganization (Main & Hesse 1990).
    double frightening = 0.0;
    double walk_speed_mps = 0.9;  // m/s
};

// The caregiving rule. A signal has an intensity s (0 = none, 1 = open full distress, up to 1.7
// for escalated, maximised distress).
namespace caregiving {
// Probability she is available on a given occasion: 0.5 + 0.5 * consistency.
double AvailableProbability(const CaregiverDef& c);
// Probability she answers a signal of intensity s. Available: 1 - exp(-k s), k = 0.2 + 4 x^1.5
// with x = (sensitivity - 1) / 8 (a sensitive caregiver notices faint signals). Unavailable: only escalated signals
// break through, 0.95 * clamp((s - 0.6) / 0.5) — the partial reinforcement of escalation.
double AnswerProbability(const CaregiverDef& c, double signal, bool available);
// 0..1 rejection from the acceptance scale: 0 at acceptance >= 7, 1 at acceptance 1.
double Rejection(const CaregiverDef& c);
// Probability an answer is a rebuff: rejection * (0.4 + 0.6 * min(1, s)) — aversion to intense distress.
double RebuffProbability(const CaregiverDef& c, double signal);
// Probability of a frightening moment in an interaction (answered) or a bid left unanswered.
double FrightenProbability(const CaregiverDef& c, bool answered);
// 0..1 how well her holding comforts: sensitivity / 9.
double ComfortQuality(const CaregiverDef& c);
}  // namespace caregiving

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
    // Caregiver only (zero for the stranger):
    CaregiverDef caregiving;      // the parameters, for the caregiving rule
    bool uses_caregiving_rule = false;
    double frightening_per_min = 0.0;  // rate of frightening moments in the room
};

ResponderProfile ProfileOf(const CaregiverDef& def);
ResponderProfile ProfileOf(const StrangerDef& def);

}  // namespace sb
