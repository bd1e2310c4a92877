// Text and JSON renderings of a Coding.
#include "record/coding_report.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "coding/scales.h"

namespace sb {

namespace {

std::string Cell(const InteractiveScales& m, const ScaleScore InteractiveScales::*scale) {
    return m.scored ? std::to_string((m.*scale).value) : "-";
}

nlohmann::json ScoreJson(const ScaleScore& s) {
    nlohmann::json j = {{"value", s.value}, {"why", s.why}};
    j["at_s"] = s.at_s >= 0 ? nlohmann::json(s.at_s) : nlohmann::json(nullptr);
    return j;
}

nlohmann::json ScalesJson(const InteractiveScales& m) {
    if (!m.scored) return nullptr;
    return {{"ps", ScoreJson(m.ps)}, {"cm", ScoreJson(m.cm)}, {"rs", ScoreJson(m.rs)}, {"av", ScoreJson(m.av)},
            {"di", ScoreJson(m.di)}};
}

}  // namespace

std::string CodingReport(const Coding& c) {
    std::string out;
    char line[256];
    out += "Episode                              start   dur  | to caregiver       | to stranger        | search | cry/15s\n";
    out += "                                                  | PS CM RS AV DI     | PS CM RS AV DI     |        |\n";
    for (const EpisodeCoding& e : c.episodes) {
        const InteractiveScales& m = e.to_caregiver;
        const InteractiveScales& s = e.to_stranger;
        std::snprintf(line, sizeof line, "%d %-32s %6s %5.0f%s| %2s %2s %2s %2s %2s     | %2s %2s %2s %2s %2s     |   %2s   | %d/%zu\n",
                      e.number, e.name.c_str(), Clock(e.start_s).c_str(), e.duration_s,
                      e.curtailed ? "C" : e.extended ? "E" : (e.complete ? " " : "…"),
                      Cell(m, &InteractiveScales::ps).c_str(), Cell(m, &InteractiveScales::cm).c_str(),
                      Cell(m, &InteractiveScales::rs).c_str(), Cell(m, &InteractiveScales::av).c_str(),
                      Cell(m, &InteractiveScales::di).c_str(), Cell(s, &InteractiveScales::ps).c_str(),
                      Cell(s, &InteractiveScales::cm).c_str(), Cell(s, &InteractiveScales::rs).c_str(),
                      Cell(s, &InteractiveScales::av).c_str(), Cell(s, &InteractiveScales::di).c_str(),
                      e.search_scored ? std::to_string(e.search.value).c_str() : "-",
                      static_cast<int>(e.CryingIntervals()), e.intervals.size());
        out += line;
    }
    out += "(C = curtailed, E = extended)\n\nWhat set the reunion scores:\n";
    for (const EpisodeCoding& e : c.episodes) {
        const EpisodeRoles* role = c.roles.Find(e.number);
        if (!e.to_caregiver.scored || !role || !role->reunion) continue;
        const InteractiveScales& m = e.to_caregiver;
        for (const auto& [name, score] : {std::pair{"PS", &m.ps}, {"CM", &m.cm}, {"RS", &m.rs}, {"AV", &m.av}, {"DI", &m.di}}) {
            out += "  ep " + std::to_string(e.number) + " " + name + " = " + std::to_string(score->value) +
                   (score->at_s >= 0 ? " at " + Clock(score->at_s) : "") + ": " + score->why + "\n";
        }
    }
    out += "\nDisorganization rating " + std::to_string(c.disorganization.rating) + " (1-9): " + c.disorganization.why + "\n";
    const Classification& k = c.classification;
    if (k.classifiable) {
        out += "\nClassification: " + std::string(1, k.group) + " (subgroup " + k.subgroup + ", best fit " +
               std::string(1, k.best_fit) + ")\n";
    } else {
        out += "\nClassification: not classifiable\n";
    }
    for (const std::string& r : k.reasons) out += "  - " + r + "\n";
    return out;
}

std::string CodingJson(const Coding& c, const std::string& source) {
    nlohmann::json eps = nlohmann::json::array();
    for (const EpisodeCoding& e : c.episodes) {
        nlohmann::json intervals = nlohmann::json::array();
        for (const IntervalCode& i : e.intervals)
            intervals.push_back({{"start_s", i.start_s}, {"length_s", i.length_s}, {"crying_s", i.crying_s},
                                 {"peak_cry", i.peak_cry}, {"exploring_s", i.exploring_s}});
        eps.push_back({{"episode", e.number},
                       {"name", e.name},
                       {"start_s", e.start_s},
                       {"duration_s", e.duration_s},
                       {"complete", e.complete},
                       {"curtailed", e.curtailed},
                       {"extended", e.extended},
                       {"to_caregiver", ScalesJson(e.to_caregiver)},
                       {"to_stranger", ScalesJson(e.to_stranger)},
                       {"search", e.search_scored ? ScoreJson(e.search) : nlohmann::json(nullptr)},
                       {"intervals", intervals}});
    }
    nlohmann::json obs = nlohmann::json::array();
    for (const DObservation& o : c.disorganization.observations)
        obs.push_back({{"index", std::string(ToString(o.index))}, {"episode", o.episode}, {"at_s", o.at_s},
                       {"duration_s", o.duration_s}, {"severity", o.severity}, {"what", o.what}});
    const Classification& k = c.classification;
    nlohmann::json cls = {{"classifiable", k.classifiable},
                          {"classification", k.classifiable ? std::string(1, k.group) : ""},
                          {"subgroup", k.subgroup},
                          {"best_fit", k.classifiable ? std::string(1, k.best_fit) : ""},
                          {"avoidance_dim", k.avoidance_dim},
                          {"resistance_dim", k.resistance_dim},
                          {"reasons", k.reasons}};
    nlohmann::json j = {{"trace", source},
                        {"episodes", eps},
                        {"disorganization", {{"rating", c.disorganization.rating}, {"why", c.disorganization.why}, {"observations", obs}}},
                        {"classification", cls}};
    return j.dump(2) + "\n";
}

}  // namespace sb
