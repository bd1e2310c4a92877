// InfantModelDef: every constant of the attachment infant in the procedure (docs/model.md, "In the
// procedure"), with its unit and the range a researcher may sweep. The defaults are the calibration
// the validation report was made with. Temperament (InfantDef) is per infant; these are per model.
#pragma once

namespace sb {

struct InfantModelDef {
    // From the working model to today's strategy.
    /// Minimising gain: how fast a minimising strategy turns into minimised expression, m = clamp(gain max(0, -strategy)). [-, 0..10]
    double minimise_gain = 2.5;
    /// Maximising onset: strategy above which expression is maximised, M = clamp((strategy - onset) / span). [strategy, -1..1]
    double maximise_onset = 0.15;
    /// Maximising span: strategy beyond the onset at which maximising is full. [strategy, 0.05..2]
    double maximise_span = 0.5;
    /// Vigilance with an unpredictable caregiver: maximising added per unit of unpredictability (1 - learned predictability), less as the infant minimises — an infant whose caregiver has good days and bad days keeps its attachment behaviour heightened to keep her attention (Cassidy & Berlin 1994). [-, 0..2]
    double unpredictability_maximise = 0.6;
    /// Expression slope: expression gain g = 1 + slope strategy. [-, 0..1]
    double expression_slope = 0.7;
    /// Conflict threat onset: learned threat above which the caregiver arouses approach-flight conflict, w = clamp((threat - onset) / span)^2. [-, 0..1]
    double conflict_threat_onset = 0.35;
    /// Conflict threat span: threat beyond the onset at which the conflict weight is full. [-, 0.05..1]
    double conflict_threat_span = 0.6;
    /// Unresolved onset: learned value of the best way of signalling below which no organised strategy brings relief, u = clamp((onset - best value) / span). [comfort units, -1..1]
    double unresolved_value_onset = -0.08;
    /// Unresolved span: value below the onset at which that is complete. [comfort units, 0.05..2]
    double unresolved_value_span = 0.35;
    /// Unresolved weight: conflict weight of an infant for whom no strategy works, besides threat (frightening care is not the only root of D). [-, 0..1]
    double unresolved_conflict = 1.0;
    /// Unpredictability conflict: conflict weight added per unit of squared unpredictability (1 - learned predictability): a caregiver whose comfort comes one day and not the next is another root of D besides fright and rejection (Lyons-Ruth & Jacobvitz 1999). [-, 0..1]
    double unpredictability_conflict = 0.5;

    // Starting state when carried in.
    /// Initial arousal: arousal (and sustained arousal) when carried in. [-, 0..1]
    double initial_arousal = 0.1;
    /// Initial felt security: felt security when carried in. [-, 0..1]
    double initial_felt_security = 0.8;
    /// Initial exploration: exploratory drive when carried in. [-, 0..1]
    double initial_exploration = 0.5;
    /// Initial wariness: wariness when carried in. [-, 0..1]
    double initial_wariness = 0.1;

    // Noticing the adults.
    /// Orienting delay: mean delay before it looks at her on her return (exponential). [s, 0..10]
    double orient_delay_mean_s = 0.8;
    /// Orienting look: how long that look lasts. [s, 0.1..10]
    double orient_look_s = 1.5;
    /// Orienting suppression chance: chance of suppressing the look per unit of minimising, min(1, gain m). [-, 0..5]
    double orient_suppress_gain = 1.4;
    /// Shortest suppression: least delay added to the look when it is suppressed. [s, 0..60]
    double orient_suppress_min_s = 5.0;
    /// Longest suppression at m = 0: most delay added when suppressed, before minimising adds more. [s, 0..120]
    double orient_suppress_max_s = 10.0;
    /// Suppression per minimising: further delay per unit of minimising. [s, 0..300]
    double orient_suppress_per_minimise_s = 80.0;
    /// Suppression window: seconds after her entry in which a suppressed infant keeps its eyes off her. [s, 0..300]
    double orient_suppression_window_s = 60.0;
    /// Stranger look delay: mean delay before it looks at an entering stranger (exponential). [s, 0..10]
    double stranger_look_delay_mean_s = 1.0;
    /// Stranger look: how long every infant looks at an entering stranger. [s, 0.1..10]
    double stranger_look_s = 2.0;
    /// Fright jump: arousal added by a frightening moment, times (trait offset + reactivity). [-, 0..1]
    double fright_arousal_jump = 0.15;
    /// Trait offset: a rate scaled by temperament is scaled by (offset + trait), 1 for a typical infant at offset 0.5. [-, 0..2]
    double trait_offset = 0.5;

