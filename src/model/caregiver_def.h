// CaregiverDef and StrangerDef: the parameters of the two adults; the caregiving rule (how a
// caregiver answers a signal) that both the first year at home and the procedure use, with its
// constants in CaregivingRuleDef; and the responder profile the adults' behaviour in the room follows from.
#pragma once

#include "model/adult_def.h"

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

// The constants of the caregiving rule (docs/model.md, "Caregiver parameters"). The Ainsworth
// scales' own bounds (1..9, so (sensitivity - 1) / 8 and sensitivity / 9) are the scales' definition,
// not constants of the rule, and stay in the code.
struct CaregivingRuleDef {
    /// Availability floor: chance she is available on an occasion even at consistency 0 (p_av = base + slope c). [-, 0..1]
    double available_base = 0.5;
    /// Availability slope: how much consistency adds to her chance of being available. [-, 0..1]
    double available_consistency = 0.5;
    /// Day-to-day swing: her chance of being available moves from day to day by up to this much times (1 - consistency) — an inconsistent caregiver has good days and bad days, not only a lower average (Ainsworth's C mothers: "inconsistently available"). [-, 0..1]
    double availability_swing = 1.0;
    /// Comfort floor: what the least sensitive caregiver's comfort is worth, as a share of the most sensitive one's (quality = floor + (1 - floor) sensitivity / 9): clumsy comfort still comforts. [-, 0..1]
    double comfort_floor = 0.0;
    /// Noticing at sensitivity 1: the rate k of her answering curve 1 - exp(-k s) for the least sensitive caregiver. [1/signal, 0..2]
    double notice_base = 0.2;
    /// Noticing gain: how much k grows with sensitivity, k = base + gain x^1.5, x = (sensitivity - 1) / 8. [1/signal, 0..10]
    double notice_gain = 4.0;
    /// Breakthrough ceiling: chance an escalated signal reaches an unavailable caregiver, at most. [-, 0..1]
    double breakthrough_max = 0.95;
    /// Breakthrough onset: signal intensity above which an unavailable caregiver can be reached. [signal, 0..1.7]
    double breakthrough_onset = 0.6;
    /// Breakthrough span: signal intensity beyond the onset at which breakthrough reaches its ceiling. [signal, 0.05..1.7]
    double breakthrough_span = 0.5;
    /// Rejection onset: acceptance at and above which she never rebuffs (rejection = clamp((onset - acceptance) / span)). [scale points, 1..9]
    double rejection_onset = 7.0;
    /// Rejection span: acceptance points below the onset at which rejection is full. [scale points, 1..8]
    double rejection_span = 6.0;
    /// Rebuff floor: share of the rebuff chance that does not depend on the signal's intensity. [-, 0..1]
    double rebuff_base = 0.4;
    /// Rebuff with intensity: share of the rebuff chance that grows with the signal (aversion to intense distress). [-, 0..1]
    double rebuff_intensity = 0.6;
    /// Frightening in an answered interaction: chance per interaction at frightening = 1. [-, 0..1]
    double frighten_answered = 0.2;
    /// Frightening when a bid goes unanswered: chance per bid at frightening = 1. [-, 0..1]
    double frighten_unanswered = 0.05;
    /// Fastest latency: her mean delay before answering at sensitivity 9. [s, 0..10]
    double latency_min_s = 1.0;
    /// Latency per scale point: mean delay added for each point of sensitivity below 9. [s, 0..10]
    double latency_per_point_s = 2.5;
    /// Shortest patience: how long the least sensitive caregiver holds the infant at most. [s, 1..120]
    double patience_min_s = 10.0;
    /// Patience per scale point: holding time added for each point of sensitivity above 1. [s, 0..30]
    double patience_per_point_s = 15.0;
    /// Rejection cuts holding: share of her patience a fully rejecting caregiver gives up. [-, 0..1]
    double patience_rejection_cut = 0.8;
    /// Frightening moments in the room: rate at frightening = 1, while she is free. [1/min, 0..20]
    double frightening_per_min = 2.0;
    /// Minimised signal: intensity of a full distress signalled minimised, against 1 for open (the expression gain of minimising). [signal, 0..1]
    double minimised_signal = 0.3;
    /// Escalated signal: intensity of a full distress signalled maximised (the expression gain of escalating; crying in the room is heard at this gain). [signal, 1..3]
    double escalated_signal = 1.7;
    /// The gain of an expression level: minimised, open (1 by definition) or escalated.
    double Gain(int level) const { return level == 0 ? minimised_signal : level == 2 ? escalated_signal : 1.0; }
};

// The caregiving rule. A signal has an intensity s (0 = none, 1 = open full distress, up to 1.7
// for escalated, maximised distress).
namespace caregiving {
// Probability she is available on a given occasion: 0.5 + 0.5 * consistency.
double AvailableProbability(const CaregivingRuleDef& rule, const CaregiverDef& c);
// Probability she answers a signal of intensity s. Available: 1 - exp(-k s), k = 0.2 + 4 x^1.5
// with x = (sensitivity - 1) / 8 (a sensitive caregiver notices faint signals). Unavailable: only escalated signals
// break through, 0.95 * clamp((s - 0.6) / 0.5) — the partial reinforcement of escalation.
double AnswerProbability(const CaregivingRuleDef& rule, const CaregiverDef& c, double signal, bool available);
// 0..1 rejection from the acceptance scale: 0 at acceptance >= 7, 1 at acceptance 1.
double Rejection(const CaregivingRuleDef& rule, const CaregiverDef& c);
// Probability an answer is a rebuff: rejection * (0.4 + 0.6 * min(1, s)) — aversion to intense distress.
double RebuffProbability(const CaregivingRuleDef& rule, const CaregiverDef& c, double signal);
// Probability of a frightening moment in an interaction (answered) or a bid left unanswered.
double FrightenProbability(const CaregivingRuleDef& rule, const CaregiverDef& c, bool answered);
// 0..1 how well her holding comforts: sensitivity / 9.
double ComfortQuality(const CaregivingRuleDef& rule, const CaregiverDef& c);
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
    double rebid_s = 15.0;        // s of an ignored, continuing bid before she "decides" again (from AdultDef)
    // Caregiver only (zero for the stranger):
    CaregiverDef caregiving;      // the parameters, for the caregiving rule
    CaregivingRuleDef rule;       // the rule's constants
    bool uses_caregiving_rule = false;
    double frightening_per_min = 0.0;  // rate of frightening moments in the room
};

// The caregiver's profile follows from her parameters by the caregiving rule; the stranger's from
// her parameters and her role's fixed latency and patience.
ResponderProfile ProfileOf(const CaregiverDef& def, const CaregivingRuleDef& rule, const AdultDef& role);
ResponderProfile ProfileOf(const StrangerDef& def, const AdultDef& role);

}  // namespace sb
