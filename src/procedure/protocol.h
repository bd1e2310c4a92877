// The Strange Situation as data: the eight episodes, who is present, their nominal lengths, the
// scripted cues of caregiver and stranger, and the curtailment and extension rules. A scenario may
// change any of it; the Director runs whatever table it is given.
#pragma once

#include <string>
#include <vector>

#include "world/cues.h"
#include "world/episode_roles.h"
#include "world/visible.h"

namespace sb {

// How an episode comes to an end (Ainsworth et al. 1978, Appendix II boundaries).
enum class EpisodeEnd {
    Timer,          // the nominal length (possibly curtailed or extended) runs out
    InfantPutDown,  // ep 1 ends when the infant is put down
    CaregiverOut,   // eps 3 and 5 end when the caregiver has gone out of the door
};

// One episode: its roles (who is present, what is scored, separation or reunion, names — see
// world/episode_roles.h) and how the director runs it.
struct EpisodeDef : EpisodeRoles {
    double nominal_s = 180.0;       // s, the length the procedure aims for
    EpisodeEnd end = EpisodeEnd::Timer;
    bool curtailable = false;       // a separation that may end early for the infant's distress
    bool extendable = false;        // a reunion that may run on until the infant is settled
    std::vector<Cue> cues;
};

struct CurtailmentDef {
    bool enabled = true;
    double hard_cry_s = 60.0;        // s of hard crying after which a separation ends early
    double hard_cry_level = 0.6;     // cry intensity (0..1) that counts as hard crying
    double forgive_gap_s = 5.0;      // s a hard-crying bout may pause without restarting the count
};

struct ExtensionDef {
    bool enabled = true;
    double max_extra_s = 120.0;      // s a reunion may run past its nominal length
    double settled_s = 10.0;         // s of no crying that count as "reasonably comforted"
    double settled_cry_level = 0.15; // cry intensity below which the infant counts as not crying
};

struct ProtocolDef {
    std::vector<EpisodeDef> episodes;
    CurtailmentDef curtailment;
    ExtensionDef extension;
    double exit_lead_s = 3.0;        // s before nominal end that an exiting adult is cued to leave
};

// The roles of every episode, in running order: what the trace header records for the observer.
ProtocolRoles RolesOf(const ProtocolDef& protocol);

// The standard eight-episode procedure of Ainsworth, Blehar, Waters & Wall (1978), Table 2.
ProtocolDef DefaultProtocol();

}  // namespace sb