    // Appraisal.
    /// Room strangeness: wariness the strange room arouses on entering. [-, 0..1]
    double room_strangeness = 0.3;
    /// Room habituation: time constant of getting used to the room. [s, 1..1200]
    double strangeness_habituation_s = 120.0;
    /// Familiarisation: time constant of getting used to the stranger in her presence. [s, 1..1200]
    double familiarisation_tau_s = 150.0;
    /// Security when held: felt security held by her, before expectations. [-, 0..1]
    double security_held_base = 0.55;
    /// Held security from availability: added per unit of expected availability. [-, 0..1]
    double security_held_availability = 0.45;
    /// Held security lost to threat: subtracted per unit of learned threat. [-, 0..1]
    double security_held_threat = 0.3;
    /// Security with her present: felt security with her in the room, before expectations and distance. [-, 0..1]
    double security_present_base = 0.74;
    /// Present security from availability: added per unit of expected availability. [-, 0..1]
    double security_present_availability = 0.28;
    /// Distance cost: security lost as she is further away (full at onset + span). [-, 0..1]
    double security_distance_weight = 0.25;
    /// Distance onset: distance up to which her distance costs no security. [m, 0..3]
    double security_distance_onset_m = 0.5;
    /// Distance span: distance beyond the onset at which the distance cost is full. [m, 0.1..5]
    double security_distance_span_m = 2.0;
    /// Present security lost to threat: near her, threat x exp(-distance / 1 m) costs this much security. [-, 0..1]
    double security_present_threat = 0.2;
    /// Refuelling: security carried away from a visit to her (held, or within reach), fading with the refuelling time constant — a returning infant explores a while before it needs her again (Mahler's "emotional refuelling"). [-, 0..1]
    double refuel_security = 0.15;
    /// Refuelling time constant: how fast that carried-away security fades. [s, 1..600]
    double refuel_tau_s = 60.0;
    /// Security alone: felt security with her out of the room. [-, 0..1]
    double security_absent = 0.12;
    /// Separation confidence: security alone added per unit of learned separation confidence (it knows she comes back). [-, 0..1]
    double security_absent_confidence = 0.35;
    /// Confidence when alone: share of that confidence that holds when nobody is with it — being alone in a strange place is a natural clue to danger (Bowlby 1973), and everyday separations are mostly spent with someone. [-, 0..1]
    double alone_confidence_share = 0.55;
    /// Departure alarm: arousal added as she goes out, times (1 - separation confidence) and (trait offset + reactivity): separation protest is strongest where being left is new. [-, 0..1]
    double departure_alarm = 0.3;
    /// Used to other carers: share of stranger wariness removed per unit of familiarity with other carers. [-, 0..1]
    double others_wariness_relief = 0.3;
    /// Stranger's company: security a familiar stranger adds, times sociability. [-, 0..1]
    double security_stranger_company = 0.2;
    /// Held by the stranger: security her holding adds. [-, 0..1]
    double security_stranger_held = 0.15;
    /// Security time constant: how fast felt security follows the situation. [s, 0.1..60]
    double security_tau_s = 4.0;
    /// Stranger wariness: wariness a near, unfamiliar stranger arouses in an unsociable infant. [-, 0..2]
    double stranger_wariness = 1.1;
    /// Stranger wariness distance: e-folding distance of that wariness. [m, 0.1..5]
    double stranger_wariness_distance_m = 1.2;
    /// Familiarity relief: share of stranger wariness that familiarity removes. [-, 0..1]
    double familiarity_relief = 0.6;
    /// Wariness time constant: how fast wariness follows the situation. [s, 0.1..60]
    double wariness_tau_s = 2.0;
    /// Sustained carry-over: share of sustained arousal that keeps the set-point and the wish for contact raised after arousal itself has fallen (stress accumulates over the procedure). [-, 0..1]
    double sustained_carryover = 1.0;
    /// Breakthrough: share of a minimising strategy lost on her return after a separation that overwhelmed the infant. [-, 0..1]
    double minimise_breakthrough = 0.8;
    /// Breakthrough onset: sustained arousal at her return above which minimising starts to break down. [-, 0..1]
    double breakthrough_onset = 0.65;
    /// Breakthrough span: sustained arousal beyond the onset at which the breakdown is full. [-, 0.05..1]
    double breakthrough_span = 0.3;
    /// Occasion variation: SD of the shift of the infant's strategy drawn afresh each time she comes in (state, fatigue, how the separation went). [strategy, 0..1]
    double occasion_sd = 0.15;
    /// Set-point base: Bischof's dependency set-point at zero arousal. [-, 0..1]
    double set_point_base = 0.45;
    /// Set-point rise with arousal: how much arousal raises the set-point (a stressed infant needs her close). [-, 0..2]
    double set_point_arousal = 0.9;
    /// Attachment gain: activation X = clamp(gain (set-point - security)). [-, 0..10]
    double attachment_gain = 2.5;

