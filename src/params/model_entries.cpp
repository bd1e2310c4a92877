// The registry entries of the model's constants (ModelDef, src/model/model_def.h): one entry a
// constant, with the label, unit, range and help of its comment in the Def's header. The adult's
// entries serve both roles, model.caregiver_role and model.stranger_role.
#include "params/param_registry.h"

namespace sb::params {

namespace {

void AddInfantModel(std::vector<ParamEntry>& out, const std::string& group, InfantModelDef ModelDef::*def) {
    auto at = [=](auto field) { return Path(&SimulationDef::model, def, field); };
    out.push_back(MakeParam(group + ".minimise_gain", "Minimising gain", "", 0, 10, "How fast a minimising strategy turns into minimised expression, m = clamp(gain max(0, -strategy)).", at(&InfantModelDef::minimise_gain)));
    out.push_back(MakeParam(group + ".maximise_onset", "Maximising onset", "strategy", -1, 1, "Strategy above which expression is maximised, M = clamp((strategy - onset) / span).", at(&InfantModelDef::maximise_onset)));
    out.push_back(MakeParam(group + ".maximise_span", "Maximising span", "strategy", 0.05, 2, "Strategy beyond the onset at which maximising is full.", at(&InfantModelDef::maximise_span)));
    out.push_back(MakeParam(group + ".expression_slope", "Expression slope", "", 0, 1, "Expression gain g = 1 + slope strategy.", at(&InfantModelDef::expression_slope)));
    out.push_back(MakeParam(group + ".conflict_threat_onset", "Conflict threat onset", "", 0, 1, "Learned threat above which the caregiver arouses approach-flight conflict, w = clamp((threat - onset) / span)^2.", at(&InfantModelDef::conflict_threat_onset)));
    out.push_back(MakeParam(group + ".conflict_threat_span", "Conflict threat span", "", 0.05, 1, "Threat beyond the onset at which the conflict weight is full.", at(&InfantModelDef::conflict_threat_span)));
    out.push_back(MakeParam(group + ".initial_arousal", "Initial arousal", "", 0, 1, "Arousal (and sustained arousal) when carried in.", at(&InfantModelDef::initial_arousal)));
    out.push_back(MakeParam(group + ".initial_felt_security", "Initial felt security", "", 0, 1, "Felt security when carried in.", at(&InfantModelDef::initial_felt_security)));
    out.push_back(MakeParam(group + ".initial_exploration", "Initial exploration", "", 0, 1, "Exploratory drive when carried in.", at(&InfantModelDef::initial_exploration)));
    out.push_back(MakeParam(group + ".initial_wariness", "Initial wariness", "", 0, 1, "Wariness when carried in.", at(&InfantModelDef::initial_wariness)));
    out.push_back(MakeParam(group + ".orient_delay_mean_s", "Orienting delay", "s", 0, 10, "Mean delay before it looks at her on her return (exponential).", at(&InfantModelDef::orient_delay_mean_s)));
    out.push_back(MakeParam(group + ".orient_look_s", "Orienting look", "s", 0.1, 10, "How long that look lasts.", at(&InfantModelDef::orient_look_s)));
    out.push_back(MakeParam(group + ".orient_suppress_gain", "Orienting suppression chance", "", 0, 5, "Chance of suppressing the look per unit of minimising, min(1, gain m).", at(&InfantModelDef::orient_suppress_gain)));
    out.push_back(MakeParam(group + ".orient_suppress_min_s", "Shortest suppression", "s", 0, 60, "Least delay added to the look when it is suppressed.", at(&InfantModelDef::orient_suppress_min_s)));
    out.push_back(MakeParam(group + ".orient_suppress_max_s", "Longest suppression at m = 0", "s", 0, 120, "Most delay added when suppressed, before minimising adds more.", at(&InfantModelDef::orient_suppress_max_s)));
    out.push_back(MakeParam(group + ".orient_suppress_per_minimise_s", "Suppression per minimising", "s", 0, 300, "Further delay per unit of minimising.", at(&InfantModelDef::orient_suppress_per_minimise_s)));
    out.push_back(MakeParam(group + ".orient_suppression_window_s", "Suppression window", "s", 0, 300, "Seconds after her entry in which a suppressed infant keeps its eyes off her.", at(&InfantModelDef::orient_suppression_window_s)));
    out.push_back(MakeParam(group + ".stranger_look_delay_mean_s", "Stranger look delay", "s", 0, 10, "Mean delay before it looks at an entering stranger (exponential).", at(&InfantModelDef::stranger_look_delay_mean_s)));
    out.push_back(MakeParam(group + ".stranger_look_s", "Stranger look", "s", 0.1, 10, "How long every infant looks at an entering stranger.", at(&InfantModelDef::stranger_look_s)));
    out.push_back(MakeParam(group + ".fright_arousal_jump", "Fright jump", "", 0, 1, "Arousal added by a frightening moment, times (trait offset + reactivity).", at(&InfantModelDef::fright_arousal_jump)));
    out.push_back(MakeParam(group + ".trait_offset", "Trait offset", "", 0, 2, "A rate scaled by temperament is scaled by (offset + trait), 1 for a typical infant at offset 0.5.", at(&InfantModelDef::trait_offset)));
    out.push_back(MakeParam(group + ".room_strangeness", "Room strangeness", "", 0, 1, "Wariness the strange room arouses on entering.", at(&InfantModelDef::room_strangeness)));
    out.push_back(MakeParam(group + ".strangeness_habituation_s", "Room habituation", "s", 1, 1200, "Time constant of getting used to the room.", at(&InfantModelDef::strangeness_habituation_s)));
    out.push_back(MakeParam(group + ".familiarisation_tau_s", "Familiarisation", "s", 1, 1200, "Time constant of getting used to the stranger in her presence.", at(&InfantModelDef::familiarisation_tau_s)));
    out.push_back(MakeParam(group + ".security_held_base", "Security when held", "", 0, 1, "Felt security held by her, before expectations.", at(&InfantModelDef::security_held_base)));
    out.push_back(MakeParam(group + ".security_held_availability", "Held security from availability", "", 0, 1, "Added per unit of expected availability.", at(&InfantModelDef::security_held_availability)));
    out.push_back(MakeParam(group + ".security_held_threat", "Held security lost to threat", "", 0, 1, "Subtracted per unit of learned threat.", at(&InfantModelDef::security_held_threat)));
    out.push_back(MakeParam(group + ".security_present_base", "Security with her present", "", 0, 1, "Felt security with her in the room, before expectations and distance.", at(&InfantModelDef::security_present_base)));
    out.push_back(MakeParam(group + ".security_present_availability", "Present security from availability", "", 0, 1, "Added per unit of expected availability.", at(&InfantModelDef::security_present_availability)));
    out.push_back(MakeParam(group + ".security_distance_weight", "Distance cost", "", 0, 1, "Security lost as she is further away (full at onset + span).", at(&InfantModelDef::security_distance_weight)));
    out.push_back(MakeParam(group + ".security_distance_onset_m", "Distance onset", "m", 0, 3, "Distance up to which her distance costs no security.", at(&InfantModelDef::security_distance_onset_m)));
    out.push_back(MakeParam(group + ".security_distance_span_m", "Distance span", "m", 0.1, 5, "Distance beyond the onset at which the distance cost is full.", at(&InfantModelDef::security_distance_span_m)));
    out.push_back(MakeParam(group + ".security_present_threat", "Present security lost to threat", "", 0, 1, "Near her, threat x exp(-distance / 1 m) costs this much security.", at(&InfantModelDef::security_present_threat)));
    out.push_back(MakeParam(group + ".security_absent", "Security alone", "", 0, 1, "Felt security with her out of the room.", at(&InfantModelDef::security_absent)));
    out.push_back(MakeParam(group + ".security_stranger_company", "Stranger's company", "", 0, 1, "Security a familiar stranger adds, times sociability.", at(&InfantModelDef::security_stranger_company)));
    out.push_back(MakeParam(group + ".security_stranger_held", "Held by the stranger", "", 0, 1, "Security her holding adds.", at(&InfantModelDef::security_stranger_held)));
    out.push_back(MakeParam(group + ".security_tau_s", "Security time constant", "s", 0.1, 60, "How fast felt security follows the situation.", at(&InfantModelDef::security_tau_s)));
    out.push_back(MakeParam(group + ".stranger_wariness", "Stranger wariness", "", 0, 2, "Wariness a near, unfamiliar stranger arouses in an unsociable infant.", at(&InfantModelDef::stranger_wariness)));
    out.push_back(MakeParam(group + ".stranger_wariness_distance_m", "Stranger wariness distance", "m", 0.1, 5, "E-folding distance of that wariness.", at(&InfantModelDef::stranger_wariness_distance_m)));
    out.push_back(MakeParam(group + ".familiarity_relief", "Familiarity relief", "", 0, 1, "Share of stranger wariness that familiarity removes.", at(&InfantModelDef::familiarity_relief)));
    out.push_back(MakeParam(group + ".wariness_tau_s", "Wariness time constant", "s", 0.1, 60, "How fast wariness follows the situation.", at(&InfantModelDef::wariness_tau_s)));
    out.push_back(MakeParam(group + ".set_point_base", "Set-point base", "", 0, 1, "Bischof's dependency set-point at zero arousal.", at(&InfantModelDef::set_point_base)));
    out.push_back(MakeParam(group + ".set_point_arousal", "Set-point rise with arousal", "", 0, 2, "How much arousal raises the set-point (a stressed infant needs her close).", at(&InfantModelDef::set_point_arousal)));
    out.push_back(MakeParam(group + ".attachment_gain", "Attachment gain", "", 0, 10, "Activation X = clamp(gain (set-point - security)).", at(&InfantModelDef::attachment_gain)));
    out.push_back(MakeParam(group + ".suppression_cost", "Suppression cost", "", 0, 1, "Arousal drive added per unit of minimising times activation while she is present.", at(&InfantModelDef::suppression_cost)));
    out.push_back(MakeParam(group + ".drive_insecurity", "Drive from insecurity", "", 0, 3, "Arousal drive per unit of insecurity (1 - security).", at(&InfantModelDef::drive_insecurity)));
    out.push_back(MakeParam(group + ".drive_wariness", "Drive from wariness", "", 0, 3, "Arousal drive per unit of wariness.", at(&InfantModelDef::drive_wariness)));
    out.push_back(MakeParam(group + ".drive_offset", "Drive offset", "", 0, 2, "Arousal drive subtracted, so a secure calm infant calms down.", at(&InfantModelDef::drive_offset)));
    out.push_back(MakeParam(group + ".arousal_rate", "Arousal rate", "1/s", 0, 0.5, "Rate of arousal change, times (trait offset + reactivity).", at(&InfantModelDef::arousal_rate)));
    out.push_back(MakeParam(group + ".comfort_trust_base", "Comfort trust floor", "", 0, 1, "Share of comfort that works whatever the infant expects.", at(&InfantModelDef::comfort_trust_base)));
    out.push_back(MakeParam(group + ".comfort_trust_availability", "Comfort trust from availability", "", 0, 1, "Share of comfort that needs expected availability.", at(&InfantModelDef::comfort_trust_availability)));
    out.push_back(MakeParam(group + ".anger_comfort_block", "Anger blocks comfort", "", 0, 1, "Share of comfort lost per unit of anger.", at(&InfantModelDef::anger_comfort_block)));
    out.push_back(MakeParam(group + ".comfort_rate", "Comfort rate", "1/s", 0, 1, "Rate at which comfort lowers arousal, times (trait offset + soothability).", at(&InfantModelDef::comfort_rate)));
    out.push_back(MakeParam(group + ".diversion_relief_rate", "Diversion relief", "1/s", 0, 0.5, "Rate at which turning to the toys in her presence lowers a minimising infant's arousal.", at(&InfantModelDef::diversion_relief_rate)));
    out.push_back(MakeParam(group + ".sustained_arousal_tau_s", "Sustained arousal time constant", "s", 1, 1200, "How slowly the sustained component follows arousal.", at(&InfantModelDef::sustained_arousal_tau_s)));
    out.push_back(MakeParam(group + ".anger_rate", "Anger rate", "1/s", 0, 0.5, "Rate at which a maximising, aroused infant grows angry.", at(&InfantModelDef::anger_rate)));
    out.push_back(MakeParam(group + ".predictability_anger_relief", "Predictability calms anger", "", 0, 1, "Share of the anger rate a predictable caregiver removes.", at(&InfantModelDef::predictability_anger_relief)));
    out.push_back(MakeParam(group + ".anger_decay_rate", "Anger decay", "1/s", 0, 0.5, "Rate at which anger fades when calm.", at(&InfantModelDef::anger_decay_rate)));
    out.push_back(MakeParam(group + ".cortisol_arousal_threshold", "Cortisol threshold", "", 0, 1, "Sustained arousal the infant regulates without the HPA axis; only the excess drives it.", at(&InfantModelDef::cortisol_arousal_threshold)));
    out.push_back(MakeParam(group + ".cortisol_buffering", "Social buffering", "", 0, 1, "Share of that drive a relationship without alarm buffers, b (1 - clamp(threat / threat span)).", at(&InfantModelDef::cortisol_buffering)));
    out.push_back(MakeParam(group + ".cortisol_buffering_threat", "Buffering threat span", "", 0.05, 1, "Learned threat at which the caregiver buffers nothing (she is the alarm).", at(&InfantModelDef::cortisol_buffering_threat)));
    out.push_back(MakeParam(group + ".cortisol_conflict_drive", "Conflict drive", "", 0, 5, "Unbuffered HPA drive per unit of approach-flight conflict toward her.", at(&InfantModelDef::cortisol_conflict_drive)));
    out.push_back(MakeParam(group + ".cortisol_lapse_drive", "Lapse drive", "", 0, 5, "Unbuffered HPA drive while a disorganized lapse is under way.", at(&InfantModelDef::cortisol_lapse_drive)));
    out.push_back(MakeParam(group + ".cortisol_acth_tau_s", "ACTH time constant", "s", 10, 3600, "How slowly the first (pituitary) compartment follows the drive.", at(&InfantModelDef::cortisol_acth_tau_s)));
    out.push_back(MakeParam(group + ".cortisol_tau_s", "Cortisol time constant", "s", 60, 14400, "How slowly salivary cortisol follows the first compartment (rise and clearance).", at(&InfantModelDef::cortisol_tau_s)));
    out.push_back(MakeParam(group + ".cortisol_gain", "Cortisol gain", "x baseline", 0, 20, "Cortisol = 1 + gain x (lagged drive), in units of the baseline per unit of drive.", at(&InfantModelDef::cortisol_gain)));
    out.push_back(MakeParam(group + ".cortisol_sample_s", "Post sample", "s", 60, 7200, "When the saliva sample is taken, counted from the start of the procedure (the baseline sample).", at(&InfantModelDef::cortisol_sample_s)));
    out.push_back(MakeParam(group + ".play_prompt_pull", "Play prompt", "", 0, 1, "Exploration added while someone points out or offers a toy.", at(&InfantModelDef::play_prompt_pull)));
    out.push_back(MakeParam(group + ".exploration_base", "Exploration base", "", 0, 2, "Exploration of a secure calm infant of curiosity 0.", at(&InfantModelDef::exploration_base)));
    out.push_back(MakeParam(group + ".exploration_curiosity", "Exploration from curiosity", "", 0, 2, "Added per unit of curiosity.", at(&InfantModelDef::exploration_curiosity)));
    out.push_back(MakeParam(group + ".exploration_attachment_suppression", "Attachment suppresses exploration", "", 0, 2, "Subtracted per unit of activation (secure-base antagonism).", at(&InfantModelDef::exploration_attachment_suppression)));
    out.push_back(MakeParam(group + ".exploration_wariness_suppression", "Wariness suppresses exploration", "", 0, 2, "Subtracted per unit of wariness.", at(&InfantModelDef::exploration_wariness_suppression)));
    out.push_back(MakeParam(group + ".shown_base", "Shown base", "", 0, 1, "Share of arousal shown whatever the strategy, shown = A (base + slope g).", at(&InfantModelDef::shown_base)));
    out.push_back(MakeParam(group + ".shown_slope", "Shown slope", "", 0, 2, "Share of arousal shown per unit of expression gain.", at(&InfantModelDef::shown_slope)));
    out.push_back(MakeParam(group + ".cry_onset", "Cry onset", "", 0, 1, "Shown arousal at which crying starts.", at(&InfantModelDef::cry_onset)));
    out.push_back(MakeParam(group + ".cry_span", "Cry span", "", 0.05, 1, "Shown arousal beyond the onset at which crying is full.", at(&InfantModelDef::cry_span)));
    out.push_back(MakeParam(group + ".recent_entry_s", "Recent entry", "s", 0, 120, "Seconds after her entry that count as her arrival (greeting, turning away, conflict).", at(&InfantModelDef::recent_entry_s)));
    out.push_back(MakeParam(group + ".conflict_floor_after_entry", "Conflict on her arrival", "", 0, 1, "Least conflict activation in her first seconds in the room.", at(&InfantModelDef::conflict_floor_after_entry)));
    out.push_back(MakeParam(group + ".conflict_floor", "Conflict floor", "", 0, 1, "Least conflict activation with her in the room.", at(&InfantModelDef::conflict_floor)));
    out.push_back(MakeParam(group + ".lapse_hazard", "Lapse hazard", "", 0, 1, "Chance per decision of a lapse per unit of conflict.", at(&InfantModelDef::lapse_hazard)));
    out.push_back(MakeParam(group + ".fright_lapse_base", "Lapse after fright", "", 0, 1, "Chance of a lapse after a frightening moment, before threat.", at(&InfantModelDef::fright_lapse_base)));
    out.push_back(MakeParam(group + ".fright_lapse_threat", "Lapse after fright from threat", "", 0, 1, "Added per unit of learned threat.", at(&InfantModelDef::fright_lapse_threat)));
    out.push_back(MakeParam(group + ".lapse_freeze_below", "Freezing share", "", 0, 1, "A lapse is a freeze if a uniform draw falls below this.", at(&InfantModelDef::lapse_freeze_below)));
    out.push_back(MakeParam(group + ".lapse_approach_freeze_below", "Approach-then-freeze share", "", 0, 1, "... else approach then freeze if below this.", at(&InfantModelDef::lapse_approach_freeze_below)));
    out.push_back(MakeParam(group + ".lapse_averted_below", "Averted approach share", "", 0, 1, "... else approach with head averted if below this; else apprehension.", at(&InfantModelDef::lapse_averted_below)));
    out.push_back(MakeParam(group + ".freeze_min_s", "Shortest freeze", "s", 0.5, 60, "Shortest freeze.", at(&InfantModelDef::freeze_min_s)));
    out.push_back(MakeParam(group + ".freeze_max_s", "Longest freeze", "s", 0.5, 60, "Longest freeze.", at(&InfantModelDef::freeze_max_s)));
    out.push_back(MakeParam(group + ".approach_freeze_min_s", "Shortest approach then freeze", "s", 0.5, 60, "Shortest approach then freeze.", at(&InfantModelDef::approach_freeze_min_s)));
    out.push_back(MakeParam(group + ".approach_freeze_max_s", "Longest approach then freeze", "s", 0.5, 60, "Longest approach then freeze.", at(&InfantModelDef::approach_freeze_max_s)));
    out.push_back(MakeParam(group + ".approach_freeze_approach_s", "Approach before freezing", "s", 0, 30, "Seconds it approaches before it freezes.", at(&InfantModelDef::approach_freeze_approach_s)));
    out.push_back(MakeParam(group + ".approach_freeze_margin_m", "Freezing short of her", "m", 0, 2, "It freezes this much further from her than arm's reach.", at(&InfantModelDef::approach_freeze_margin_m)));
    out.push_back(MakeParam(group + ".averted_approach_s", "Averted approach", "s", 0.5, 60, "Longest approach with head averted.", at(&InfantModelDef::averted_approach_s)));
    out.push_back(MakeParam(group + ".apprehension_min_s", "Shortest apprehensive look", "s", 0.5, 60, "Shortest apprehensive look.", at(&InfantModelDef::apprehension_min_s)));
    out.push_back(MakeParam(group + ".apprehension_max_s", "Longest apprehensive look", "s", 0.5, 60, "Longest apprehensive look.", at(&InfantModelDef::apprehension_max_s)));
    out.push_back(MakeParam(group + ".decision_interval_s", "Decision interval", "s", 0.1, 5, "Seconds between choices of behaviour (and lapse chances).", at(&InfantModelDef::decision_interval_s)));
    out.push_back(MakeParam(group + ".commitment_bonus", "Commitment", "", 0, 2, "Utility bonus of the current behaviour (neither jittery nor robotic).", at(&InfantModelDef::commitment_bonus)));
    out.push_back(MakeParam(group + ".approach_commitment_bonus", "Approach commitment", "", 0, 2, "Further bonus for an approach to her that has not arrived.", at(&InfantModelDef::approach_commitment_bonus)));
    out.push_back(MakeParam(group + ".choice_temperature", "Choice temperature", "", 0.005, 1, "Softmax temperature of the choice.", at(&InfantModelDef::choice_temperature)));
    out.push_back(MakeParam(group + ".idle_utility", "Idle", "", 0, 2, "Utility of sitting and looking about.", at(&InfantModelDef::idle_utility)));
    out.push_back(MakeParam(group + ".diversion_weight", "Diversion to the toys", "", 0, 3, "Exploration utility added per unit of minimising times activation.", at(&InfantModelDef::diversion_weight)));
    out.push_back(MakeParam(group + ".contact_base", "Contact base", "", 0, 2, "Utility of staying in her arms when calm.", at(&InfantModelDef::contact_base)));
    out.push_back(MakeParam(group + ".contact_arousal", "Contact from arousal", "", 0, 5, "Utility of staying in contact per unit of arousal.", at(&InfantModelDef::contact_arousal)));
    out.push_back(MakeParam(group + ".contact_gain_base", "Contact gain base", "", 0, 2, "Factor on contact from arousal at expression gain 0, (base + slope g).", at(&InfantModelDef::contact_gain_base)));
    out.push_back(MakeParam(group + ".contact_gain_slope", "Contact gain slope", "", 0, 2, "Added to that factor per unit of expression gain.", at(&InfantModelDef::contact_gain_slope)));
    out.push_back(MakeParam(group + ".contact_minimise_damping", "Minimising damps contact", "", 0, 1, "Share of contact utility lost per unit of minimising.", at(&InfantModelDef::contact_minimise_damping)));
    out.push_back(MakeParam(group + ".contact_maximise", "Maximising clings", "", 0, 2, "Contact utility added per unit of maximising.", at(&InfantModelDef::contact_maximise)));
    out.push_back(MakeParam(group + ".want_down_minimise", "Leaning out", "", 0, 3, "Utility of wanting down added per unit of minimising.", at(&InfantModelDef::want_down_minimise)));
    out.push_back(MakeParam(group + ".resist_held_weight", "Resisting when held", "", 0, 5, "Resistance utility per unit of anger, times (resist base + M).", at(&InfantModelDef::resist_held_weight)));
    out.push_back(MakeParam(group + ".resist_weight", "Resisting near her", "", 0, 5, "Resistance utility per unit of anger when she is near but not holding.", at(&InfantModelDef::resist_weight)));
    out.push_back(MakeParam(group + ".resist_base", "Resist base", "", 0, 2, "Factor on resistance at maximising 0.", at(&InfantModelDef::resist_base)));
    out.push_back(MakeParam(group + ".resist_distance_m", "Resist distance", "m", 0.1, 3, "She must be within this distance to be resisted when not holding.", at(&InfantModelDef::resist_distance_m)));
    out.push_back(MakeParam(group + ".stranger_contact_base", "Contact with the stranger", "", 0, 2, "Utility of staying in the stranger's arms when calm.", at(&InfantModelDef::stranger_contact_base)));
    out.push_back(MakeParam(group + ".stranger_contact_arousal", "Stranger contact from arousal", "", 0, 5, "Added per unit of arousal.", at(&InfantModelDef::stranger_contact_arousal)));
    out.push_back(MakeParam(group + ".stranger_want_down", "Wanting down from the stranger", "", 0, 3, "Added to exploration for the utility of wanting down.", at(&InfantModelDef::stranger_want_down)));
    out.push_back(MakeParam(group + ".cry_weight", "Crying", "", 0, 5, "Utility of sitting and crying per unit of crying.", at(&InfantModelDef::cry_weight)));
    out.push_back(MakeParam(group + ".cry_present_base", "Crying with her present", "", 0, 1, "Factor on crying utility with her in the room, before maximising.", at(&InfantModelDef::cry_present_base)));
    out.push_back(MakeParam(group + ".cry_present_maximise", "Crying with her present, maximising", "", 0, 1, "Added to that factor per unit of maximising.", at(&InfantModelDef::cry_present_maximise)));
    out.push_back(MakeParam(group + ".seek_weight", "Seeking her", "", 0, 5, "Utility of approaching her per unit of activation.", at(&InfantModelDef::seek_weight)));
    out.push_back(MakeParam(group + ".seek_minimise_damping", "Minimising damps seeking", "", 0, 1, "Share of seeking lost per unit of minimising.", at(&InfantModelDef::seek_minimise_damping)));
    out.push_back(MakeParam(group + ".seek_gain_base", "Seek gain base", "", 0, 2, "Factor on seeking at expression gain 0, (base + slope g).", at(&InfantModelDef::seek_gain_base)));
    out.push_back(MakeParam(group + ".seek_gain_slope", "Seek gain slope", "", 0, 2, "Added to that factor per unit of expression gain.", at(&InfantModelDef::seek_gain_slope)));
    out.push_back(MakeParam(group + ".turn_away_weight", "Turning away", "", 0, 5, "Utility of turning away per unit of minimising, times (base + activation).", at(&InfantModelDef::turn_away_weight)));
    out.push_back(MakeParam(group + ".turn_away_base", "Turning away base", "", 0, 2, "Factor on turning away at zero activation.", at(&InfantModelDef::turn_away_base)));
    out.push_back(MakeParam(group + ".turn_away_distance_m", "Turning away distance", "m", 0.1, 3, "It turns away from her only within this distance (or on her arrival).", at(&InfantModelDef::turn_away_distance_m)));
    out.push_back(MakeParam(group + ".greet_base", "Greeting base", "", 0, 2, "Utility of greeting her from afar at sociability 0.", at(&InfantModelDef::greet_base)));
    out.push_back(MakeParam(group + ".greet_sociability", "Greeting from sociability", "", 0, 2, "Added per unit of sociability.", at(&InfantModelDef::greet_sociability)));
    out.push_back(MakeParam(group + ".greet_late_factor", "Greeting later", "", 0, 1, "Factor on greeting utility after her arrival.", at(&InfantModelDef::greet_late_factor)));
    out.push_back(MakeParam(group + ".search_weight", "Searching", "", 0, 5, "Utility of searching for her per unit of activation.", at(&InfantModelDef::search_weight)));
    out.push_back(MakeParam(group + ".search_cry_damping", "Crying damps search", "", 0, 1, "Share of search lost per unit of crying.", at(&InfantModelDef::search_cry_damping)));
    out.push_back(MakeParam(group + ".search_minimise_damping", "Minimising damps search", "", 0, 1, "Share of search lost per unit of minimising.", at(&InfantModelDef::search_minimise_damping)));
    out.push_back(MakeParam(group + ".search_with_stranger", "Search with the stranger", "", 0, 1, "Factor on search while the stranger keeps it company.", at(&InfantModelDef::search_with_stranger)));
    out.push_back(MakeParam(group + ".withdraw_weight", "Withdrawing", "", 0, 5, "Utility of moving away from a near stranger per unit of wariness.", at(&InfantModelDef::withdraw_weight)));
    out.push_back(MakeParam(group + ".withdraw_distance_m", "Withdraw distance", "m", 0.1, 3, "It withdraws from a stranger only within this distance.", at(&InfantModelDef::withdraw_distance_m)));
    out.push_back(MakeParam(group + ".watch_stranger_weight", "Watching the stranger", "", 0, 2, "Utility of watching an unfamiliar stranger.", at(&InfantModelDef::watch_stranger_weight)));
    out.push_back(MakeParam(group + ".resist_bout_s", "Resistance bout", "s", 0.5, 30, "Resisting ends after this long (at the next decision).", at(&InfantModelDef::resist_bout_s)));
    out.push_back(MakeParam(group + ".resist_cooldown_s", "Resistance cool-down", "s", 0, 60, "No new resistance for this long after a bout.", at(&InfantModelDef::resist_cooldown_s)));
    out.push_back(MakeParam(group + ".turn_away_bout_s", "Turning-away bout", "s", 0.5, 30, "Turning away ends after this long.", at(&InfantModelDef::turn_away_bout_s)));
    out.push_back(MakeParam(group + ".greet_bout_s", "Greeting bout", "s", 0.5, 30, "Greeting from afar ends after this long.", at(&InfantModelDef::greet_bout_s)));
    out.push_back(MakeParam(group + ".toy_choice_noise_m", "Toy choice noise", "m", 0, 3, "Random distance added to each toy's when choosing one, so it sometimes picks another.", at(&InfantModelDef::toy_choice_noise_m)));
    out.push_back(MakeParam(group + ".toy_arrival_m", "At the toy", "m", 0.05, 1, "Within this distance of a toy it stops crawling.", at(&InfantModelDef::toy_arrival_m)));
    out.push_back(MakeParam(group + ".first_checkback_min_s", "First glance back, earliest", "s", 0, 120, "Seconds of play before the first look back at her.", at(&InfantModelDef::first_checkback_min_s)));
    out.push_back(MakeParam(group + ".first_checkback_max_s", "First glance back, latest", "s", 0, 120, "First glance back, latest.", at(&InfantModelDef::first_checkback_max_s)));
    out.push_back(MakeParam(group + ".checkback_min_s", "Glance back interval, shortest", "s", 0, 120, "Later looks back come after this, times (1 + slowing m).", at(&InfantModelDef::checkback_min_s)));
    out.push_back(MakeParam(group + ".checkback_max_s", "Glance back interval, longest", "s", 0, 120, "Glance back interval, longest.", at(&InfantModelDef::checkback_max_s)));
    out.push_back(MakeParam(group + ".checkback_minimise_slowing", "Minimising slows glancing back", "", 0, 20, "Factor per unit of minimising on the interval.", at(&InfantModelDef::checkback_minimise_slowing)));
    out.push_back(MakeParam(group + ".checkback_look_s", "Glance back", "s", 0.1, 10, "How long a look back at her lasts.", at(&InfantModelDef::checkback_look_s)));
    out.push_back(MakeParam(group + ".babble_interval_s", "Babbling interval", "s", 0.1, 20, "How often it decides anew whether to babble.", at(&InfantModelDef::babble_interval_s)));
    out.push_back(MakeParam(group + ".babble_chance", "Babbling chance", "", 0, 1, "Chance it babbles over such an interval (when happy).", at(&InfantModelDef::babble_chance)));
    out.push_back(MakeParam(group + ".within_reach_m", "Arm's reach", "m", 0.1, 1, "An approach to her has arrived (it reaches instead) within this distance.", at(&InfantModelDef::within_reach_m)));
    out.push_back(MakeParam(group + ".reach_up_distance_m", "Reaching up", "m", 0.1, 2, "As she comes within this distance, an infant that wants contact reaches up to her.", at(&InfantModelDef::reach_up_distance_m)));
    out.push_back(MakeParam(group + ".reach_up_attachment", "Reaching up needs activation above this", "", 0, 1, "Reaching up needs activation above this.", at(&InfantModelDef::reach_up_attachment)));
    out.push_back(MakeParam(group + ".reach_up_minimise_max", "Reaching up needs minimising below this", "", 0, 1, "Reaching up needs minimising below this.", at(&InfantModelDef::reach_up_minimise_max)));
    out.push_back(MakeParam(group + ".look_minimise_max", "Looking at her", "", 0, 1, "Minimising below which a crying or idle infant looks at her.", at(&InfantModelDef::look_minimise_max)));
    out.push_back(MakeParam(group + ".idle_look_s", "Idle look", "s", 0, 30, "An idle infant looks at her for the first seconds of idling.", at(&InfantModelDef::idle_look_s)));
    out.push_back(MakeParam(group + ".search_spot_inside_door_m", "Search spot", "m", 0, 1, "How far inside the door it searches.", at(&InfantModelDef::search_spot_inside_door_m)));
    out.push_back(MakeParam(group + ".search_arrival_m", "At the door", "m", 0.01, 1, "Within this distance of the search spot it stops crawling.", at(&InfantModelDef::search_arrival_m)));
    out.push_back(MakeParam(group + ".withdraw_step_m", "Withdraw step", "m", 0.1, 2, "How far away from the stranger it aims when withdrawing.", at(&InfantModelDef::withdraw_step_m)));
    out.push_back(MakeParam(group + ".withdraw_wall_margin_m", "Withdraw wall margin", "m", 0, 0.5, "It keeps this far from the walls when withdrawing.", at(&InfantModelDef::withdraw_wall_margin_m)));
    out.push_back(MakeParam(group + ".angry_anger", "Angry", "", 0, 1, "Anger above which crying is angry.", at(&InfantModelDef::angry_anger)));
    out.push_back(MakeParam(group + ".distressed_cry", "Distressed", "", 0, 1, "Crying above which the face is distressed.", at(&InfantModelDef::distressed_cry)));
    out.push_back(MakeParam(group + ".wary_wariness", "Wary face", "", 0, 1, "Wariness above which the face is wary.", at(&InfantModelDef::wary_wariness)));
    out.push_back(MakeParam(group + ".positive_exploration", "Positive from play", "", 0, 1, "Exploration above which a calm infant smiles.", at(&InfantModelDef::positive_exploration)));
    out.push_back(MakeParam(group + ".positive_arousal_max", "Calm enough to smile", "", 0, 1, "Arousal below which it can be positive.", at(&InfantModelDef::positive_arousal_max)));
    out.push_back(MakeParam(group + ".vocal_arousal_max", "Calm enough to vocalise to her", "", 0, 1, "Arousal below which a sociable infant babbles to her.", at(&InfantModelDef::vocal_arousal_max)));
}

void AddAdult(std::vector<ParamEntry>& out, const std::string& group, AdultDef ModelDef::*role) {
    auto at = [=](auto field) { return Path(&SimulationDef::model, role, field); };
    out.push_back(MakeParam(group + ".answers_on_entry", "Answers bids on entering", "", 0, 1, "She answers the infant's bids as soon as she comes in or goes to her chair (the caregiver); otherwise only once cued to gear to the infant (the stranger).", at(&AdultDef::answers_on_entry)));
    out.push_back(MakeParam(group + ".plays_after_release", "Plays after a hold", "", 0, 1, "After putting a comforted infant down she stays and plays with it, rather than going back to her chair (the stranger in the separations).", at(&AdultDef::plays_after_release)));
    out.push_back(MakeParam(group + ".joins_calm_infant", "Joins a calm infant", "", 0, 1, "Once answering, she leaves her chair to play with a calm infant (the stranger \"gears her behaviour to\" the infant's).", at(&AdultDef::joins_calm_infant)));
    out.push_back(MakeParam(group + ".says_goodbye", "Says goodbye", "", 0, 1, "Vocalises as she leaves (\"bye-bye\").", at(&AdultDef::says_goodbye)));
    out.push_back(MakeParam(group + ".mean_latency_s", "Mean latency without the caregiving rule", "s", 0, 30, "Mean delay before she answers a bid; the caregiver's comes from her sensitivity instead.", at(&AdultDef::mean_latency_s)));
    out.push_back(MakeParam(group + ".hold_patience_s", "Patience without the caregiving rule", "s", 1, 300, "Longest hold; the caregiver's comes from her sensitivity instead.", at(&AdultDef::hold_patience_s)));
    out.push_back(MakeParam(group + ".bid_cry", "Bid cry", "", 0, 1, "Cry intensity she treats as a call.", at(&AdultDef::bid_cry)));
    out.push_back(MakeParam(group + ".calm_cry", "Calm cry", "", 0, 1, "Cry intensity below which a held infant counts as calm (and she holds rather than soothes).", at(&AdultDef::calm_cry)));
    out.push_back(MakeParam(group + ".reach_noticed_m", "Reach noticed", "m", 0.2, 2, "An infant reaching within this distance of her is reaching to her (a bid, or at the door coming to her).", at(&AdultDef::reach_noticed_m)));
    out.push_back(MakeParam(group + ".reach_signal", "Signal of a reach", "signal", 0, 1.7, "The intensity of a reach as a signal for the caregiving rule (open full distress = 1).", at(&AdultDef::reach_signal)));
    out.push_back(MakeParam(group + ".rebid_s", "Re-decide", "s", 1, 120, "Seconds an ignored bid continues before she decides again.", at(&AdultDef::rebid_s)));
    out.push_back(MakeParam(group + ".greet_pause_s", "Greeting pause", "s", 0, 30, "She greets and waits at the door this long so the infant can respond (Ainsworth's instructions, eps 5 and 8).", at(&AdultDef::greet_pause_s)));
    out.push_back(MakeParam(group + ".greet_spot_inside_door_m", "Greeting spot", "m", 0, 1, "How far inside the door she stands to greet.", at(&AdultDef::greet_spot_inside_door_m)));
    out.push_back(MakeParam(group + ".carry_in_offset_m", "Carrying in", "m", 0, 1, "How far behind the put-down spot she stops with the infant in episode 1.", at(&AdultDef::carry_in_offset_m)));
    out.push_back(MakeParam(group + ".pick_up_s", "Pick-up", "s", 0.2, 5, "Seconds to bend down and lift the infant.", at(&AdultDef::pick_up_s)));
    out.push_back(MakeParam(group + ".put_down_s", "Put-down", "s", 0.2, 5, "Seconds to set the infant down.", at(&AdultDef::put_down_s)));
    out.push_back(MakeParam(group + ".pick_up_distance_m", "Pick-up distance", "m", 0.1, 0.6, "How close she comes to an infant she is going to pick up.", at(&AdultDef::pick_up_distance_m)));
    out.push_back(MakeParam(group + ".play_distance_m", "Play distance", "m", 0.2, 1.5, "How close she crouches to an infant she plays with (out of arm's reach).", at(&AdultDef::play_distance_m)));
    out.push_back(MakeParam(group + ".arrival_tolerance_m", "Arrival tolerance", "m", 0, 0.2, "How near the stand-off point counts as arrived.", at(&AdultDef::arrival_tolerance_m)));
    out.push_back(MakeParam(group + ".follow_distance_m", "Follow distance", "m", 0.3, 3, "A playing infant that moves further than this away is followed.", at(&AdultDef::follow_distance_m)));
    out.push_back(MakeParam(group + ".wait_for_holder_s", "Waiting for a holder", "s", 0, 60, "How long she waits to take an infant someone else holds.", at(&AdultDef::wait_for_holder_s)));
    out.push_back(MakeParam(group + ".release_calm_s", "Release when calm", "s", 0, 60, "Seconds calm after which she puts down an infant that leans out.", at(&AdultDef::release_calm_s)));
    out.push_back(MakeParam(group + ".release_calm_anyway_s", "Release anyway", "s", 1, 120, "Seconds calm after which she puts the infant down even if it does not lean out.", at(&AdultDef::release_calm_anyway_s)));
    out.push_back(MakeParam(group + ".prompt_play_s", "Pointing to the toys", "s", 0.5, 30, "How long she prompts play from her chair.", at(&AdultDef::prompt_play_s)));
    out.push_back(MakeParam(group + ".join_play_after_s", "Joining play", "s", 0, 60, "Seconds in her chair before she joins a calm infant (when her role does).", at(&AdultDef::join_play_after_s)));
    out.push_back(MakeParam(group + ".hold_offset_m", "Hold point", "m", 0, 0.5, "How far in front of her a held infant sits.", at(&AdultDef::hold_offset_m)));
    out.push_back(MakeParam(group + ".chair_tolerance_m", "At the chair", "m", 0, 0.5, "Within this distance she counts as at her chair (sitting while dissociating).", at(&AdultDef::chair_tolerance_m)));
    out.push_back(MakeParam(group + ".loom_share", "Looming share", "", 0, 1, "Chance a frightening moment is looming rather than dissociating.", at(&AdultDef::loom_share)));
    out.push_back(MakeParam(group + ".loom_speed_mps", "Looming speed", "m/s", 0.3, 4, "How fast she rushes at the infant.", at(&AdultDef::loom_speed_mps)));
    out.push_back(MakeParam(group + ".loom_distance_m", "Looming distance", "m", 0.05, 1, "How close she bends over the infant.", at(&AdultDef::loom_distance_m)));
    out.push_back(MakeParam(group + ".loom_s", "Looming", "s", 0.5, 20, "Seconds a looming moment lasts.", at(&AdultDef::loom_s)));
    out.push_back(MakeParam(group + ".dissociation_s", "Dissociating", "s", 0.5, 30, "Seconds she stays stock-still, blank and unresponsive.", at(&AdultDef::dissociation_s)));
}

void AddCaregivingRule(std::vector<ParamEntry>& out, const std::string& group, CaregivingRuleDef ModelDef::*def) {
    auto at = [=](auto field) { return Path(&SimulationDef::model, def, field); };
    out.push_back(MakeParam(group + ".available_base", "Availability floor", "", 0, 1, "Chance she is available on an occasion even at consistency 0 (p_av = base + slope c).", at(&CaregivingRuleDef::available_base)));
    out.push_back(MakeParam(group + ".available_consistency", "Availability slope", "", 0, 1, "How much consistency adds to her chance of being available.", at(&CaregivingRuleDef::available_consistency)));
    out.push_back(MakeParam(group + ".notice_base", "Noticing at sensitivity 1", "1/signal", 0, 2, "The rate k of her answering curve 1 - exp(-k s) for the least sensitive caregiver.", at(&CaregivingRuleDef::notice_base)));
    out.push_back(MakeParam(group + ".notice_gain", "Noticing gain", "1/signal", 0, 10, "How much k grows with sensitivity, k = base + gain x^1.5, x = (sensitivity - 1) / 8.", at(&CaregivingRuleDef::notice_gain)));
    out.push_back(MakeParam(group + ".breakthrough_max", "Breakthrough ceiling", "", 0, 1, "Chance an escalated signal reaches an unavailable caregiver, at most.", at(&CaregivingRuleDef::breakthrough_max)));
    out.push_back(MakeParam(group + ".breakthrough_onset", "Breakthrough onset", "signal", 0, 1.7, "Signal intensity above which an unavailable caregiver can be reached.", at(&CaregivingRuleDef::breakthrough_onset)));
    out.push_back(MakeParam(group + ".breakthrough_span", "Breakthrough span", "signal", 0.05, 1.7, "Signal intensity beyond the onset at which breakthrough reaches its ceiling.", at(&CaregivingRuleDef::breakthrough_span)));
    out.push_back(MakeParam(group + ".rejection_onset", "Rejection onset", "scale points", 1, 9, "Acceptance at and above which she never rebuffs (rejection = clamp((onset - acceptance) / span)).", at(&CaregivingRuleDef::rejection_onset)));
    out.push_back(MakeParam(group + ".rejection_span", "Rejection span", "scale points", 1, 8, "Acceptance points below the onset at which rejection is full.", at(&CaregivingRuleDef::rejection_span)));
    out.push_back(MakeParam(group + ".rebuff_base", "Rebuff floor", "", 0, 1, "Share of the rebuff chance that does not depend on the signal's intensity.", at(&CaregivingRuleDef::rebuff_base)));
    out.push_back(MakeParam(group + ".rebuff_intensity", "Rebuff with intensity", "", 0, 1, "Share of the rebuff chance that grows with the signal (aversion to intense distress).", at(&CaregivingRuleDef::rebuff_intensity)));
    out.push_back(MakeParam(group + ".frighten_answered", "Frightening in an answered interaction", "", 0, 1, "Chance per interaction at frightening = 1.", at(&CaregivingRuleDef::frighten_answered)));
    out.push_back(MakeParam(group + ".frighten_unanswered", "Frightening when a bid goes unanswered", "", 0, 1, "Chance per bid at frightening = 1.", at(&CaregivingRuleDef::frighten_unanswered)));
    out.push_back(MakeParam(group + ".latency_min_s", "Fastest latency", "s", 0, 10, "Her mean delay before answering at sensitivity 9.", at(&CaregivingRuleDef::latency_min_s)));
    out.push_back(MakeParam(group + ".latency_per_point_s", "Latency per scale point", "s", 0, 10, "Mean delay added for each point of sensitivity below 9.", at(&CaregivingRuleDef::latency_per_point_s)));
    out.push_back(MakeParam(group + ".patience_min_s", "Shortest patience", "s", 1, 120, "How long the least sensitive caregiver holds the infant at most.", at(&CaregivingRuleDef::patience_min_s)));
    out.push_back(MakeParam(group + ".patience_per_point_s", "Patience per scale point", "s", 0, 30, "Holding time added for each point of sensitivity above 1.", at(&CaregivingRuleDef::patience_per_point_s)));
    out.push_back(MakeParam(group + ".patience_rejection_cut", "Rejection cuts holding", "", 0, 1, "Share of her patience a fully rejecting caregiver gives up.", at(&CaregivingRuleDef::patience_rejection_cut)));
    out.push_back(MakeParam(group + ".frightening_per_min", "Frightening moments in the room", "1/min", 0, 20, "Rate at frightening = 1, while she is free.", at(&CaregivingRuleDef::frightening_per_min)));
}

void AddFirstYear(std::vector<ParamEntry>& out, const std::string& group, FirstYearDef ModelDef::*def) {
    auto at = [=](auto field) { return Path(&SimulationDef::model, def, field); };
    out.push_back(MakeParam(group + ".rebuff_cost", "Rebuff cost", "comfort units", 0, 3, "Value lost to a rebuff, per unit of the signal's intensity (a rebuff hurts more after an intense bid).", at(&FirstYearDef::rebuff_cost)));
    out.push_back(MakeParam(group + ".ignored_cost", "Ignored cost", "comfort units", 0, 3, "Value lost when nobody answers, per unit of distress.", at(&FirstYearDef::ignored_cost)));
    out.push_back(MakeParam(group + ".effort_cost", "Effort cost", "comfort units", 0, 3, "Value lost per unit of expression gain above open (escalating is exhausting and aversive).", at(&FirstYearDef::effort_cost)));
    out.push_back(MakeParam(group + ".diversion_gain", "Diversion gain", "comfort units", 0, 3, "Value a minimised infant gains by turning to toys, per unit of distress.", at(&FirstYearDef::diversion_gain)));
    out.push_back(MakeParam(group + ".fright_cost", "Fright cost", "comfort units", 0, 3, "Value lost to a frightening moment.", at(&FirstYearDef::fright_cost)));
    out.push_back(MakeParam(group + ".try_other", "Trying another way", "", 0, 1, "Chance per episode of signalling at a level chosen at random rather than by the policy.", at(&FirstYearDef::try_other)));
    out.push_back(MakeParam(group + ".threat_learn", "Threat learning", "", 0, 1, "Weight of a frightening episode on learned threat (fear is learned fast).", at(&FirstYearDef::threat_learn)));
    out.push_back(MakeParam(group + ".threat_forget_share", "Threat forgetting", "", 0, 1, "Rate of forgetting threat, as a share of the learning rate (and forgotten slowly).", at(&FirstYearDef::threat_forget_share)));
    out.push_back(MakeParam(group + ".distress_min", "Least distress", "", 0, 1, "An episode's distress is drawn uniformly between this and the most, times temperament.", at(&FirstYearDef::distress_min)));
    out.push_back(MakeParam(group + ".distress_max", "Most distress", "", 0, 2, "Most distress.", at(&FirstYearDef::distress_max)));
    out.push_back(MakeParam(group + ".distress_base", "Distress base", "", 0, 2, "Factor on the drawn distress at reactivity 0, (base + slope reactivity).", at(&FirstYearDef::distress_base)));
    out.push_back(MakeParam(group + ".distress_reactivity", "Distress from reactivity", "", 0, 2, "Added to that factor per unit of reactivity.", at(&FirstYearDef::distress_reactivity)));
    out.push_back(MakeParam(group + ".open_head_start", "Open head start", "comfort units", -1, 1, "Starting value of open expression (newborns signal openly).", at(&FirstYearDef::open_head_start)));
    out.push_back(MakeParam(group + ".prior_availability", "Prior availability", "", 0, 1, "Expected availability before any episode.", at(&FirstYearDef::prior_availability)));
    out.push_back(MakeParam(group + ".prior_variance", "Prior variance", "", 0, 0.25, "Variance of the outcome expected before any episode (0.25 is a coin toss).", at(&FirstYearDef::prior_variance)));
}

}  // namespace

void AddModelEntries(std::vector<ParamEntry>& out) {
    AddInfantModel(out, "model.infant", &ModelDef::infant);
    AddAdult(out, "model.caregiver_role", &ModelDef::caregiver_role);
    AddAdult(out, "model.stranger_role", &ModelDef::stranger_role);
    AddCaregivingRule(out, "model.caregiving", &ModelDef::caregiving);
    AddFirstYear(out, "model.first_year", &ModelDef::first_year);
}

}  // namespace sb::params
