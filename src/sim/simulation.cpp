// Simulation step: director cues -> adults act -> infant perceives and acts -> snapshot -> hash.
// The agents and the director live here, behind the facade, so frontends see only the def, the
// visible stream and the hidden-state view.
#include "sim/simulation.h"

#include <array>
#include <cmath>

#include "core/rng.h"
#include "core/trace_hash.h"
#include "model/adult.h"

namespace sb {

namespace {

// The infant's body keeps this far from the walls (m): about the radius of a sitting 12-month-old.
constexpr double kInfantBodyMargin_m = 0.1;
// Set down, the infant faces the toys at the far wall (rad; -y is towards the toys).
constexpr double kFacingTheToys_rad = -1.5707963267948966;

HistoryResult RunHistory(const SimulationDef& def) {
    Rng rng = Rng::ForStream(def.seed, RngStream::History);
    return LearnFirstYear(def.history, def.infant, def.model.caregiving, def.model.first_year, rng);
}
}  // namespace

struct Simulation::State {
    explicit State(const SimulationDef& def);
    void Step();
    void SetCaregiverToday(const CaregiverDef& def);
    void ApplyCues(const std::vector<Cue>& cues);
    void MoveInfant(const InfantIntent& intent);
    void BuildSnapshot(const InfantIntent& intent);
    void BuildSnapshot(const InfantIntent& intent, const AgentView& caregiver_view, const AgentView& stranger_view);
    void HashStep();