    // Arousal and anger.
    /// Suppression cost: arousal drive added per unit of minimising times activation while she is present. [-, 0..1]
    double suppression_cost = 0.1;
    /// Drive from insecurity: arousal drive per unit of insecurity (1 - security). [-, 0..3]
    double drive_insecurity = 0.9;
    /// Drive from wariness: arousal drive per unit of wariness. [-, 0..3]
    double drive_wariness = 0.8;
    /// Drive offset: arousal drive subtracted, so a secure calm infant calms down. [-, 0..2]
    double drive_offset = 0.27;
    /// Drive from reactivity: arousal drive added per unit of reactivity above the typical 0.5 — a distress-prone infant is distressed sooner and more by the same situation (Belsky & Rovine 1987). [-, 0..2]
    double drive_reactivity = 0.5;
    /// Recovery: homeostatic pull of arousal back to rest, in units of the drive, so a moderate drive gives moderate distress (equilibrium rD / (rD + recovery)) rather than, slowly, the most. [-, 0..2]
    double arousal_recovery = 0.08;
    /// Arousal rate: rate of arousal change, times (trait offset + reactivity). [1/s, 0..0.5]
    double arousal_rate = 0.025;
    /// Comfort trust floor: share of comfort that works whatever the infant expects. [-, 0..1]
    double comfort_trust_base = 0.3;
    /// Comfort trust from availability: share of comfort that needs expected availability. [-, 0..1]
    double comfort_trust_availability = 0.7;
    /// Anger blocks comfort: share of comfort lost per unit of anger. [-, 0..1]
    double anger_comfort_block = 0.6;
    /// Comfort rate: rate at which comfort lowers arousal, times (trait offset + soothability). [1/s, 0..1]
    double comfort_rate = 0.08;
    /// Diversion relief: rate at which turning to the toys in her presence lowers a minimising infant's arousal. [1/s, 0..0.5]
    double diversion_relief_rate = 0.02;
    /// Sustained arousal time constant: how slowly the sustained component follows arousal. [s, 1..1200]
    double sustained_arousal_tau_s = 120.0;
    /// Anger rate: rate at which a maximising, aroused infant grows angry. [1/s, 0..0.5]
    double anger_rate = 0.03;
    /// Predictability calms anger: share of the anger rate a predictable caregiver removes. [-, 0..1]
    double predictability_anger_relief = 0.5;
    /// Anger from distress: anger rate per unit of sustained arousal above the onset, whatever the strategy — long unrelieved distress turns to anger in any infant. [-, 0..5]
    double distress_anger = 4.5;
    /// Distress anger onset: sustained arousal above which distress turns to anger. [-, 0..1]
    double distress_anger_onset = 0.62;
    /// Anger decay: rate at which anger fades when calm. [1/s, 0..0.5]
    double anger_decay_rate = 0.012;

