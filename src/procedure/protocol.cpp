// The standard protocol table (Ainsworth et al. 1978, Table 2 and Appendix II).
#include "procedure/protocol.h"

namespace sb {

ProtocolDef DefaultProtocol() {
    constexpr auto M = AgentId::Caregiver;
    constexpr auto S = AgentId::Stranger;
    ProtocolDef p;
    const double lead = p.exit_lead_s;
    p.episodes = {
        // Ep 1: the caregiver carries the infant in and puts it down; ep 2 begins when it is down.
        {1, "Caregiver and infant enter", 30.0, true, false, EpisodeEnd::InfantPutDown, false, false,
         {{0.0, M, CueKind::CarryInfantIn}, {28.5, M, CueKind::PutInfantDown}}},
        // Ep 2: she sits, does not start play but answers the infant; prompts play after 2 min.
        {2, "Caregiver and infant", 180.0, true, false, EpisodeEnd::Timer, false, false,
         {{0.0, M, CueKind::GoToChair}, {120.0, M, CueKind::PromptPlay}}},
        // Ep 3: stranger enters; 1 min silent, 1 min talks with M, 1 min approaches B; M slips out.
        {3, "Stranger, caregiver and infant", 180.0, true, true, EpisodeEnd::CaregiverOut, false, false,
         {{0.0, S, CueKind::EnterRoom},
          {0.0, S, CueKind::SitQuietly},
          {60.0, S, CueKind::TalkToCaregiver},
          {120.0, S, CueKind::ApproachInfant},
          {180.0 - lead, M, CueKind::LeaveRoom}}},
        // Ep 4: first separation; the stranger gears her behaviour to the infant.
        {4, "First separation", 180.0, false, true, EpisodeEnd::Timer, true, false,
         {{0.0, S, CueKind::GearToInfant}}},
        // Ep 5: first reunion; M greets and comforts, S leaves; at the end M leaves saying bye-bye.
        {5, "First reunion", 180.0, true, false, EpisodeEnd::CaregiverOut, false, true,
         {{0.0, M, CueKind::EnterRoom},
          {0.0, M, CueKind::GreetInfant},
          {0.5, S, CueKind::LeaveRoom},
          {180.0 - lead, M, CueKind::LeaveRoom}}},
        // Ep 6: the infant alone.
        {6, "Second separation (alone)", 180.0, false, false, EpisodeEnd::Timer, true, false, {}},
        // Ep 7: the stranger returns and gears her behaviour to the infant.
        {7, "Stranger returns", 180.0, false, true, EpisodeEnd::Timer, true, false,
         {{0.0, S, CueKind::EnterRoom}, {0.0, S, CueKind::GearToInfant}}},
        // Ep 8: second reunion; M greets and picks the infant up; S leaves unobtrusively.
        {8, "Second reunion", 180.0, true, false, EpisodeEnd::Timer, false, true,
         {{0.0, M, CueKind::EnterRoom},
          {0.0, M, CueKind::GreetAndPickUp},
          {0.5, S, CueKind::LeaveRoom}}},
    };
    return p;
}

}  // namespace sb
