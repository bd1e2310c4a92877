// Adult behaviour: scripted cues from the director plus answering the infant's bids.
#include "model/adult.h"

#include <algorithm>
#include <cmath>

#include "model/working_model.h"

namespace sb {

Adult::Adult(AgentId id, const AdultDef& def, ResponderProfile profile, double walk_speed_mps, Vec2 chair,
             const RoomDef& room)
    : id_(id), def_(def), profile_(profile), walk_speed_(walk_speed_mps), chair_(chair), room_(room), pos_(room.outside) {}

void Adult::StartWalk(Vec2 target, Mode then) {
    mode_ = Mode::Walking;
    target_ = target;
    after_walk_ = then;
    mode_t_ = 0.0;
}

void Adult::StartLeaving() {
    mode_ = Mode::Leaving;
    target_ = room_.door;
    mode_t_ = 0.0;
    answering_ = false;
}

void Adult::AfterRelease() {
    if (leave_after_release_) {
        leave_after_release_ = false;
        StartLeaving();
    } else if (def_.plays_after_release && answering_) {
        mode_ = Mode::Playing;
        mode_t_ = 0.0;
    } else {
        StartWalk(chair_, Mode::InChair);
    }
}

void Adult::OnCue(CueKind cue, const AgentView& infant, std::vector<SimEvent>& events, double t, int episode) {
    switch (cue) {
        case CueKind::CarryInfantIn:
            pos_ = room_.door;
            holding_ = true;
            scripted_hold_ = true;
            answering_ = false;
            StartWalk(room_.put_down_spot + Vec2{0.0, def_.carry_in_offset_m}, Mode::Holding);
            events.push_back({t, EventKind::Enter, id_, episode});
            break;
        case CueKind::PutInfantDown:
            scripted_hold_ = false;
            if (holding_) {
                mode_ = Mode::PuttingDown;
                mode_t_ = 0.0;
            }
            break;
        case CueKind::EnterRoom:
            chair_activity_ = ChairActivity::Watching;  // a new episode: no talk carried over
            pos_ = room_.door;
            facing_ = 0.0;
            answering_ = def_.answers_on_entry;
            StartWalk(chair_, Mode::InChair);
            events.push_back({t, EventKind::Enter, id_, episode});
            break;
        case CueKind::GoToChair:
            answering_ = def_.answers_on_entry;
            chair_activity_ = ChairActivity::Watching;
            if (!holding_) StartWalk(chair_, Mode::InChair);
            break;
        case CueKind::SitQuietly:
            chair_activity_ = ChairActivity::Reading;
            break;
        case CueKind::TalkToCaregiver:
            chair_activity_ = ChairActivity::Talking;
            break;
        case CueKind::ApproachInfant:
            mode_ = Mode::GoingToInfant;
            purpose_ = Purpose::Play;
            mode_t_ = 0.0;
            break;
        case CueKind::PromptPlay:
            if (mode_ == Mode::InChair && infant.action != VisibleAction::Exploring) {
                chair_activity_ = ChairActivity::PromptingPlay;
                prompt_t_ = 0.0;
            }
            break;
        case CueKind::GreetInfant:
        case CueKind::GreetAndPickUp:
            mode_ = Mode::Greeting;
            mode_t_ = 0.0;
            pos_ = room_.door + Vec2{def_.greet_spot_inside_door_m, 0.0};
            answering_ = true;
            pick_up_on_greet_ = (cue == CueKind::GreetAndPickUp);
            chair_activity_ = ChairActivity::Watching;
            break;
        case CueKind::GearToInfant:
            answering_ = true;
            chair_activity_ = ChairActivity::Watching;
            break;
        case CueKind::LeaveRoom:
            if (mode_ == Mode::Outside) break;
            if (holding_) {
                leave_after_release_ = true;
                scripted_hold_ = false;
                mode_ = Mode::PuttingDown;
                mode_t_ = 0.0;
            } else {
                StartLeaving();
            }
            break;
    }
}

bool Adult::MoveTowards(Vec2 target, double dt) {
    const Vec2 d = target - pos_;
    const double dist = d.Length();
    const double stepLen = walk_speed_ * dt;
    if (dist <= stepLen) {
        pos_ = target;
        return true;
    }
    facing_ = heading_(d);
    pos_ += d * (stepLen / dist);
    return false;
}

void Adult::FaceTowards(Vec2 p) {
    const Vec2 d = p - pos_;
    if (d.Length() > 1e-6) facing_ = heading_(d);
}

bool Adult::Interruptible() const {
    return mode_ == Mode::InChair || mode_ == Mode::Playing ||
           (mode_ == Mode::Walking && after_walk_ == Mode::InChair);
}

void Adult::UpdateBids(const AdultSituation& s, Rng& rng, double dt) {
    const AgentView& inf = *s.infant;
    const bool reaching_to_me = inf.action == VisibleAction::Reaching && Distance(inf.pos, pos_) < def_.reach_noticed_m;
    const bool bid = answering_ && !holding_ && (inf.cry >= def_.bid_cry || reaching_to_me) &&
                     inf.posture != Posture::Held;
    if (!bid) {
        bid_active_ = false;
        return;
    }
    if (!bid_active_ || (!will_answer_ && bid_t_ >= profile_.rebid_s)) {
        // A new occasion: today she is or is not available, and takes her time.
        bid_active_ = true;
        bid_t_ = 0.0;
        if (profile_.uses_caregiving_rule) {
            // The same caregiving rule as in the first year (caregiver_def.h): louder signals are
            // noticed more; an unavailable caregiver answers only escalated ones; a rejecting one
            // may push the bid away.
            // Crying is heard as escalated, maximised distress (the highest expression gain).
            const double signal = std::max(profile_.rule.escalated_signal * inf.cry,
                                           reaching_to_me ? def_.reach_signal : 0.0);
            const bool available = rng.Chance(profile_.p_available);
            will_answer_ = rng.Chance(caregiving::AnswerProbability(profile_.rule, profile_.caregiving, signal, available));
            will_rebuff_ = will_answer_ && rng.Chance(caregiving::RebuffProbability(profile_.rule, profile_.caregiving, signal));
        } else {
            will_answer_ = rng.Chance(profile_.p_available);
            will_rebuff_ = false;
        }
        latency_ = rng.Exponential(profile_.mean_latency_s);
    }
    bid_t_ += dt;
    if (will_answer_ && bid_t_ >= latency_ && Interruptible()) {
        bid_active_ = false;
        if (will_rebuff_) {
            // A rebuff: she turns the infant to the toys from where she is instead of taking it up.
            if (mode_ != Mode::InChair) StartWalk(chair_, Mode::InChair);
            chair_activity_ = ChairActivity::PromptingPlay;
            prompt_t_ = 0.0;
            return;
        }
        mode_ = Mode::GoingToInfant;
        purpose_ = Purpose::PickUp;
        mode_t_ = 0.0;
    }
}

void Adult::MaybeFrighten(Rng& rng, double dt) {
    if (profile_.frightening_per_min <= 0.0 || !Interruptible()) return;
    if (!rng.Chance(profile_.frightening_per_min / 60.0 * dt)) return;
    mode_ = rng.Chance(def_.loom_share) ? Mode::Looming : Mode::Dissociating;
    mode_t_ = 0.0;
}

void Adult::Step(const AdultSituation& s, Rng& rng, double dt, std::vector<SimEvent>& events, double t,
                 int episode) {
    const AgentView& inf = *s.infant;
    infant_cry_ = inf.cry;
    mode_t_ += dt;
    if (mode_ == Mode::Outside) return;

    UpdateBids(s, rng, dt);
    MaybeFrighten(rng, dt);

    switch (mode_) {
        case Mode::Outside:
            break;
        case Mode::Greeting:
            FaceTowards(inf.pos);
            if (inf.action == VisibleAction::Reaching && Distance(inf.pos, pos_) < def_.reach_noticed_m) {
                // The infant has come to her: she takes it up.
                mode_ = Mode::PickingUp;
                mode_t_ = 0.0;
            } else if (mode_t_ >= def_.greet_pause_s) {
                if (pick_up_on_greet_) {
                    mode_ = Mode::GoingToInfant;
                    purpose_ = Purpose::PickUp;
                    mode_t_ = 0.0;
                } else {
                    StartWalk(chair_, Mode::InChair);
                }
            }
            break;
        case Mode::Walking:
            if (MoveTowards(target_, dt)) {
                mode_ = after_walk_;
                mode_t_ = 0.0;
            }
            break;
        case Mode::InChair:
            pos_ = chair_;
            if (chair_activity_ == ChairActivity::Talking && s.other && s.other->present) {
                FaceTowards(s.other->pos);
            } else {
                FaceTowards(inf.pos);
            }
            if (chair_activity_ == ChairActivity::PromptingPlay) {
                prompt_t_ += dt;
                if (prompt_t_ >= def_.prompt_play_s) chair_activity_ = ChairActivity::Watching;
            }
            // In the separations the stranger joins a calm infant in play (Table 2: she "gears her
            // behaviour to" the infant's).
            if (def_.joins_calm_infant && answering_ && mode_t_ > def_.join_play_after_s && inf.cry < def_.bid_cry &&
                inf.posture != Posture::Held) {
                mode_ = Mode::GoingToInfant;
                purpose_ = Purpose::Play;
                mode_t_ = 0.0;
            }
            break;
        case Mode::GoingToInfant: {
            const Vec2 away = pos_ - inf.pos;
            const double d = away.Length();
            const double stand_off = purpose_ == Purpose::PickUp ? def_.pick_up_distance_m : def_.play_distance_m;
            const Vec2 dir = d > 1e-6 ? away * (1.0 / d) : Vec2{0.0, 1.0};
            if (MoveTowards(ClampToRoom(room_, inf.pos + dir * stand_off), dt) || d <= stand_off + def_.arrival_tolerance_m) {
                FaceTowards(inf.pos);
                mode_ = purpose_ == Purpose::PickUp ? Mode::PickingUp : Mode::Playing;
                mode_t_ = 0.0;
            }
            break;
        }
        case Mode::PickingUp:
            FaceTowards(inf.pos);
            if (inf.posture == Posture::Held) {
                // Someone else is holding the infant (the stranger at a reunion): wait to take it,
                // but not for ever.
                if (mode_t_ > def_.wait_for_holder_s) StartWalk(chair_, Mode::InChair);
            } else if (mode_t_ >= def_.pick_up_s) {
                holding_ = true;
                mode_ = Mode::Holding;
                mode_t_ = 0.0;
                calm_t_ = 0.0;
                events.push_back({t, EventKind::PickUp, id_, episode});
            }
            break;
        case Mode::Holding:
            calm_t_ = inf.cry < def_.calm_cry ? calm_t_ + dt : 0.0;
            if (!scripted_hold_ &&
                ((calm_t_ >= def_.release_calm_s && inf.action == VisibleAction::WantingDown) ||
                 (calm_t_ >= def_.release_calm_anyway_s && inf.action != VisibleAction::InContact) ||
                 mode_t_ >= profile_.hold_patience_s)) {
                // An infant still clinging is not put down just because it has stopped crying:
                // following its lead, she holds it until her patience runs out.
                mode_ = Mode::PuttingDown;
                mode_t_ = 0.0;
            }
            break;
        case Mode::PuttingDown:
            if (mode_t_ >= def_.put_down_s) {
                holding_ = false;
                events.push_back({t, EventKind::PutDown, id_, episode});
                AfterRelease();
            }
            break;
        case Mode::Playing: {
            FaceTowards(inf.pos);
            // Follow an infant that has moved off, so the play stays shared.
            if (Distance(inf.pos, pos_) > def_.follow_distance_m) {
                mode_ = Mode::GoingToInfant;
                purpose_ = Purpose::Play;
                mode_t_ = 0.0;
            }
            break;
        }
        case Mode::Looming: {
            // Rushes at the infant, bends over it for a moment, then goes back to her chair.
            const Vec2 over = inf.pos + (pos_ - inf.pos) * (def_.loom_distance_m / std::max(def_.loom_distance_m, Distance(pos_, inf.pos)));
            const double normal = walk_speed_;
            walk_speed_ = def_.loom_speed_mps;
            MoveTowards(over, dt);
            walk_speed_ = normal;
            FaceTowards(inf.pos);
            if (mode_t_ >= def_.loom_s) StartWalk(chair_, Mode::InChair);
            break;
        }
        case Mode::Dissociating:
            if (mode_t_ >= def_.dissociation_s) {
                mode_ = Mode::InChair;
                if (Distance(pos_, chair_) > def_.chair_tolerance_m) StartWalk(chair_, Mode::InChair);
            }
            break;
        case Mode::Leaving:
            if (MoveTowards(target_, dt)) {
                mode_ = Mode::Outside;
                pos_ = room_.outside;
                events.push_back({t, EventKind::Exit, id_, episode});
            }
            break;
    }
}

double Adult::Comfort() const {
    return (holding_ && mode_ == Mode::Holding) ? profile_.comfort_quality : 0.0;
}

Vec2 Adult::HoldPoint() const {
    return pos_ + Vec2{std::cos(facing_), std::sin(facing_)} * def_.hold_offset_m;
}

AgentView Adult::View() const {
    AgentView v;
    v.present = mode_ != Mode::Outside;
    v.pos = pos_;
    v.facing = facing_;
    v.in_contact = holding_;
    if (!v.present) {
        v.action = VisibleAction::Absent;
        return v;
    }
    const GazeTarget other = id_ == AgentId::Caregiver ? GazeTarget::Stranger : GazeTarget::Caregiver;
    v.gaze = GazeTarget::Infant;
    v.posture = Posture::Standing;
    switch (mode_) {
        case Mode::Outside:
            break;
        case Mode::Greeting:
            v.action = VisibleAction::Greeting;
            v.vocalising = true;
            v.affect = Affect::Positive;
            break;
        case Mode::Walking:
            v.action = holding_ ? VisibleAction::Holding : VisibleAction::Walking;
            break;
        case Mode::InChair:
            v.posture = Posture::Sitting;
            switch (chair_activity_) {
                case ChairActivity::Watching: v.action = VisibleAction::SittingInChair; break;
                case ChairActivity::Reading:
                    v.action = VisibleAction::Reading;
                    v.gaze = GazeTarget::Book;
                    break;
                case ChairActivity::Talking:
                    v.action = VisibleAction::Talking;
                    v.gaze = other;
                    v.vocalising = true;
                    break;
                case ChairActivity::PromptingPlay:
                    v.action = VisibleAction::OfferingToy;
                    v.gaze = GazeTarget::Toy;
                    v.vocalising = true;
                    break;
            }
            break;
        case Mode::GoingToInfant:
            v.action = VisibleAction::ApproachingInfant;
            break;
        case Mode::PickingUp:
            v.action = VisibleAction::PickingUp;
            v.posture = Posture::Crouching;
            break;
        case Mode::Holding:
            // Soothing is holding a crying infant: rocking, patting, talking softly.
            v.action = infant_cry_ > def_.calm_cry ? VisibleAction::Soothing : VisibleAction::Holding;
            v.vocalising = infant_cry_ > def_.calm_cry;
            break;
        case Mode::PuttingDown:
            v.action = VisibleAction::PuttingDown;
            v.posture = Posture::Crouching;
            break;
        case Mode::Playing:
            v.action = VisibleAction::OfferingToy;
            v.posture = Posture::Crouching;
            v.affect = Affect::Positive;
            v.vocalising = true;
            break;
        case Mode::Looming:
            v.action = VisibleAction::Looming;
            v.affect = Affect::Neutral;
            break;
        case Mode::Dissociating:
            v.action = VisibleAction::Dissociating;
            v.gaze = GazeTarget::None;
            v.posture = Distance(pos_, chair_) < def_.chair_tolerance_m ? Posture::Sitting : Posture::Standing;
            break;
        case Mode::Leaving:
            v.action = VisibleAction::Leaving;
            v.gaze = GazeTarget::Door;
            v.vocalising = def_.says_goodbye;  // "bye-bye"
            break;
    }
    return v;
}

}  // namespace sb