    SimulationDef def_;
    HistoryResult history_;
    Director director_;
    Rng infant_rng_;
    Rng caregiver_rng_;
    Rng stranger_rng_;
    std::unique_ptr<Infant> infant_;
    Adult caregiver_;
    Adult stranger_;
    Vec2 infant_pos_;
    double infant_facing_ = kFacingTheToys_rad;
    bool infant_moving_ = false;
    double t_ = 0.0;
    std::int64_t steps_ = 0;
    Snapshot now_;
    Snapshot prev_;
    std::vector<SimEvent> step_events_;
    std::vector<SimEvent> all_events_;
    sb::TraceHash hash_;
};

Simulation::State::State(const SimulationDef& def)
    : def_(def),
      history_(RunHistory(def)),
      director_(def.protocol),
      infant_rng_(Rng::ForStream(def.seed, RngStream::Infant)),
      caregiver_rng_(Rng::ForStream(def.seed, RngStream::Caregiver)),
      stranger_rng_(Rng::ForStream(def.seed, RngStream::Stranger)),
      infant_(def.infant_model.make(def.infant, history_.model, def.model.infant)),
      caregiver_(AgentId::Caregiver, def.model.caregiver_role,
                 ProfileOf(def.caregiver, def.model.caregiving, def.model.caregiver_role), def.caregiver.walk_speed_mps,
                 def_.room.caregiver_chair, def_.room),
      stranger_(AgentId::Stranger, def.model.stranger_role, ProfileOf(def.stranger, def.model.stranger_role),
                def.stranger.walk_speed_mps, def_.room.stranger_chair, def_.room) {
    infant_pos_ = def_.room.door;
    std::vector<Cue> due;
    director_.Start(due, step_events_);
    ApplyCues(due);
    BuildSnapshot(InfantIntent{});
    prev_ = now_;
    all_events_ = step_events_;
    HashStep();
}

void Simulation::State::SetCaregiverToday(const CaregiverDef& def) {
    def_.caregiver = def;
    caregiver_.SetProfile(ProfileOf(def, def_.model.caregiving, def_.model.caregiver_role));
}

void Simulation::State::ApplyCues(const std::vector<Cue>& cues) {
    const AgentView& infant = now_.Infant();
    for (const Cue& c : cues) {
        Adult& who = c.who == AgentId::Stranger ? stranger_ : caregiver_;
        who.OnCue(c.kind, infant, step_events_, t_, director_.Episode());
    }
}

void Simulation::State::MoveInfant(const InfantIntent& intent) {
    const double dt = def_.step_s;
    infant_moving_ = false;
    if (caregiver_.HoldingInfant()) {
        infant_pos_ = caregiver_.HoldPoint();
        return;
    }
    if (stranger_.HoldingInfant()) {
        infant_pos_ = stranger_.HoldPoint();
        return;
    }
    if (!intent.move) return;
    const Vec2 d = intent.move_target - infant_pos_;
    const double dist = d.Length();
    if (dist < 1e-9) return;
    const double stepLen = def_.infant.crawl_speed_mps * dt;
    infant_facing_ = Heading(d);
    infant_pos_ = dist <= stepLen ? intent.move_target : infant_pos_ + d * (stepLen / dist);
    infant_pos_ = ClampToRoom(def_.room, infant_pos_, kInfantBodyMargin_m);
    infant_moving_ = true;
}

void Simulation::State::Step() {
    if (director_.Finished()) return;
    const double dt = def_.step_s;
    prev_ = now_;
    step_events_.clear();
    const int episode = director_.Episode();

    // Adults act on what they see of the last instant.
    AdultSituation for_caregiver{&now_.Infant(), &now_.Stranger()};
    AdultSituation for_stranger{&now_.Infant(), &now_.Caregiver()};
    // Time is the step count times the step, never a running sum, so that 1800 steps are exactly
    // as long as 180 s say and no rounding creeps into the episode timers.
    const double t_next = static_cast<double>(steps_ + 1) * dt;
    caregiver_.Step(for_caregiver, caregiver_rng_, dt, step_events_, t_next, episode);
    stranger_.Step(for_stranger, stranger_rng_, dt, step_events_, t_next, episode);

    // The infant perceives the adults as they are now.
    const AgentView caregiver_view = caregiver_.View();
    const AgentView stranger_view = stranger_.View();
    InfantSituation s;
    s.room = &def_.room;
    s.self = infant_pos_;
    s.caregiver = &caregiver_view;
    s.stranger = &stranger_view;
    if (caregiver_.HoldingInfant()) {
        s.held_by = Holder::Caregiver;
        s.comfort = caregiver_.Comfort();
    } else if (stranger_.HoldingInfant()) {
        s.held_by = Holder::Stranger;
        s.comfort = stranger_.Comfort();
    }
    s.play_prompted = caregiver_view.action == VisibleAction::OfferingToy ||
                      stranger_view.action == VisibleAction::OfferingToy;
    s.time_in_room_s = t_;
    const InfantIntent intent = infant_->Step(s, infant_rng_, dt);
    MoveInfant(intent);

    t_ = t_next;
    ++steps_;

    DirectorInputs in;
    in.infant_cry = intent.cry;
    for (const SimEvent& e : step_events_) {
        if (e.kind == EventKind::PutDown) in.infant_put_down = true;
        if (e.kind == EventKind::Exit && e.who == AgentId::Caregiver) in.caregiver_exited = true;
    }
    std::vector<Cue> due;
    director_.Update(t_, dt, in, due, step_events_);
    ApplyCues(due);

    // Without a cue since the infant looked, the adults still show what it saw.
    if (due.empty()) BuildSnapshot(intent, caregiver_view, stranger_view);
    else BuildSnapshot(intent);
    all_events_.insert(all_events_.end(), step_events_.begin(), step_events_.end());
    HashStep();
}

void Simulation::State::BuildSnapshot(const InfantIntent& intent) { BuildSnapshot(intent, caregiver_.View(), stranger_.View()); }

void Simulation::State::BuildSnapshot(const InfantIntent& intent, const AgentView& caregiver_view, const AgentView& stranger_view) {
    now_.t = t_;
    now_.episode = director_.Episode();
    now_.episode_t = t_ - director_.EpisodeStart();
    now_.Of(AgentId::Caregiver) = caregiver_view;
    now_.Of(AgentId::Stranger) = stranger_view;
    // An adult who has just come in may have moved the infant (ep 1); keep it with its holder.
    if (caregiver_.HoldingInfant()) infant_pos_ = caregiver_.HoldPoint();
    if (stranger_.HoldingInfant()) infant_pos_ = stranger_.HoldPoint();
    AgentView& inf = now_.Of(AgentId::Infant);
    const bool held = caregiver_.HoldingInfant() || stranger_.HoldingInfant();
    inf.present = true;  // carried in at t = 0 and never leaves
    inf.pos = infant_pos_;
    inf.facing = infant_facing_;
    inf.posture = held ? Posture::Held : (infant_moving_ ? Posture::Crawling : Posture::Sitting);
    inf.affect = intent.affect;
    inf.gaze = intent.gaze;
    // Held, the infant sinks in / clings (in contact), lies passively in the arms, or leans out to
    // get down; anything else it meant to do is not possible in someone's arms.
    inf.action = held ? (intent.action == VisibleAction::WantingDown || intent.action == VisibleAction::HeldPassively
                             ? intent.action
                             : VisibleAction::InContact)
                      : intent.action;
    inf.cry = intent.cry;
    inf.vocalising = intent.vocalising;
    inf.in_contact = held;
}

void Simulation::State::HashStep() {
    using W = sb::TraceHash;
    // The step's words: its number, the episode, then eleven per agent.
    std::array<std::uint64_t, 2 + 11 * kAgentCount> w;
    std::size_t n = 0;
    w[n++] = W::Word(static_cast<std::int64_t>(steps_));
    w[n++] = W::Word(static_cast<std::int64_t>(now_.episode));
    for (const AgentView& a : now_.agents) {
        w[n++] = W::Word(static_cast<std::int64_t>(a.present));
        w[n++] = W::Word(a.pos.x);
        w[n++] = W::Word(a.pos.y);
        w[n++] = W::Word(a.facing);
        w[n++] = W::Word(static_cast<std::int64_t>(a.posture));
        w[n++] = W::Word(static_cast<std::int64_t>(a.affect));
        w[n++] = W::Word(static_cast<std::int64_t>(a.gaze));
        w[n++] = W::Word(static_cast<std::int64_t>(a.action));
        w[n++] = W::Word(a.cry);
        w[n++] = W::Word(static_cast<std::int64_t>(a.vocalising));
        w[n++] = W::Word(static_cast<std::int64_t>(a.in_contact));
    }
    hash_.AddWords(w.data(), n);
    // Then four per event.
    for (const SimEvent& e : step_events_) {
        const std::uint64_t ev[4] = {W::Word(e.t), W::Word(static_cast<std::int64_t>(e.kind)),
                                     W::Word(static_cast<std::int64_t>(e.who)), W::Word(static_cast<std::int64_t>(e.episode))};
        hash_.AddWords(ev, 4);
    }
}

Simulation::Simulation(const SimulationDef& def) : s_(std::make_unique<State>(def)) {}
Simulation::~Simulation() = default;

void Simulation::Step() { s_->Step(); }
bool Simulation::Finished() const { return s_->director_.Finished(); }
double Simulation::Time() const { return s_->t_; }
std::int64_t Simulation::StepCount() const { return s_->steps_; }
const Snapshot& Simulation::Now() const { return s_->now_; }
const Snapshot& Simulation::Previous() const { return s_->prev_; }
const std::vector<SimEvent>& Simulation::StepEvents() const { return s_->step_events_; }
const std::vector<SimEvent>& Simulation::AllEvents() const { return s_->all_events_; }
const std::vector<EpisodeRecord>& Simulation::Timeline() const { return s_->director_.Timeline(); }
const ProtocolDef& Simulation::Protocol() const { return s_->director_.Protocol(); }
const SimulationDef& Simulation::Def() const { return s_->def_; }
InfantInner Simulation::Inner() const { return s_->infant_->Inner(); }
const HistoryResult& Simulation::History() const { return s_->history_; }
std::uint64_t Simulation::TraceHash() const { return s_->hash_.Value(); }
void Simulation::SetCaregiverToday(const CaregiverDef& def) { s_->SetCaregiverToday(def); }

void FastForwardToEpisode(Simulation& sim, int number) {
    while (!sim.Finished() && sim.Now().episode < number) sim.Step();
}

VisibleTrace StartTrace(const Simulation& sim, const std::string& scenario_name) {
    VisibleTrace trace;
    trace.header.scenario = scenario_name;
    trace.header.seed = sim.Def().seed;
    trace.header.step_s = sim.Def().step_s;
    trace.header.room = sim.Def().room;
    trace.header.roles = RolesOf(sim.Protocol());
    return trace;
}

void RunToEnd(Simulation& sim) {
    while (!sim.Finished()) sim.Step();
}

}  // namespace sb
