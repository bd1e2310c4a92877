// Episode wording implementation: every sentence is built from the roles the trace header carries.
#include "app/run/episode_wording.h"

#include "app/run/describe.h"
#include "app/run/scorecard_rows.h"

namespace sb::app {

std::string JoinWithAnd(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

std::string EpisodeName(const ProtocolRoles& roles, int number) {
    static const std::string kNoBreakSpace = "\u00A0";
    std::string out;
    for (char c : roles.ShortName(number)) out += c == ' ' ? kNoBreakSpace : std::string(1, c);
    return out;
}

std::string EpisodeNames(const ProtocolRoles& roles, const std::vector<int>& numbers) {
    std::vector<std::string> names;
    for (int n : numbers) names.push_back(EpisodeName(roles, n));
    return JoinWithAnd(names);
}

std::string MomentIn(const ProtocolRoles& roles, double t_s, int episode) {
    return FormatMoment(t_s) + ", " + EpisodeName(roles, episode);
}

std::vector<int> EpisodesScoring(const ProtocolRoles& roles, int column) {
    std::vector<int> out;
    for (const EpisodeRoles& e : roles.episodes) {
        const bool scored = column == kCryingColumn   ? true
                            : column == kSearchColumn ? e.scores_search
                            : ColumnPerson(column) == Toward::Caregiver ? e.scores_caregiver
                                                                        : e.scores_stranger;
        if (scored) out.push_back(e.number);
    }
    return out;
}

std::string WhereScored(const ProtocolRoles& roles, int column) {
    if (column == kCryingColumn) return "Crying is counted in every episode.";
    const std::vector<int> episodes = EpisodesScoring(roles, column);
    const std::string what = column == kSearchColumn ? "Search is scored"
                             : ColumnPerson(column) == Toward::Caregiver ? "Scales toward the caregiver are scored"
                                                                         : "Scales toward the stranger are scored";
    if (episodes.empty()) return what + " in no episode of this protocol.";
    const std::string when = column != kSearchColumn             ? " when she is in the room: "
                             : episodes == roles.Separations() ? " in the separations: "
                                                               : " in ";
    return what + when + EpisodeNames(roles, episodes) + ".";
}

std::string TheReunions(const ProtocolRoles& roles) {
    const std::vector<int> reunions = roles.Reunions();
    if (reunions.empty()) return "the reunions (this protocol has none)";
    return (reunions.size() == 1 ? "the reunion (" : "the reunions (") + EpisodeNames(roles, reunions) + ")";
}

std::string ClassificationWhen(const ProtocolRoles& roles) {
    const std::vector<int> reunions = roles.Reunions();
    if (reunions.empty()) return "Classification at the end of the procedure";
    return "Classification after " + EpisodeName(roles, reunions.back());
}

}  // namespace sb::app