    // The HPA axis: salivary cortisol, hidden physiology that nothing in behaviour reads (docs/model.md
    // §5, "Cortisol"). Cortisol is in units of the infant's own baseline; the drive in arousal units.
    /// Cortisol threshold: sustained arousal the infant regulates without the HPA axis; only the excess drives it. [-, 0..1]
    double cortisol_arousal_threshold = 0.4;
    /// Social buffering: share of that drive a relationship without alarm buffers, b (1 - clamp(threat / threat span)). [-, 0..1]
    double cortisol_buffering = 0.6;
    /// Buffering threat span: learned threat at which the caregiver buffers nothing (she is the alarm). [-, 0.05..1]
    double cortisol_buffering_threat = 0.3;
    /// Conflict drive: unbuffered HPA drive per unit of approach-flight conflict toward her. [-, 0..20]
    double cortisol_conflict_drive = 5.0;
    /// Lapse drive: unbuffered HPA drive while a disorganized lapse is under way. [-, 0..20]
    double cortisol_lapse_drive = 8.0;
    /// ACTH time constant: how slowly the first (pituitary) compartment follows the drive. [s, 10..3600]
    double cortisol_acth_tau_s = 600.0;
    /// Cortisol time constant: how slowly salivary cortisol follows the first compartment (rise and clearance). [s, 60..14400]
    double cortisol_tau_s = 3600.0;
    /// Cortisol gain: cortisol = 1 + gain x (lagged drive), in units of the baseline per unit of drive. [x baseline, 0..20]
    double cortisol_gain = 12.5;
    /// Post sample: when the saliva sample is taken, counted from the start of the procedure (the baseline sample). [s, 60..7200]
    double cortisol_sample_s = 1500.0;

    // Exploration, expression, conflict.
    /// Play prompt: exploration added while someone points out or offers a toy. [-, 0..1]
    double play_prompt_pull = 0.15;
    /// Exploration base: exploration of a secure calm infant of curiosity 0. [-, 0..2]
    double exploration_base = 0.9;
    /// Exploration from curiosity: added per unit of curiosity. [-, 0..2]
    double exploration_curiosity = 0.8;
    /// Attachment suppresses exploration: subtracted per unit of activation (secure-base antagonism). [-, 0..2]
    double exploration_attachment_suppression = 0.2;
    /// Wariness suppresses exploration: subtracted per unit of wariness. [-, 0..2]
    double exploration_wariness_suppression = 0.5;
    /// Shown base: share of arousal shown whatever the strategy, shown = A (base + slope g). [-, 0..1]
    double shown_base = 0.2;
    /// Shown slope: share of arousal shown per unit of expression gain. [-, 0..2]
    double shown_slope = 0.8;
    /// Cry onset: shown arousal at which crying starts. [-, 0..1]
    double cry_onset = 0.55;
    /// Cry span: shown arousal beyond the onset at which crying is full. [-, 0.05..1]
    double cry_span = 0.35;
    /// Recent entry: seconds after her entry that count as her arrival (greeting, turning away, conflict). [s, 0..120]
    double recent_entry_s = 20.0;
    /// Conflict on her arrival: least conflict activation in her first seconds in the room. [-, 0..1]
    double conflict_floor_after_entry = 0.6;
    /// Conflict floor: least conflict activation with her in the room. [-, 0..1]
    double conflict_floor = 0.2;

