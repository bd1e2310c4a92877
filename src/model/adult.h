// Adult: the caregiver or the stranger in the room. Follows the director's cues (enter, sit, talk,
// approach, leave) and, between cues, answers the infant's bids according to its ResponderProfile.
// Which role she plays, and every constant of how she plays it, comes from her AdultDef.
#pragma once

#include <vector>

#include "core/rng.h"
#include "model/adult_def.h"
#include "model/caregiver_def.h"
#include "world/room.h"
#include "world/cues.h"
#include "world/visible.h"

namespace sb {

// What an adult can see of the room at one step.
struct AdultSituation {
    const AgentView* infant = nullptr;   // the infant as visible
    const AgentView* other = nullptr;    // the other adult as visible
};

class Adult {
public:
    Adult(AgentId id, const AdultDef& def, ResponderProfile profile, double walk_speed_mps, Vec2 chair, const RoomDef& room);

    void OnCue(CueKind cue, const AgentView& infant, std::vector<SimEvent>& events, double t, int episode);
    void Step(const AdultSituation& s, Rng& rng, double dt, std::vector<SimEvent>& events, double t, int episode);

    // Today's behaviour can change mid-procedure (the GUI sliders): only the profile changes.
    void SetProfile(const ResponderProfile& p) { profile_ = p; }

    AgentView View() const;
    bool Present() const { return mode_ != Mode::Outside; }
    bool HoldingInfant() const { return holding_; }
    bool Leaving() const { return mode_ == Mode::Leaving; }
    // Comfort her holding gives right now (0 when not holding and soothing).
    double Comfort() const;
    Vec2 Position() const { return pos_; }
    // Where a held infant sits relative to her.
    Vec2 HoldPoint() const;

private:
    enum class Mode {
        Outside,
        Greeting,      // pausing at the door, greeting
        Walking,       // to target_, then becomes after_walk_
        InChair,
        GoingToInfant, // then picks up or plays, per purpose_
        PickingUp,
        Holding,
        PuttingDown,
        Playing,       // crouched near the infant, offering a toy
        Leaving,       // walking to the door
        Looming,       // frightening: rushing at the infant and bending over it
        Dissociating,  // frightened/frightening: stock-still, blank, unresponsive
    };
    enum class Purpose { PickUp, Play };
    enum class ChairActivity { Watching, Reading, Talking, PromptingPlay };

    void StartWalk(Vec2 target, Mode then);
    void StartLeaving();
    bool MoveTowards(Vec2 target, double dt);  // true when arrived
    void FaceTowards(Vec2 p);
    void UpdateBids(const AdultSituation& s, Rng& rng, double dt);
    void MaybeFrighten(Rng& rng, double dt);
    bool Interruptible() const;
    void AfterRelease();

    AgentId id_;  // who she is, for events and whom the other adult is; never how she behaves
    AdultDef def_;
    ResponderProfile profile_;
    double walk_speed_;
    Vec2 chair_;
    const RoomDef& room_;

    Mode mode_ = Mode::Outside;
    Mode after_walk_ = Mode::InChair;
    Purpose purpose_ = Purpose::Play;
    ChairActivity chair_activity_ = ChairActivity::Watching;
    Vec2 pos_;
    Vec2 target_;
    double facing_ = 0.0;
    HeadingOfLast heading_;        // facing a seated person, the direction repeats step after step
    bool holding_ = false;
    bool scripted_hold_ = false;   // carrying in at ep 1: wait for the put-down cue
    bool answering_ = false;       // answers bids (caregiver always; stranger once cued to)
    bool leave_after_release_ = false;
    bool pick_up_on_greet_ = false;
    double mode_t_ = 0.0;          // s in the current mode
    double calm_t_ = 0.0;          // s the held infant has been calm
    double prompt_t_ = 0.0;
    // bid state
    bool bid_active_ = false;
    bool will_answer_ = false;
    bool will_rebuff_ = false;     // she will answer by pushing the bid away (redirect to the toys)
    double bid_t_ = 0.0;
    double latency_ = 0.0;
    double infant_cry_ = 0.0;
};

}  // namespace sb
