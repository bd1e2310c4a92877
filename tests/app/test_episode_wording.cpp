// Episode wording: the panel's notes name episodes as the protocol does — "Reunion 1", "the
// separations" — and a protocol a scenario changes gets its own names, never the standard numbers.
#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

#include "app/run/episode_wording.h"
#include "app/run/scorecard_rows.h"
#include "procedure/protocol.h"

using namespace sb;
using namespace sb::app;

namespace {

const std::string kNoBreakSpace = "\u00A0";

// The text as it reads, with its no-break spaces as plain ones.
std::string Plain(std::string text) {
    for (std::size_t at; (at = text.find(kNoBreakSpace)) != std::string::npos;) text.replace(at, kNoBreakSpace.size(), " ");
    return text;
}

bool NamesAnEpisodeByNumber(const std::string& text) {
    return std::regex_search(Plain(text), std::regex("\\b[Ee]p(isodes?)? [0-9]"));
}

EpisodeRoles Role(int number, const char* short_name) {
    EpisodeRoles e;
    e.number = number;
    e.name = short_name;
    e.short_name = short_name;
    return e;
}

// A short protocol with one separation and one reunion, numbered as the standard one is not.
ProtocolRoles ShortProtocol() {
    EpisodeRoles warm = Role(1, "Warm-up");
    warm.caregiver_present = warm.scores_caregiver = true;
    EpisodeRoles apart = Role(2, "Apart");
    apart.separation = apart.scores_search = true;
    EpisodeRoles back = Role(3, "Back");
    back.caregiver_present = back.reunion = back.scores_caregiver = true;
    ProtocolRoles roles;
    roles.episodes = {warm, apart, back};
    return roles;
}

}  // namespace

TEST_CASE("lists of episodes read as a sentence does", "[app][episodes]") {
    CHECK(JoinWithAnd({}) == "");
    CHECK(JoinWithAnd({"Alone"}) == "Alone");
    CHECK(JoinWithAnd({"Reunion 1", "Reunion 2"}) == "Reunion 1 and Reunion 2");
    CHECK(JoinWithAnd({"Separation 1", "Alone", "Stranger back"}) == "Separation 1, Alone and Stranger back");
}

TEST_CASE("the standard procedure's notes name its episodes by their short names", "[app][episodes]") {
    const ProtocolRoles roles = RolesOf(DefaultProtocol());
    CHECK(Plain(WhereScored(roles, kSearchColumn)) == "Search is scored in the separations: Separation 1, Alone and Stranger back.");
    CHECK(Plain(WhereScored(roles, 0)) ==
          "Scales toward the caregiver are scored when she is in the room: Together, Stranger, Reunion 1 and Reunion 2.");
    CHECK(Plain(WhereScored(roles, kStrangerColumns)) ==
          "Scales toward the stranger are scored when she is in the room: Stranger, Separation 1 and Stranger back.");
    CHECK(Plain(TheReunions(roles)) == "the reunions (Reunion 1 and Reunion 2)");
    CHECK(Plain(ClassificationWhen(roles)) == "Classification after Reunion 2");
    CHECK(Plain(MomentIn(roles, 571.4, 5)) == "9:31, Reunion 1");
}

TEST_CASE("a protocol a scenario changes is described by its own roles", "[app][episodes]") {
    const ProtocolRoles roles = ShortProtocol();
    CHECK(Plain(WhereScored(roles, kSearchColumn)) == "Search is scored in the separations: Apart.");
    CHECK(Plain(WhereScored(roles, 0)) == "Scales toward the caregiver are scored when she is in the room: Warm-up and Back.");
    CHECK(Plain(WhereScored(roles, kStrangerColumns)) == "Scales toward the stranger are scored in no episode of this protocol.");
    CHECK(Plain(TheReunions(roles)) == "the reunion (Back)");
    CHECK(Plain(ClassificationWhen(roles)) == "Classification after Back");
}

TEST_CASE("an episode's name is never split across two lines", "[app][episodes]") {
    const ProtocolRoles roles = RolesOf(DefaultProtocol());
    CHECK(EpisodeName(roles, 7) == "Stranger" + kNoBreakSpace + "back");
    CHECK(EpisodeName(roles, 6) == "Alone");
    CHECK(EpisodeNames(roles, roles.Reunions()) == "Reunion" + kNoBreakSpace + "1 and Reunion" + kNoBreakSpace + "2");
}

TEST_CASE("no note of the panel names an episode by its number", "[app][episodes]") {
    for (const ProtocolRoles& roles : {RolesOf(DefaultProtocol()), ShortProtocol()}) {
        std::vector<std::string> notes = {TheReunions(roles), ClassificationWhen(roles)};
        for (int column = 0; column < kColumnCount; ++column) notes.push_back(WhereScored(roles, column));
        for (const EpisodeRoles& e : roles.episodes) notes.push_back(MomentIn(roles, 60.0, e.number));
        for (const std::string& note : notes) {
            INFO(note);
            CHECK_FALSE(NamesAnEpisodeByNumber(note));
        }
    }
}