    // Disorganized lapses.
    /// Lapse hazard: chance per decision of a lapse per unit of conflict. [-, 0..1]
    double lapse_hazard = 0.04;
    /// Lapse with stress: the lapse hazard is multiplied by (1 + this x sustained arousal): lapses come where stress has accumulated. [-, 0..10]
    double lapse_stress_gain = 3.0;
    /// Lapse after fright: chance of a lapse after a frightening moment, before threat. [-, 0..1]
    double fright_lapse_base = 0.03;
    /// Lapse after fright from threat: added per unit of learned threat. [-, 0..1]
    double fright_lapse_threat = 0.07;
    /// Freezing share: a lapse is a freeze if a uniform draw falls below this. [-, 0..1]
    double lapse_freeze_below = 0.35;
    /// Approach-then-freeze share: ... else approach then freeze if below this. [-, 0..1]
    double lapse_approach_freeze_below = 0.55;
    /// Averted approach share: ... else approach with head averted if below this; else apprehension. [-, 0..1]
    double lapse_averted_below = 0.8;
    /// Shortest freeze. [s, 0.5..60]
    double freeze_min_s = 4.0;
    /// Longest freeze. [s, 0.5..60]
    double freeze_max_s = 14.0;
    /// Shortest approach then freeze. [s, 0.5..60]
    double approach_freeze_min_s = 7.0;
    /// Longest approach then freeze. [s, 0.5..60]
    double approach_freeze_max_s = 11.0;
    /// Approach before freezing: seconds it approaches before it freezes. [s, 0..30]
    double approach_freeze_approach_s = 2.0;
    /// Freezing short of her: it freezes this much further from her than arm's reach. [m, 0..2]
    double approach_freeze_margin_m = 0.2;
    /// Averted approach: longest approach with head averted. [s, 0.5..60]
    double averted_approach_s = 12.0;
    /// Shortest apprehensive look. [s, 0.5..60]
    double apprehension_min_s = 2.5;
    /// Longest apprehensive look. [s, 0.5..60]
    double apprehension_max_s = 6.0;

