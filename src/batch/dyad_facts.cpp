// Reading the facts of a dyad from its result, episode by role.
#include "batch/dyad_facts.h"

namespace sb {

namespace {

std::optional<ScaleValues> Values(const InteractiveScales& s) {
    if (!s.scored) return std::nullopt;
    return ScaleValues{s.ps.value, s.cm.value, s.rs.value, s.av.value, s.di.value};
}

std::optional<ScaleValues> TowardCaregiver(const Coding& c, int episode) {
    const EpisodeCoding* e = episode > 0 ? c.Episode(episode) : nullptr;
    return e ? Values(e->to_caregiver) : std::nullopt;
}

}  // namespace

DyadFacts FactsOf(const RunResult& run) {
    DyadFacts f;
    const Coding& coding = run.coding;
    const Classification& c = coding.classification;
    f.classified = c.classifiable;
    f.group = c.group;
    f.subgroup = c.subgroup;
    f.best_fit = c.best_fit;
    f.d_rating = coding.disorganization.rating;
    f.avoidance_dim = c.avoidance_dim;
    f.resistance_dim = c.resistance_dim;
    f.sensitivity = run.caregiver.sensitivity;
    f.consistency = run.caregiver.consistency;
    f.acceptance = run.caregiver.acceptance;
    f.frightening = run.caregiver.frightening;
    f.separations_per_week = run.def.history.separations.per_week;

    const ProtocolRoles& roles = coding.roles;
    const int alone = roles.AloneSeparation();
    for (const EpisodeMeasures& m : run.episodes) {
        f.any_curtailed |= m.curtailed;
        if (alone > 0 && m.number == alone) f.alone_curtailed = m.curtailed;
    }
    f.baseline = TowardCaregiver(coding, roles.CaregiverOnlyBaseline());
    if (const EpisodeCoding* e = roles.StrangerSeparation() ? coding.Episode(roles.StrangerSeparation()) : nullptr) {
        f.stranger_separation_crying_intervals = static_cast<int>(e->CryingIntervals());
        if (e->search_scored) f.stranger_separation_search = e->search.value;
        if (e->to_stranger.scored) f.cm_to_stranger = e->to_stranger.cm.value;
    }
    const std::vector<int> reunions = roles.Reunions();
    if (!reunions.empty()) f.first_reunion = TowardCaregiver(coding, reunions.front());
    if (reunions.size() >= 2) f.second_reunion = TowardCaregiver(coding, reunions.back());
    return f;
}

std::vector<DyadFacts> FactsOf(const std::vector<RunResult>& runs) {
    std::vector<DyadFacts> out;
    out.reserve(runs.size());
    for (const RunResult& r : runs) out.push_back(FactsOf(r));
    return out;
}

}  // namespace sb
