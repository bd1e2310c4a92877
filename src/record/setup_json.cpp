// The set-up blocks of the manifests, shared by run and batch so that both record the same things.
#include "record/setup_json.h"

#include "params/param_registry.h"

namespace sb {

namespace {

nlohmann::json ToJson(const ProtocolDef& p) {
    nlohmann::json eps = nlohmann::json::array();
    for (const EpisodeDef& e : p.episodes) {
        nlohmann::json cues = nlohmann::json::array();
        for (const Cue& c : e.cues) {
            cues.push_back({{"at_s", c.at_s}, {"who", std::string(ToString(c.who))}, {"cue", std::string(ToString(c.kind))}});
        }
        const char* end = e.end == EpisodeEnd::Timer ? "timer" : e.end == EpisodeEnd::InfantPutDown ? "infant put down" : "caregiver out";
        eps.push_back({{"number", e.number},
                       {"name", e.name},
                       {"short_name", e.short_name},
                       {"nominal_s", e.nominal_s},
                       {"caregiver_present", e.caregiver_present},
                       {"stranger_present", e.stranger_present},
                       {"separation", e.separation},
                       {"reunion", e.reunion},
                       {"scores_caregiver", e.scores_caregiver},
                       {"scores_stranger", e.scores_stranger},
                       {"scores_search", e.scores_search},
                       {"entry_delay_rule", e.entry_delay_rule},
                       {"ends_when", end},
                       {"curtailable", e.curtailable},
                       {"extendable", e.extendable},
                       {"cues", cues}});
    }
    return {{"episodes", eps},
            {"curtailment",
             {{"enabled", p.curtailment.enabled},
              {"hard_cry_s", p.curtailment.hard_cry_s},
              {"hard_cry_level", p.curtailment.hard_cry_level},
              {"forgive_gap_s", p.curtailment.forgive_gap_s}}},
            {"extension",
             {{"enabled", p.extension.enabled},
              {"max_extension_s", p.extension.max_extra_s},
              {"settled_s", p.extension.settled_s},
              {"settled_cry_level", p.extension.settled_cry_level}}},
            {"exit_lead_s", p.exit_lead_s}};
}

nlohmann::json CaregiverJson(const CaregiverDef& c) {
    return {{"sensitivity", c.sensitivity}, {"consistency", c.consistency}, {"acceptance", c.acceptance},
            {"frightening", c.frightening}, {"walk_speed_mps", c.walk_speed_mps}};
}

nlohmann::json HistoryJson(const HistoryDef& h) {
    nlohmann::json changes = nlohmann::json::array();
    for (const CaregivingChange& ch : h.changes) {
        nlohmann::json j = CaregiverJson(ch.caregiver);
        j["at_month"] = ch.at_month;
        changes.push_back(j);
    }
    return {{"caregiver", CaregiverJson(h.caregiver)}, {"changes", changes}, {"months", h.months},
            {"episodes_per_month", h.episodes_per_month}, {"learning_rate", h.learning_rate},
            {"value_rate", h.value_rate}, {"temperature", h.temperature}};
}

}  // namespace

nlohmann::json ParametersJson(const SimulationDef& d) {
    nlohmann::json j = nlohmann::json::object();
    for (const ParamEntry& e : ParamRegistry()) {
        const double v = e.get(d);
        if (e.kind == ParamKind::Flag) j[e.name] = v != 0.0;
        else if (e.kind == ParamKind::Integer) j[e.name] = static_cast<long long>(v);
        else j[e.name] = v;
    }
    return j;
}

nlohmann::json DyadSetupJson(const SimulationDef& d) {
    return {
        {"step_s", d.step_s},
        {"caregiver", CaregiverJson(d.caregiver)},
        {"history", HistoryJson(d.history)},
        {"stranger",
         {{"responsiveness", d.stranger.responsiveness},
          {"comfort_quality", d.stranger.comfort_quality},
          {"walk_speed_mps", d.stranger.walk_speed_mps}}},
        {"infant",
         {{"model", d.infant_model.name},
          {"reactivity", d.infant.reactivity},
          {"soothability", d.infant.soothability},
          {"sociability", d.infant.sociability},
          {"curiosity", d.infant.curiosity},
          {"crawl_speed_mps", d.infant.crawl_speed_mps}}},
        {"room",
         {{"size_m", d.room.size_m},
          {"door", {d.room.door.x, d.room.door.y}},
          {"caregiver_chair", {d.room.caregiver_chair.x, d.room.caregiver_chair.y}},
          {"stranger_chair", {d.room.stranger_chair.x, d.room.stranger_chair.y}}}},
        {"protocol", ToJson(d.protocol)},
        {"parameters", ParametersJson(d)},
    };
}

}  // namespace sb
