// Episode roles: what each episode of a protocol is for, as an observer needs to know it — who is in
// the room, which scales are scored toward whom, which episodes are separations and reunions, and
// the names to show. The protocol table fills them in; the trace header carries them, so the
// coder scores any protocol by what it says rather than by episode numbers.
#pragma once

#include <string>
#include <vector>

namespace sb {

struct EpisodeRoles {
    int number = 1;                 // as the trace and the reports name the episode
    std::string name;               // "First separation"
    std::string short_name;         // "Separation 1": captions, score-table rows, timeline
    bool caregiver_present = false; // who is meant to be in the room during the episode
    bool stranger_present = false;
    bool separation = false;        // the caregiver is away: search is looked for; may be curtailed
    bool reunion = false;           // the caregiver comes back: the classification rests on these
    bool scores_caregiver = false;  // interactive scales (PS CM RS AV DI) scored toward the caregiver
    bool scores_stranger = false;   // ... and toward the stranger
    bool scores_search = false;     // search for the absent caregiver scored
    // A PS of 7 needs the first approach within 30 s of the person's entry (Ainsworth et al. 1978):
    // the rule of episodes that begin with someone coming in to the infant.
    bool entry_delay_rule = false;
};

// The roles of a whole protocol, in the order its episodes run, with the questions the coder,
// the validation and the displays ask of it.
struct ProtocolRoles {
    std::vector<EpisodeRoles> episodes;

    const EpisodeRoles* Find(int number) const;
    // The episode's name, or "Episode N" for a number the protocol does not have.
    std::string Name(int number) const;
    std::string ShortName(int number) const;
    // Numbers of the episodes with a role, in running order.
    std::vector<int> Reunions() const;
    std::vector<int> Separations() const;
    // Episodes before the first separation in which the infant's behaviour to the caregiver is
    // scored (the pre-separation baseline: crying here marks a B4 infant).
    std::vector<int> BeforeFirstSeparation() const;
    // The separation in which the infant is left alone (nobody present), or 0 if there is none.
    int AloneSeparation() const;
    // The first separation in which the stranger stays with the infant (and may comfort it), or 0:
    // where the infant's distress with only the stranger, and its contact with her, are seen.
    int StrangerSeparation() const;
    // The first episode before any separation in which the caregiver is scored and no stranger is
    // present, or 0: the baseline of infant and caregiver together.
    int CaregiverOnlyBaseline() const;
    // The first and last episode the scorecard shows a row for (the first and last with any score).
    int FirstScored() const;
    int LastScored() const;
    bool empty() const { return episodes.empty(); }
};

}  // namespace sb