    // Choosing a behaviour.
    /// Decision interval: seconds between choices of behaviour (and lapse chances). [s, 0.1..5]
    double decision_interval_s = 0.5;
    /// Commitment: utility bonus of the current behaviour (neither jittery nor robotic). [-, 0..2]
    double commitment_bonus = 0.15;
    /// Approach commitment: further bonus for an approach to her that has not arrived. [-, 0..2]
    double approach_commitment_bonus = 0.3;
    /// Choice temperature: softmax temperature of the choice. [-, 0.005..1]
    double choice_temperature = 0.08;
    /// Idle: utility of sitting and looking about. [-, 0..2]
    double idle_utility = 0.1;
    /// Diversion to the toys: exploration utility added per unit of minimising times activation. [-, 0..3]
    double diversion_weight = 0.8;
    /// Contact base: utility of staying in her arms when calm. [-, 0..2]
    double contact_base = 0.2;
    /// Contact from arousal: utility of staying in contact per unit of arousal. [-, 0..5]
    double contact_arousal = 1.5;
    /// Contact gain base: factor on contact from arousal at expression gain 0, (base + slope g). [-, 0..2]
    double contact_gain_base = 0.6;
    /// Contact gain slope: added to that factor per unit of expression gain. [-, 0..2]
    double contact_gain_slope = 0.4;
    /// Minimising damps contact: share of contact utility lost per unit of minimising. [-, 0..1]
    double contact_minimise_damping = 0.8;
    /// Maximising clings: contact utility added per unit of maximising. [-, 0..2]
    double contact_maximise = 0.3;
    /// Leaning out: utility of wanting down added per unit of minimising. [-, 0..3]
    double want_down_minimise = 1.2;
    /// Resisting when held: resistance utility per unit of anger, times (resist base + M). [-, 0..5]
    double resist_held_weight = 1.6;
    /// Resisting near her: resistance utility per unit of anger when she is near but not holding. [-, 0..5]
    double resist_weight = 1.2;
    /// Resist base: factor on resistance at maximising 0. [-, 0..2]
    double resist_base = 0.4;
    /// Upset enough to resist: resistance utility is scaled by clamp(arousal / this) — anger shows as resistance when the infant is upset, not in a calm moment. [-, 0.05..1]
    double resist_arousal_full = 0.2;
    /// Resist distance: she must be within this distance to be resisted when not holding. [m, 0.1..3]
    double resist_distance_m = 0.8;
    /// Trust in the stranger's comfort: share of the stranger's comfort that works — it is not backed by expectations learned with her (attachment is specific). [-, 0..1]
    double stranger_comfort_trust = 0.5;
    /// Stranger's comfort needs familiarity: share of that trust an infant never looked after by anyone outside the family lacks. [-, 0..1]
    double stranger_trust_familiarity = 0.6;
    /// Wanting the caregiver in the stranger's arms: utility of leaning out towards the door per unit of activation. [-, 0..3]
    double stranger_want_caregiver = 0.6;
    /// Holding on to the stranger: factor on the chance of holding on (rather than lying passively) in the stranger's arms; attachment is to a particular person, and an infant settles less in a stranger's arms. [-, 0..1]
    double stranger_cling_share = 0.5;
    /// Contact with the stranger: utility of staying in the stranger's arms when calm. [-, 0..2]
    double stranger_contact_base = 0.2;
    /// Stranger contact from arousal: added per unit of arousal. [-, 0..5]
    double stranger_contact_arousal = 0.8;
    /// Wanting down from the stranger: added to exploration for the utility of wanting down. [-, 0..3]
    double stranger_want_down = 0.3;
    /// Crying: utility of sitting and crying per unit of crying. [-, 0..5]
    double cry_weight = 1.3;
    /// Crying with her present: factor on crying utility with her in the room, before maximising. [-, 0..1]
    double cry_present_base = 0.4;
    /// Crying with her present, maximising: added to that factor per unit of maximising. [-, 0..1]
    double cry_present_maximise = 0.4;
    /// Activity and locomotion: seeking, searching and actively clinging are scaled by (1 + this x (activity - 0.5)), crying with her present by (1 - this x (activity - 0.5)): a passive infant cries where an active one crawls to her, and is held rather than holding on. [-, 0..2]
    double activity_locomotion = 1.6;
    /// Active signalling from: mobility (1 + activity_locomotion x (activity - 0.5)) at which an infant starts to signal actively — reaching up to her and holding on when held — rather than only crying and lying passively in the arms (Ainsworth's C2 "use signals rather than active approach"). [-, 0..2]
    double active_signal_mobility = 0.63;
    /// Active signalling span: the chance of active signalling grows from 0 to 1 over this much mobility above that; drawn at each of her entries (reaching) and at each decision while held (clinging). [-, 0.05..2]
    double active_signal_span = 0.45;
    /// Seeking her: utility of approaching her per unit of activation. [-, 0..5]
    double seek_weight = 1.2;
    /// Minimising damps seeking: share of seeking lost per unit of minimising. [-, 0..1]
    double seek_minimise_damping = 0.85;
    /// Seek gain base: factor on seeking at expression gain 0, (base + slope g). [-, 0..2]
    double seek_gain_base = 0.7;
    /// Seek gain slope: added to that factor per unit of expression gain. [-, 0..2]
    double seek_gain_slope = 0.3;
    /// Turning away: utility of turning away per unit of minimising, times (base + activation). [-, 0..5]
    double turn_away_weight = 1.3;
    /// Turning away base: factor on turning away at zero activation. [-, 0..2]
    double turn_away_base = 0.3;
    /// Turning away distance: it turns away from her only within this distance (or on her arrival). [m, 0.1..3]
    double turn_away_distance_m = 1.5;
    /// Greeting base: utility of greeting her from afar at sociability 0. [-, 0..2]
    double greet_base = 0.3;
    /// Greeting from sociability: added per unit of sociability. [-, 0..2]
    double greet_sociability = 0.3;
    /// Greeting later: factor on greeting utility after her arrival. [-, 0..1]
    double greet_late_factor = 0.25;
    /// Searching: utility of searching for her per unit of activation. [-, 0..5]
    double search_weight = 0.9;
    /// Crying damps search: share of search lost per unit of crying. [-, 0..1]
    double search_cry_damping = 0.5;
    /// Minimising damps search: share of search lost per unit of minimising. [-, 0..1]
    double search_minimise_damping = 0.6;
    /// Search with the stranger: factor on search while the stranger keeps it company. [-, 0..1]
    double search_with_stranger = 0.7;
    /// Withdrawing: utility of moving away from a near stranger per unit of wariness. [-, 0..5]
    double withdraw_weight = 1.2;
    /// Withdraw distance: it withdraws from a stranger only within this distance. [m, 0.1..3]
    double withdraw_distance_m = 1.0;
    /// Watching the stranger: utility of watching an unfamiliar stranger. [-, 0..2]
    double watch_stranger_weight = 0.35;
    /// Resistance bout: resisting ends after this long (at the next decision). [s, 0.5..30]
    double resist_bout_s = 3.0;
    /// Resistance cool-down: no new resistance for this long after a bout. [s, 0..60]
    double resist_cooldown_s = 6.0;
    /// Turning-away bout: turning away ends after this long. [s, 0.5..30]
    double turn_away_bout_s = 2.5;
    /// Greeting bout: greeting from afar ends after this long. [s, 0.5..30]
    double greet_bout_s = 2.5;

