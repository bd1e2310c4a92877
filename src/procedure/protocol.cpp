// The standard protocol table (Ainsworth et al. 1978, Table 2 and Appendix II).
#include "procedure/protocol.h"

namespace sb {

namespace {

// What the coder scores in an episode (Ainsworth et al. 1978): the interactive scales toward the
// caregiver and toward the stranger, search for the absent caregiver, and whether a PS of 7 needs
// an approach within 30 s of the entry (the episodes that begin with someone coming in to the infant).
enum Scored : unsigned { Nothing = 0, ToCaregiver = 1, ToStranger = 2, Search = 4, EntryDelay = 8 };
enum Kind { Ordinary, Separation, Reunion };

EpisodeDef Episode(int number, const char* name, const char* short_name, double nominal_s, bool caregiver,
                   bool stranger, Kind kind, unsigned scored, EpisodeEnd end, std::vector<Cue> cues) {
    EpisodeDef e;
    e.number = number;
    e.name = name;
    e.short_name = short_name;
    e.nominal_s = nominal_s;
    e.caregiver_present = caregiver;
    e.stranger_present = stranger;
    e.separation = kind == Separation;
    e.reunion = kind == Reunion;
    e.curtailable = e.separation;
    e.extendable = e.reunion;
    e.scores_caregiver = (scored & ToCaregiver) != 0;
    e.scores_stranger = (scored & ToStranger) != 0;
    e.scores_search = (scored & Search) != 0;
    e.entry_delay_rule = (scored & EntryDelay) != 0;
    e.end = end;
    e.cues = std::move(cues);
    return e;
}

}  // namespace

ProtocolRoles RolesOf(const ProtocolDef& protocol) {
    ProtocolRoles roles;
    for (const EpisodeDef& e : protocol.episodes) roles.episodes.push_back(e);
    return roles;
}

ProtocolDef DefaultProtocol() {
    constexpr auto M = AgentId::Caregiver;
    constexpr auto S = AgentId::Stranger;
    constexpr bool in = true, out = false;
    ProtocolDef p;
    const double lead = p.exit_lead_s;
    p.episodes = {
        // Ep 1: the caregiver carries the infant in and puts it down; ep 2 begins when it is down.
        Episode(1, "Caregiver and infant enter", "Entrance", 30.0, in, out, Ordinary, Nothing, EpisodeEnd::InfantPutDown,
                {{0.0, M, CueKind::CarryInfantIn}, {28.5, M, CueKind::PutInfantDown}}),
        // Ep 2: she sits, does not start play but answers the infant; prompts play after 2 min.
        Episode(2, "Caregiver and infant", "Together", 180.0, in, out, Ordinary, ToCaregiver, EpisodeEnd::Timer,
                {{0.0, M, CueKind::GoToChair}, {120.0, M, CueKind::PromptPlay}}),
        // Ep 3: stranger enters; 1 min silent, 1 min talks with M, 1 min approaches B; M slips out.
        Episode(3, "Stranger, caregiver and infant", "Stranger", 180.0, in, in, Ordinary, ToCaregiver | ToStranger,
                EpisodeEnd::CaregiverOut,
                {{0.0, S, CueKind::EnterRoom},
                 {0.0, S, CueKind::SitQuietly},
                 {60.0, S, CueKind::TalkToCaregiver},
                 {120.0, S, CueKind::ApproachInfant},
                 {180.0 - lead, M, CueKind::LeaveRoom}}),
        // Ep 4: first separation; the stranger gears her behaviour to the infant.
        Episode(4, "First separation", "Separation 1", 180.0, out, in, Separation, ToStranger | Search, EpisodeEnd::Timer,
                {{0.0, S, CueKind::GearToInfant}}),
        // Ep 5: first reunion; M greets and comforts, S leaves; at the end M leaves saying bye-bye.
        Episode(5, "First reunion", "Reunion 1", 180.0, in, out, Reunion, ToCaregiver | EntryDelay, EpisodeEnd::CaregiverOut,
                {{0.0, M, CueKind::EnterRoom},
                 {0.0, M, CueKind::GreetInfant},
                 {0.5, S, CueKind::LeaveRoom},
                 {180.0 - lead, M, CueKind::LeaveRoom}}),
        // Ep 6: the infant alone.
        Episode(6, "Second separation (alone)", "Alone", 180.0, out, out, Separation, Search, EpisodeEnd::Timer, {}),
        // Ep 7: the stranger returns and gears her behaviour to the infant.
        Episode(7, "Stranger returns", "Stranger back", 180.0, out, in, Separation, ToStranger | Search | EntryDelay,
                EpisodeEnd::Timer, {{0.0, S, CueKind::EnterRoom}, {0.0, S, CueKind::GearToInfant}}),
        // Ep 8: second reunion; M greets and picks the infant up; S leaves unobtrusively.
        Episode(8, "Second reunion", "Reunion 2", 180.0, in, out, Reunion, ToCaregiver | EntryDelay, EpisodeEnd::Timer,
                {{0.0, M, CueKind::EnterRoom},
                 {0.0, M, CueKind::GreetAndPickUp},
                 {0.5, S, CueKind::LeaveRoom}}),
    };
    return p;
}

}  // namespace sb
