// The questions asked of a protocol's episode roles.
#include "world/episode_roles.h"

namespace sb {

namespace {
bool AnyScore(const EpisodeRoles& e) { return e.scores_caregiver || e.scores_stranger || e.scores_search; }
}  // namespace

const EpisodeRoles* ProtocolRoles::Find(int number) const {
    for (const EpisodeRoles& e : episodes)
        if (e.number == number) return &e;
    return nullptr;
}

std::string ProtocolRoles::Name(int number) const {
    const EpisodeRoles* e = Find(number);
    return e && !e->name.empty() ? e->name : "Episode " + std::to_string(number);
}

std::string ProtocolRoles::ShortName(int number) const {
    const EpisodeRoles* e = Find(number);
    if (e && !e->short_name.empty()) return e->short_name;
    return Name(number);
}

std::vector<int> ProtocolRoles::Reunions() const {
    std::vector<int> out;
    for (const EpisodeRoles& e : episodes)
        if (e.reunion) out.push_back(e.number);
    return out;
}

std::vector<int> ProtocolRoles::Separations() const {
    std::vector<int> out;
    for (const EpisodeRoles& e : episodes)
        if (e.separation) out.push_back(e.number);
    return out;
}

std::vector<int> ProtocolRoles::BeforeFirstSeparation() const {
    std::vector<int> out;
    for (const EpisodeRoles& e : episodes) {
        if (e.separation) break;
        if (e.scores_caregiver) out.push_back(e.number);
    }
    return out;
}

int ProtocolRoles::AloneSeparation() const {
    for (const EpisodeRoles& e : episodes)
        if (e.separation && !e.caregiver_present && !e.stranger_present) return e.number;
    return 0;
}

int ProtocolRoles::StrangerSeparation() const {
    for (const EpisodeRoles& e : episodes)
        if (e.separation && !e.caregiver_present && e.stranger_present) return e.number;
    return 0;
}

int ProtocolRoles::CaregiverOnlyBaseline() const {
    for (int k : BeforeFirstSeparation())
        if (!Find(k)->stranger_present) return k;
    return 0;
}

int ProtocolRoles::FirstScored() const {
    for (const EpisodeRoles& e : episodes)
        if (AnyScore(e)) return e.number;
    return 0;
}

int ProtocolRoles::LastScored() const {
    for (auto it = episodes.rbegin(); it != episodes.rend(); ++it)
        if (AnyScore(*it)) return it->number;
    return 0;
}

}  // namespace sb
