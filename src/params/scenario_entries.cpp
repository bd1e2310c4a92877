// The registry entries of the scenario tables a user sets: the caregiver of the first year and of
// today, the history, the stranger, the infant's temperament and the protocol's rules. Names match
// the scenario file's tables and keys (docs/scenarios.md). One entry a parameter.
#include "params/param_registry.h"

namespace sb::params {

namespace {

// The caregiver's five parameters, for her first year ("caregiver") or for today ("today").
template <class... Lead>
void AddCaregiver(std::vector<ParamEntry>& out, const std::string& group, const std::string& when, bool with_columns,
                  Lead... lead) {
    auto at = [&](auto field) { return Path(lead..., field); };
    out.push_back(MakeParam(group + ".sensitivity", "Sensitivity", "Ainsworth scale", 1, 9,
                            "Ainsworth's Sensitivity-Insensitivity scale " + when + ": how readily she notices and answers signals, how well her holding comforts (9 prompt and appropriate, 1 highly insensitive).",
                            at(&CaregiverDef::sensitivity)));
    out.push_back(MakeParam(group + ".consistency", "Consistency", "", 0, 1,
                            "How reliably she is available " + when + ": on each occasion with probability 0.5 + 0.5 x consistency, so 1 always and 0 a coin toss.",
                            at(&CaregiverDef::consistency)));
    out.push_back(MakeParam(group + ".acceptance", "Acceptance", "Ainsworth scale", 1, 9,
                            "Ainsworth's Acceptance-Rejection scale " + when + ": 9 accepts the infant's needs and contact, 1 is averse to them; below 7 she sometimes rebuffs bids, more so intense ones.",
                            at(&CaregiverDef::acceptance)));
    out.push_back(MakeParam(group + ".frightening", "Frightening", "", 0, 1,
                            "How often she is frightening or frightened " + when + ": looming over the infant, a sudden approach, dissociated stillness.",
                            at(&CaregiverDef::frightening)));
    out.push_back(MakeParam(group + ".walk_speed_mps", "Walking speed", "m/s", 0.3, 2.0, "Her walking speed in the room.",
                            at(&CaregiverDef::walk_speed_mps)));
    if (with_columns) {
        // runs.csv has shown today's caregiver under these names since before the registry.
        const std::size_t first = out.size() - 5;
        out[first].runs_column = "sensitivity";
        out[first + 1].runs_column = "consistency";
        out[first + 2].runs_column = "acceptance";
        out[first + 3].runs_column = "frightening";
    }
}

}  // namespace

void AddScenarioEntries(std::vector<ParamEntry>& out) {
    AddCaregiver(out, "caregiver", "in the first year", false, &SimulationDef::history, &HistoryDef::caregiver);
    AddCaregiver(out, "today", "in the procedure", true, &SimulationDef::caregiver);

    out.push_back(MakeParam("history.months", "Months of history", "months", 1, 24,
                            "Months of caregiving the infant learns from before the procedure.",
                            Path(&SimulationDef::history, &HistoryDef::months)));
    out.push_back(MakeParam("history.episodes_per_month", "Episodes a month", "", 30, 3000,
                            "Compressed home distress episodes a month (300 is about ten a day).",
                            Path(&SimulationDef::history, &HistoryDef::episodes_per_month)));
    out.push_back(MakeParam("history.learning_rate", "Expectation learning rate", "", 0.001, 0.2,
                            "Weight of one home episode on the infant's expectations (availability, predictability, rejection, threat): a delta rule.",
                            Path(&SimulationDef::history, &HistoryDef::learning_rate)));
    out.push_back(MakeParam("history.value_rate", "Strategy learning rate", "", 0.001, 0.5,
                            "Weight of one home episode on the learned value of the expression level used.",
                            Path(&SimulationDef::history, &HistoryDef::value_rate)));
    out.push_back(MakeParam("history.temperature", "Strategy temperature", "", 0.005, 1,
                            "Softmax temperature of the choice of expression level: low chooses the best-valued level almost always.",
                            Path(&SimulationDef::history, &HistoryDef::temperature)));
    out.push_back(MakeParam("history.separations_per_week", "Everyday separations", "per week", 0, 50,
                            "Brief everyday separations a week in the first year (left with someone else or alone for a while): the infant learns that she comes back.",
                            Path(&SimulationDef::history, &HistoryDef::separations, &SeparationExperienceDef::per_week)));
    out.push_back(MakeParam("history.with_others_share", "With other carers", "", 0, 1,
                            "Share of those separations spent with someone outside the family (a sitter, a creche): the infant gets used to other carers.",
                            Path(&SimulationDef::history, &HistoryDef::separations, &SeparationExperienceDef::with_others_share)));

    out.push_back(MakeParam("stranger.responsiveness", "Stranger's responsiveness", "", 0, 1,
                            "Probability she answers a distressed infant on a given occasion.",
                            Path(&SimulationDef::stranger, &StrangerDef::responsiveness)));
    out.push_back(MakeParam("stranger.comfort_quality", "Stranger's comfort", "", 0, 1,
                            "How well her holding comforts, relative to a maximally sensitive caregiver.",
                            Path(&SimulationDef::stranger, &StrangerDef::comfort_quality)));
    out.push_back(MakeParam("stranger.walk_speed_mps", "Stranger's walking speed", "m/s", 0.3, 2.0,
                            "The stranger's walking speed in the room.", Path(&SimulationDef::stranger, &StrangerDef::walk_speed_mps)));

    out.push_back(MakeParam("infant.reactivity", "Reactivity", "", 0, 1, "Temperament: how fast distress rises (0.5 typical).",
                            Path(&SimulationDef::infant, &InfantDef::reactivity)));
    out.push_back(MakeParam("infant.soothability", "Soothability", "", 0, 1,
                            "Temperament: how much comfort lowers distress (0.5 typical).",
                            Path(&SimulationDef::infant, &InfantDef::soothability)));
    out.push_back(MakeParam("infant.sociability", "Sociability", "", 0, 1, "Temperament: ease with the stranger (0.5 typical).",
                            Path(&SimulationDef::infant, &InfantDef::sociability)));
    out.push_back(MakeParam("infant.curiosity", "Curiosity", "", 0, 1, "Temperament: pull of the toys (0.5 typical).",
                            Path(&SimulationDef::infant, &InfantDef::curiosity)));
    out.push_back(MakeParam("infant.activity", "Activity", "", 0, 1,
                            "Temperament: motor activity, how readily it crawls to what it wants rather than crying for it from where it is (0.5 typical).",
                            Path(&SimulationDef::infant, &InfantDef::activity)));
    out.push_back(MakeParam("infant.crawl_speed_mps", "Crawling speed", "m/s", 0.1, 0.8,
                            "12-month-olds crawl or toddle at about 0.2-0.5 m/s.",
                            Path(&SimulationDef::infant, &InfantDef::crawl_speed_mps)));
    // runs.csv has shown the temperament (not the crawling speed) under the bare names.
    for (const char* trait : {"reactivity", "soothability", "sociability", "curiosity"})
        for (ParamEntry& e : out)
            if (e.name == std::string("infant.") + trait) e.runs_column = trait;

    out.push_back(MakeParam("protocol.step_s", "Simulation step", "s", 0.01, 0.5, "The fixed simulation step.",
                            Path(&SimulationDef::step_s)));
    out.push_back(MakeParam("protocol.curtail_separations", "Curtail separations", "", 0, 1,
                            "Apply the curtailment rule: a separation ends early after a stretch of hard crying.",
                            Path(&SimulationDef::protocol, &ProtocolDef::curtailment, &CurtailmentDef::enabled)));
    out.push_back(MakeParam("protocol.hard_cry_s", "Hard crying that ends a separation", "s", 5, 600,
                            "Seconds of hard crying that end a separation.",
                            Path(&SimulationDef::protocol, &ProtocolDef::curtailment, &CurtailmentDef::hard_cry_s)));
    out.push_back(MakeParam("protocol.hard_cry_level", "Hard crying level", "", 0.1, 1,
                            "Cry intensity that counts as hard crying.",
                            Path(&SimulationDef::protocol, &ProtocolDef::curtailment, &CurtailmentDef::hard_cry_level)));
    out.push_back(MakeParam("protocol.forgive_gap_s", "Pause in hard crying", "s", 0, 60,
                            "Seconds a bout of hard crying may pause without restarting the count.",
                            Path(&SimulationDef::protocol, &ProtocolDef::curtailment, &CurtailmentDef::forgive_gap_s)));
    out.push_back(MakeParam("protocol.extend_reunions", "Extend reunions", "", 0, 1,
                            "Apply the extension rule: a reunion runs on until the infant is settled, within a limit.",
                            Path(&SimulationDef::protocol, &ProtocolDef::extension, &ExtensionDef::enabled)));
    out.push_back(MakeParam("protocol.max_extension_s", "Longest extension", "s", 0, 600,
                            "Longest extension of a reunion.",
                            Path(&SimulationDef::protocol, &ProtocolDef::extension, &ExtensionDef::max_extra_s)));
    out.push_back(MakeParam("protocol.settled_s", "Settled after", "s", 1, 120, "Seconds without crying that count as settled.",
                            Path(&SimulationDef::protocol, &ProtocolDef::extension, &ExtensionDef::settled_s)));
    out.push_back(MakeParam("protocol.settled_cry_level", "Not crying below", "", 0, 1,
                            "Cry intensity below which the infant counts as not crying, for settling.",
                            Path(&SimulationDef::protocol, &ProtocolDef::extension, &ExtensionDef::settled_cry_level)));
}

}  // namespace sb::params