    // Acting.
    /// Toy choice noise: random distance added to each toy's when choosing one, so it sometimes picks another. [m, 0..3]
    double toy_choice_noise_m = 0.6;
    /// At the toy: within this distance of a toy it stops crawling. [m, 0.05..1]
    double toy_arrival_m = 0.22;
    /// First glance back, earliest: seconds of play before the first look back at her. [s, 0..120]
    double first_checkback_min_s = 8.0;
    /// First glance back, latest. [s, 0..120]
    double first_checkback_max_s = 20.0;
    /// Glance back interval, shortest: later looks back come after this, times (1 + slowing m). [s, 0..120]
    double checkback_min_s = 10.0;
    /// Glance back interval, longest. [s, 0..120]
    double checkback_max_s = 25.0;
    /// Minimising slows glancing back: factor per unit of minimising on the interval. [-, 0..20]
    double checkback_minimise_slowing = 4.0;
    /// Glance back: how long a look back at her lasts. [s, 0.1..10]
    double checkback_look_s = 1.2;
    /// Babbling interval: how often it decides anew whether to babble. [s, 0.1..20]
    double babble_interval_s = 2.0;
    /// Babbling chance: chance it babbles over such an interval (when happy). [-, 0..1]
    double babble_chance = 0.3;
    /// Arm's reach: an approach to her has arrived (it reaches instead) within this distance. [m, 0.1..1]
    double within_reach_m = 0.35;
    /// Reaching up: as she comes within this distance, an infant that wants contact reaches up to her. [m, 0.1..2]
    double reach_up_distance_m = 0.6;
    /// Reaching up needs activation above this. [-, 0..1]
    double reach_up_attachment = 0.3;
    /// Reaching up needs minimising below this. [-, 0..1]
    double reach_up_minimise_max = 0.4;
    /// Looking at her: minimising below which a crying or idle infant looks at her. [-, 0..1]
    double look_minimise_max = 0.5;
    /// Idle look: an idle infant looks at her for the first seconds of idling. [s, 0..30]
    double idle_look_s = 1.5;
    /// Search spot: how far inside the door it searches. [m, 0..1]
    double search_spot_inside_door_m = 0.25;
    /// At the door: within this distance of the search spot it stops crawling. [m, 0.01..1]
    double search_arrival_m = 0.1;
    /// Withdraw step: how far away from the stranger it aims when withdrawing. [m, 0.1..2]
    double withdraw_step_m = 0.6;
    /// Withdraw wall margin: it keeps this far from the walls when withdrawing. [m, 0..0.5]
    double withdraw_wall_margin_m = 0.15;

    // Affect.
    /// Angry: anger above which crying is angry. [-, 0..1]
    double angry_anger = 0.5;
    /// Distressed: crying above which the face is distressed. [-, 0..1]
    double distressed_cry = 0.2;
    /// Wary face: wariness above which the face is wary. [-, 0..1]
    double wary_wariness = 0.3;
    /// Positive from play: exploration above which a calm infant smiles. [-, 0..1]
    double positive_exploration = 0.4;
    /// Calm enough to smile: arousal below which it can be positive. [-, 0..1]
    double positive_arousal_max = 0.35;
    /// Calm enough to vocalise to her: arousal below which a sociable infant babbles to her. [-, 0..1]
    double vocal_arousal_max = 0.3;
};

}  // namespace sb
