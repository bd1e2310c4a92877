// AdultDef: the constants of an adult's behaviour in the room (docs/model.md, "In the room") and
// her role profile — what makes the caregiver a caregiver and the stranger a stranger in the room
// is these fields, not who she is. CaregiverRoleDefault() and StrangerRoleDefault() give the two roles.
#pragma once

namespace sb {

struct AdultDef {
    // The role profile.
    /// Answers bids on entering: she answers the infant's bids as soon as she comes in or goes to her chair (the caregiver); otherwise only once cued to gear to the infant (the stranger). [flag]
    bool answers_on_entry = true;
    /// Plays after a hold: after putting a comforted infant down she stays and plays with it, rather than going back to her chair (the stranger in the separations). [flag]
    bool plays_after_release = false;
    /// Joins a calm infant: once answering, she leaves her chair to play with a calm infant (the stranger "gears her behaviour to" the infant's). [flag]
    bool joins_calm_infant = false;
    /// Says goodbye: vocalises as she leaves ("bye-bye"). [flag]
    bool says_goodbye = true;
    /// Mean latency without the caregiving rule: mean delay before she answers a bid; the caregiver's comes from her sensitivity instead. [s, 0..30]
    double mean_latency_s = 4.0;
    /// Patience without the caregiving rule: longest hold; the caregiver's comes from her sensitivity instead. [s, 1..300]
    double hold_patience_s = 40.0;

    // Answering bids.
    /// Bid cry: cry intensity she treats as a call. [-, 0..1]
    double bid_cry = 0.25;
    /// Calm cry: cry intensity below which a held infant counts as calm (and she holds rather than soothes). [-, 0..1]
    double calm_cry = 0.1;
    /// Reach noticed: an infant reaching within this distance of her is reaching to her (a bid, or at the door coming to her). [m, 0.2..2]
    double reach_noticed_m = 0.7;
    /// Signal of a reach: the intensity of a reach as a signal for the caregiving rule (open full distress = 1). [signal, 0..1.7]
    double reach_signal = 0.7;
    /// Re-decide: seconds an ignored bid continues before she decides again. [s, 1..120]
    double rebid_s = 15.0;

    // Carrying out cues and answers.
    /// Greeting pause: she greets and waits at the door this long so the infant can respond (Ainsworth's instructions, eps 5 and 8). [s, 0..30]
    double greet_pause_s = 6.0;
    /// Greeting spot: how far inside the door she stands to greet. [m, 0..1]
    double greet_spot_inside_door_m = 0.25;
    /// Carrying in: how far behind the put-down spot she stops with the infant in episode 1. [m, 0..1]
    double carry_in_offset_m = 0.22;
    /// Pick-up: seconds to bend down and lift the infant. [s, 0.2..5]
    double pick_up_s = 1.2;
    /// Put-down: seconds to set the infant down. [s, 0.2..5]
    double put_down_s = 1.2;
    /// Pick-up distance: how close she comes to an infant she is going to pick up. [m, 0.1..0.6]
    double pick_up_distance_m = 0.25;
    /// Play distance: how close she crouches to an infant she plays with (out of arm's reach). [m, 0.2..1.5]
    double play_distance_m = 0.55;
    /// Arrival tolerance: how near the stand-off point counts as arrived. [m, 0..0.2]
    double arrival_tolerance_m = 0.02;
    /// Follow distance: a playing infant that moves further than this away is followed. [m, 0.3..3]
    double follow_distance_m = 0.9;
    /// Waiting for a holder: how long she waits to take an infant someone else holds. [s, 0..60]
    double wait_for_holder_s = 15.0;
    /// Release when calm: seconds calm after which she puts down an infant that leans out. [s, 0..60]
    double release_calm_s = 6.0;
    /// Release anyway: seconds calm after which she puts the infant down even if it does not lean out (unless it still clings). [s, 1..120]
    double release_calm_anyway_s = 25.0;
    /// Pointing to the toys: how long she prompts play from her chair. [s, 0.5..30]
    double prompt_play_s = 6.0;
    /// Joining play: seconds in her chair before she joins a calm infant (when her role does). [s, 0..60]
    double join_play_after_s = 5.0;
    /// Hold point: how far in front of her a held infant sits. [m, 0..0.5]
    double hold_offset_m = 0.16;
    /// At the chair: within this distance she counts as at her chair (sitting while dissociating). [m, 0..0.5]
    double chair_tolerance_m = 0.05;

    // Frightening behaviour (only with frightening_per_min > 0 in her profile).
    /// Looming share: chance a frightening moment is looming rather than dissociating. [-, 0..1]
    double loom_share = 0.5;
    /// Looming speed: how fast she rushes at the infant. [m/s, 0.3..4]
    double loom_speed_mps = 1.8;
    /// Looming distance: how close she bends over the infant. [m, 0.05..1]
    double loom_distance_m = 0.2;
    /// Looming: seconds a looming moment lasts. [s, 0.5..20]
    double loom_s = 3.5;
    /// Dissociating: seconds she stays stock-still, blank and unresponsive. [s, 0.5..30]
    double dissociation_s = 6.0;
};

// The caregiver's role: answers bids from the moment she is in the room, returns to her chair after
// a hold, says goodbye when she leaves.
inline AdultDef CaregiverRoleDefault() { return AdultDef{}; }

// The stranger's role (Ainsworth et al. 1978, Table 2): silent at first, answers only once cued to
// gear her behaviour to the infant's, then comforts it and plays with a calm one; leaves quietly.
inline AdultDef StrangerRoleDefault() {
    AdultDef d;
    d.answers_on_entry = false;
    d.plays_after_release = true;
    d.joins_calm_infant = true;
    d.says_goodbye = false;
    return d;
}

}  // namespace sb
