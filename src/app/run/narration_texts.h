// Narration texts: every sentence the narration shows, read from a data file (assets/narration.toml)
// so a lecturer can reword or translate them without a build. Which sentences there are is fixed
// here — one per episode, per kind of event, per reading of the infant, per disorganization index
// and per group — and the loader refuses a file that leaves any of them out.
#pragma once

#include <array>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

#include "coding/coding.h"
#include "world/episode_roles.h"
#include "world/visible.h"

namespace sb::app {

// What the infant just did, as the narration reads it from the visible trace.
enum class Reading {
    ExploresWithCaregiver,
    ChecksBack,
    WaryOfStranger,
    CriesWhenSheLeaves,
    Searches,
    PlaysOnAlone,
    ComfortedByStranger,
    GreetsReturn,
    ApproachesReturn,
    IgnoresReturn,
    TurnsAway,
    ReachesUp,
    Clings,
    HeldPassively,
    WantsDown,
    Resists,
    SettlesAndPlays,
    StaysUpset,
    Freezes,
    Withdraws,
};
inline constexpr int kReadingCount = static_cast<int>(Reading::Withdraws) + 1;
// The reading's key in the file: "ignores_return".
std::string_view ReadingKey(Reading r);

// The events the narration speaks to: the procedure's events, with the adult for those that have one.
enum class NarratedEvent {
    EpisodeStart,
    EpisodeEnd,
    CaregiverEnters,
    StrangerEnters,
    CaregiverLeaves,
    StrangerLeaves,
    CaregiverPicksUp,
    StrangerPicksUp,
    CaregiverPutsDown,
    StrangerPutsDown,
    Curtailed,
    Extended,
};
inline constexpr int kNarratedEventCount = static_cast<int>(NarratedEvent::Extended) + 1;
std::string_view NarratedEventKey(NarratedEvent e);
// The narrated event a procedure event is (an entrance by the infant, which never happens, reads as
// the caregiver's).
NarratedEvent NarratedEventOf(const SimEvent& e);

inline constexpr int kDIndexCount = static_cast<int>(DIndex::Apprehension) + 1;
std::string_view DIndexKey(DIndex d);  // "freezing_stilling"

// The episode numbers of the standard procedure, each of which the file must give a line.
inline constexpr int kStandardEpisodes = 8;

struct NarrationTexts {
    std::string source;                              // the file they came from, for messages
    std::map<int, std::string> notice_by_number;     // "What to notice", standard episodes
    std::string notice_separation;                   // ... for another protocol's episodes, by role
    std::string notice_reunion;
    std::string notice_other;
    std::array<std::string, kNarratedEventCount> events;
    std::array<std::string, kReadingCount> readings;
    std::array<std::string, kDIndexCount> disorganization;
    std::map<char, std::string> group;               // 'A' 'B' 'C' 'D'
    std::string unclassifiable;

    // The "What to notice" line for an episode: its own line, else the one for its role.
    const std::string& Notice(const EpisodeRoles& episode) const;
    const std::string& Event(NarratedEvent e) const { return events[static_cast<int>(e)]; }
    const std::string& Of(Reading r) const { return readings[static_cast<int>(r)]; }
    const std::string& Of(DIndex d) const { return disorganization[static_cast<int>(d)]; }
    // The one-sentence meaning of a group ('?': not classifiable).
    const std::string& Group(char group) const;
};

// A problem with the narration file. what() reads "FILE:LINE:COL: message" (or "FILE: message").
class NarrationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Parses the file's text; `source` names it in messages. Throws NarrationError for bad TOML, an
// unknown table or key, a value that is not a non-empty string, or a key left out.
NarrationTexts ParseNarrationTexts(std::string_view text, const std::string& source);
// Reads and parses a file; a missing or unreadable file is a NarrationError too.
NarrationTexts LoadNarrationTexts(const std::string& path);

}  // namespace sb::app
