// SceneBuilder: writes visible-behaviour traces by hand, the way a test author would describe a
// tape ("she comes in; the infant looks up at once, crawls to her and is held for 30 s"). The
// traces it makes are what the observer is tested on: their correct coding is known.
#pragma once

#include <algorithm>

#include "coding/episode_slice.h"
#include "procedure/protocol.h"
#include "world/room.h"
#include "world/visible_trace.h"

namespace sb::test {

class SceneBuilder {
public:
    static constexpr double kDt = 0.1;

    SceneBuilder() {
        trace_.header.step_s = kDt;
        trace_.header.scenario = "hand-written";
        trace_.header.room = room_;
        trace_.header.roles = RolesOf(DefaultProtocol());  // hand-written tapes are of the standard procedure
        now_.episode = 1;
        Infant() = AgentView{true, room_.put_down_spot, -1.57, Posture::Sitting, Affect::Neutral, GazeTarget::Toy,
                             VisibleAction::Exploring, 0.0, false, false};
        Mom() = AgentView{true, room_.caregiver_chair, 0.0, Posture::Sitting, Affect::Neutral, GazeTarget::Infant,
                          VisibleAction::SittingInChair, 0.0, false, false};
        Stranger() = AgentView{};
        Event(EventKind::EpisodeStart, AgentId::Infant);
        trace_.frames.push_back(now_);
    }

    const RoomDef& Room() const { return room_; }
    AgentView& Infant() { return now_.Of(AgentId::Infant); }
    AgentView& Mom() { return now_.Of(AgentId::Caregiver); }
    AgentView& Stranger() { return now_.Of(AgentId::Stranger); }
    AgentView& Of(AgentId who) { return now_.Of(who); }
    double Now() const { return now_.t; }
    double EpisodeStart() const { return episode_start_; }

    // Ends the current episode and begins `number` at the current time.
    SceneBuilder& Begin(int number) {
        Event(EventKind::EpisodeEnd, AgentId::Infant);
        now_.episode = number;
        episode_start_ = now_.t;
        Event(EventKind::EpisodeStart, AgentId::Infant);
        return *this;
    }
    SceneBuilder& Curtail() {
        Event(EventKind::Curtailed, AgentId::Infant);
        return *this;
    }
    // Ends the procedure (the last episode's end event).
    VisibleTrace Finish() {
        Event(EventKind::EpisodeEnd, AgentId::Infant);
        return trace_;
    }

    SceneBuilder& Enter(AgentId who) {
        AgentView& a = Of(who);
        a.present = true;
        a.pos = room_.door + Vec2{0.25, 0.0};
        a.posture = Posture::Standing;
        a.action = VisibleAction::Greeting;
        a.gaze = GazeTarget::Infant;
        Event(EventKind::Enter, who);
        return *this;
    }
    SceneBuilder& Exit(AgentId who) {
        AgentView& a = Of(who);
        a.present = false;
        a.in_contact = false;
        a.action = VisibleAction::Absent;
        a.pos = room_.outside;
        Event(EventKind::Exit, who);
        return *this;
    }

    // Lets `seconds` pass with everyone doing what they are doing.
    SceneBuilder& Wait(double seconds) {
        const int n = static_cast<int>(seconds / kDt + 0.5);
        for (int i = 0; i < n; ++i) Tick();
        return *this;
    }

    // The infant crawls towards `target` at `speed` until it is within `stop_m` of it.
    SceneBuilder& InfantMoveTo(Vec2 target, VisibleAction action, GazeTarget gaze, double stop_m = 0.05,
                               double speed = 0.3) {
        Infant().action = action;
        Infant().gaze = gaze;
        Infant().posture = Posture::Crawling;
        while (Distance(Infant().pos, target) > stop_m + 1e-9) {
            const Vec2 d = target - Infant().pos;
            const double len = d.Length();
            const double step = std::min(speed * kDt, len - stop_m);
            Infant().pos += d * (step / len);
            Infant().facing = Heading(d);
            Tick();
        }
        Infant().posture = Posture::Sitting;
        return *this;
    }
    // The infant crawls all the way to a person (to within 0.3 m), looking at `gaze` meanwhile.
    SceneBuilder& InfantApproach(AgentId person, GazeTarget gaze) {
        return InfantMoveTo(Of(person).pos, VisibleAction::Approaching, gaze, 0.3);
    }
    // The infant crawls a given share of the way to a person and stops.
    SceneBuilder& InfantApproachPart(AgentId person, double share) {
        const Vec2 from = Infant().pos;
        const double reach = 0.3;
        const double d = Distance(from, Of(person).pos);
        const Vec2 dir = (Of(person).pos - from) * (1.0 / d);
        return InfantMoveTo(from + dir * ((d - reach) * share), VisibleAction::Approaching, GazeAt(person));
    }
    // An adult walks to a point (0.9 m/s).
    SceneBuilder& AdultWalkTo(AgentId who, Vec2 target) {
        AgentView& a = Of(who);
        a.posture = Posture::Standing;
        a.action = VisibleAction::Walking;
        while (Distance(a.pos, target) > 1e-6) {
            const Vec2 d = target - a.pos;
            const double len = d.Length();
            const double step = std::min(0.9 * kDt, len);
            a.pos += d * (step / len);
            a.facing = Heading(d);
            Tick();
        }
        return *this;
    }
    SceneBuilder& AdultToInfant(AgentId who) {
        const Vec2 dir = Of(who).pos - Infant().pos;
        return AdultWalkTo(who, Infant().pos + dir * (0.28 / dir.Length()));
    }
    SceneBuilder& PickUp(AgentId who) {
        Of(who).in_contact = true;
        Of(who).action = VisibleAction::Holding;
        Infant().in_contact = true;
        Infant().posture = Posture::Held;
        Infant().action = VisibleAction::InContact;
        Infant().gaze = GazeAt(who);
        Event(EventKind::PickUp, who);
        return *this;
    }
    SceneBuilder& PutDown(AgentId who) {
        Of(who).in_contact = false;
        Of(who).action = VisibleAction::Idle;
        Infant().in_contact = false;
        Infant().posture = Posture::Sitting;
        Infant().action = VisibleAction::Idle;
        Event(EventKind::PutDown, who);
        return *this;
    }
    // Sets the infant's visible behaviour for what follows.
    SceneBuilder& InfantDoes(VisibleAction action, GazeTarget gaze, Affect affect = Affect::Neutral, double cry = 0.0,
                             bool vocalising = false) {
        AgentView& b = Infant();
        b.action = action;
        b.gaze = gaze;
        b.affect = affect;
        b.cry = cry;
        b.vocalising = vocalising;
        return *this;
    }

private:
    void Event(EventKind kind, AgentId who) { trace_.events.push_back({now_.t, kind, who, now_.episode}); }
    void Tick() {
        now_.t += kDt;
        now_.episode_t = now_.t - episode_start_;
        trace_.frames.push_back(now_);
    }

    RoomDef room_;
    VisibleTrace trace_;
    Snapshot now_;
    double episode_start_ = 0.0;
};

}  // namespace sb::test
