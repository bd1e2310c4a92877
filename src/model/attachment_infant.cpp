// AttachmentInfant: the infant in the procedure (docs/model.md, "In the procedure"). Felt
// security, arousal with a slow component, wariness and anger drive the attachment, exploration,
// wariness and affiliative systems; the learned strategy sets how much of the attachment activation
// is shown; a frightening caregiver adds an approach-flight conflict that breaks through as
// disorganized lapses. No attachment style is read anywhere: only the learned WorkingModel.
#include <algorithm>
#include <array>
#include <cmath>

#include "model/infant.h"

namespace sb {

namespace {

double Clamp01(double v) { return std::clamp(v, 0.0, 1.0); }
double Relax(double x, double target, double tau, double dt) { return x + (target - x) * (1.0 - std::exp(-dt / tau)); }

enum class Behaviour {
    Explore, SeekCaregiver, StayInContact, WantDown, Resist, TurnAway, GreetFromAfar,
    Search, Cry, Withdraw, WatchStranger, Idle, Count
};
enum class Lapse { None, Freeze, AvertedApproach, ApproachThenFreeze, Apprehension };

constexpr double kDecisionInterval_s = 0.5;
constexpr double kCommitmentBonus = 0.15;
constexpr double kTemperature = 0.08;
constexpr double kCryOnset = 0.55;  // shown arousal at which crying starts
constexpr double kCrySpan = 0.35;
constexpr double kRecentEntry_s = 20.0;

class AttachmentInfant final : public Infant {
public:
    AttachmentInfant(const InfantDef& def, const WorkingModel& w) : def_(def), w_(w) {
        // How strongly each deviation from open expression shapes behaviour: a moderately
        // minimising policy already turns attention away; maximising shows only beyond a margin.
        minimise_ = Clamp01(2.0 * std::max(0.0, -w.strategy));
        maximise_ = Clamp01((w.strategy - 0.05) / 0.5);
        gain_ = 1.0 + 0.7 * w.strategy;
        // Only a caregiver who has been a real source of alarm produces conflict (threat above 0.2).
        const double t = Clamp01((w.threat - 0.2) / 0.6);
        conflict_weight_ = t * t;
        inner_ = InfantInner{0.1, 0.1, 0.8, 0.0, 0.5, 0.1, 0.0, 0.0, 0.0, false};
    }

    InfantIntent Step(const InfantSituation& s, Rng& rng, double dt) override {
        Perceive(s, rng, dt);
        Appraise(s, dt);
        decide_t_ += dt;
        behaviour_t_ += dt;
        if (lapse_ != Lapse::None) {
            lapse_t_ -= dt;
            if (lapse_t_ <= 0.0) EndLapse();
        }
        if (decide_t_ >= kDecisionInterval_s) {
            decide_t_ = 0.0;
            MaybeLapse(s, rng);
            if (lapse_ == Lapse::None) Choose(s, rng);
        }
        return Act(s, rng, dt);
    }

    InfantInner Inner() const override { return inner_; }

private:
    bool CaregiverHere(const InfantSituation& s) const { return s.caregiver && s.caregiver->present; }
    bool StrangerHere(const InfantSituation& s) const { return s.stranger && s.stranger->present; }
    double CaregiverDistance(const InfantSituation& s) const { return Distance(s.self, s.caregiver->pos); }

    // Events the infant notices: her coming and going, frightening moments.
    void Perceive(const InfantSituation& s, Rng& rng, double dt) {
        const bool here = CaregiverHere(s);
        if (here && !caregiver_was_here_) {
            since_entry_s_ = 0.0;
            // Orienting to her return: prompt for an open or maximising infant; a minimising one
            // keeps its attention on the toys, often for long (the visible face of deactivation).
            orient_in_s_ = rng.Exponential(0.8) +
                           (rng.Chance(std::min(1.0, 1.4 * minimise_)) ? rng.Uniform(5.0, 10.0 + 80.0 * minimise_) : 0.0);
        }
        caregiver_was_here_ = here;
        // A stranger coming in draws every infant's eyes for a moment.
        const bool stranger_here = StrangerHere(s);
        if (stranger_here && !stranger_was_here_) look_at_stranger_in_s_ = rng.Exponential(1.0);
        stranger_was_here_ = stranger_here;
        if (look_at_stranger_in_s_ > -2.0) look_at_stranger_in_s_ -= dt;
        since_entry_s_ += dt;
        if (orient_in_s_ > -10.0) orient_in_s_ -= dt;  // counts down through the 1.5-s look and stops
        frightened_now_ = here && (s.caregiver->action == VisibleAction::Looming ||
                                   s.caregiver->action == VisibleAction::Dissociating);
        if (frightened_now_ && !was_frightened_) {
            inner_.arousal = Clamp01(inner_.arousal + 0.15 * (0.5 + def_.reactivity));
            fright_pending_ = true;
        }
        was_frightened_ = frightened_now_;
    }

    void Appraise(const InfantSituation& s, double dt) {
        strangeness_ = 0.3 * std::exp(-s.time_in_room_s / 120.0);
        if (StrangerHere(s)) familiarity_ = Relax(familiarity_, 1.0, 150.0, dt);

        // Felt security: her presence and nearness, weighed by how available the infant expects her
        // to be, and lowered near her when she has been a source of alarm.
        double target;
        if (s.held_by == Holder::Caregiver) {
            target = 0.55 + 0.45 * w_.availability - 0.3 * w_.threat;
        } else if (CaregiverHere(s)) {
            const double d = CaregiverDistance(s);
            target = 0.62 + 0.28 * w_.availability - 0.25 * Clamp01((d - 0.5) / 2.0) - 0.2 * w_.threat * std::exp(-d);
        } else {
            target = 0.15;
            if (StrangerHere(s)) target += 0.2 * def_.sociability * familiarity_;
            if (s.held_by == Holder::Stranger) target += 0.15;
        }
        inner_.felt_security = Relax(inner_.felt_security, Clamp01(target), 4.0, dt);

        double wary = strangeness_;
        if (StrangerHere(s)) {
            const double d = Distance(s.self, s.stranger->pos);
            wary += (1.0 - def_.sociability) * 0.8 * std::exp(-d / 1.2) * (1.0 - 0.6 * familiarity_);
        }
        inner_.wariness = Relax(inner_.wariness, Clamp01(wary), 2.0, dt);

        const double set_point = 0.45 + 0.9 * inner_.arousal;  // Bischof's dependency
        inner_.attachment = Clamp01(2.5 * (set_point - inner_.felt_security));

        // Arousal: insecurity and wariness raise it; suppressing the attachment signals costs
        // arousal too (minimising lowers what is shown, not what is felt); comfort lowers it in
        // proportion to the trust the infant has learned, less when it is angry.
        const double suppression = CaregiverHere(s) ? 0.1 * minimise_ * inner_.attachment : 0.0;
        const double drive = 0.9 * (1.0 - inner_.felt_security) + 0.6 * inner_.wariness - 0.35 + suppression;
        const double rise = 0.025 * (0.5 + def_.reactivity);
        double da = drive > 0.0 ? rise * drive * (1.0 - inner_.arousal) : rise * drive * inner_.arousal;
        const double trust = 0.3 + 0.7 * w_.availability;
        da -= s.comfort * trust * (1.0 - 0.6 * inner_.anger) * 0.08 * (0.5 + def_.soothability) * inner_.arousal;
        // Turning attention from her to the toys regulates a minimising infant a little in her
        // presence (its learned alternative to comfort). Alone it does not: physiologically an
        // avoidant infant is as stressed by separation as a secure one (Spangler & Grossmann 1993).
        if (current_ == Behaviour::Explore && CaregiverHere(s)) da -= 0.02 * minimise_ * inner_.arousal;
        inner_.arousal = Clamp01(inner_.arousal + da * dt);
        inner_.arousal_slow = Relax(inner_.arousal_slow, inner_.arousal, 120.0, dt);

        // Anger: a maximising infant whose caregiver is unpredictable grows angry while distressed.
        const double anger_up = 0.03 * maximise_ * inner_.arousal * (1.0 - 0.5 * w_.predictability);
        inner_.anger = Clamp01(inner_.anger + (anger_up - 0.012 * inner_.anger * (1.0 - inner_.arousal)) * dt);

        inner_.conflict = CaregiverHere(s) ? conflict_weight_ * std::max(inner_.attachment, since_entry_s_ < kRecentEntry_s ? 0.6 : 0.2) : 0.0;

        const double calm = 1.0 - inner_.arousal;
        const double prompt = s.play_prompted ? 0.15 : 0.0;
        inner_.exploration = Clamp01(inner_.felt_security * calm * calm * (0.6 + 0.8 * def_.curiosity) -
                                     0.2 * inner_.attachment - 0.5 * inner_.wariness + prompt);
        // What is shown: arousal scaled by the learned expression gain.
        const double shown = inner_.arousal * (0.2 + 0.8 * gain_);
        inner_.expressed = Clamp01((shown - kCryOnset) / kCrySpan);
    }

    void MaybeLapse(const InfantSituation& s, Rng& rng) {
        if (lapse_ != Lapse::None || !CaregiverHere(s) || s.held_by != Holder::None) {
            fright_pending_ = false;
            return;
        }
        // Hazard per decision: the conflict between approach and flight breaks through.
        double p = 0.04 * inner_.conflict;
        if (fright_pending_) p = std::max(p, 0.1 + 0.7 * w_.threat);
        fright_pending_ = false;
        if (!rng.Chance(p)) return;
        const double r = rng.Uniform01();
        if (r < 0.35) StartLapse(Lapse::Freeze, rng.Uniform(4.0, 14.0));
        else if (r < 0.55) StartLapse(Lapse::ApproachThenFreeze, rng.Uniform(7.0, 11.0));
        else if (r < 0.8) StartLapse(Lapse::AvertedApproach, 12.0);
        else StartLapse(Lapse::Apprehension, rng.Uniform(2.5, 6.0));
    }

    void StartLapse(Lapse l, double seconds) {
        lapse_ = l;
        lapse_t_ = seconds;
        lapse_total_ = seconds;
        inner_.lapse = true;
    }
    void EndLapse() {
        lapse_ = Lapse::None;
        inner_.lapse = false;
        current_ = Behaviour::Idle;
    }

    void Choose(const InfantSituation& s, Rng& rng) {
        std::array<double, static_cast<int>(Behaviour::Count)> u;
        u.fill(-1e9);
        const double a = inner_.attachment;
        const double A = inner_.arousal;
        const double cry = inner_.expressed;
        const double divert = 0.8 * minimise_ * a;  // attention turned to the toys
        u[int(Behaviour::Idle)] = 0.1;
        if (s.held_by == Holder::Caregiver) {
            // A minimising infant neither clings nor resists release: it leans out towards the toys.
            u[int(Behaviour::StayInContact)] = (0.2 + 1.5 * A * (0.6 + 0.4 * gain_)) * (1.0 - 0.8 * minimise_) + 0.3 * maximise_;
            u[int(Behaviour::WantDown)] = inner_.exploration + 1.2 * minimise_;
            if (resist_cooldown_ <= 0.0) u[int(Behaviour::Resist)] = 1.6 * inner_.anger * (0.4 + maximise_);
        } else if (s.held_by == Holder::Stranger) {
            u[int(Behaviour::StayInContact)] = 0.2 + 1.2 * A;
            u[int(Behaviour::WantDown)] = inner_.exploration + 0.3;
        } else {
            u[int(Behaviour::Explore)] = inner_.exploration + divert;
            // With her in the room crying goes with going to her; sitting and crying is mostly
            // what an infant does when she is not there (or, passive, when it maximises).
            u[int(Behaviour::Cry)] = 1.3 * cry * (CaregiverHere(s) ? 0.4 + 0.4 * maximise_ : 1.0);
            if (CaregiverHere(s)) {
                const double d = CaregiverDistance(s);
                u[int(Behaviour::SeekCaregiver)] = 1.2 * a * (1.0 - 0.85 * minimise_) * (0.7 + 0.3 * gain_);
                const bool near_or_new = d < 1.5 || since_entry_s_ < kRecentEntry_s;
                if (near_or_new) u[int(Behaviour::TurnAway)] = 1.3 * minimise_ * (0.3 + a);
                if (resist_cooldown_ <= 0.0 && d < 0.8) u[int(Behaviour::Resist)] = 1.2 * inner_.anger * (0.4 + maximise_);
                const double greeting_time = since_entry_s_ < kRecentEntry_s ? 1.0 : 0.25;
                u[int(Behaviour::GreetFromAfar)] = (0.3 + 0.3 * def_.sociability) * (1.0 - A) * (1.0 - minimise_) * greeting_time;
            } else {
                // The stranger's company and play hold some of the search back (eps 4, 7).
                u[int(Behaviour::Search)] = 0.9 * a * (1.0 - 0.5 * cry) * (1.0 - 0.6 * minimise_) * (StrangerHere(s) ? 0.7 : 1.0);
            }
            if (StrangerHere(s)) {
                const double d = Distance(s.self, s.stranger->pos);
                if (d < 1.0) u[int(Behaviour::Withdraw)] = 1.2 * inner_.wariness;
                u[int(Behaviour::WatchStranger)] = 0.35 * (1.0 - familiarity_);
            }
        }
        // Short bouts end by themselves; everything else gets a commitment bonus.
        const bool bout_over = (current_ == Behaviour::Resist && behaviour_t_ > 3.0) ||
                               (current_ == Behaviour::TurnAway && behaviour_t_ > 2.5) ||
                               (current_ == Behaviour::GreetFromAfar && behaviour_t_ > 2.5);
        if (bout_over) {
            if (current_ == Behaviour::Resist) resist_cooldown_ = 6.0;
            u[int(current_)] = -1e9;
        } else {
            u[int(current_)] += kCommitmentBonus;
            // An approach under way is seen through to her unless something clearly outweighs it.
            if (current_ == Behaviour::SeekCaregiver && CaregiverHere(s) && CaregiverDistance(s) > s.room->reach_m)
                u[int(current_)] += 0.3;
        }
        resist_cooldown_ -= kDecisionInterval_s;

        double top = -1e9;
        for (double v : u) top = std::max(top, v);
        std::array<double, static_cast<int>(Behaviour::Count)> w;
        double total = 0.0;
        for (std::size_t i = 0; i < u.size(); ++i) {
            w[i] = u[i] < -1e8 ? 0.0 : std::exp((u[i] - top) / kTemperature);
            total += w[i];
        }
        double r = rng.Uniform01() * total;
        for (std::size_t i = 0; i < w.size(); ++i) {
            if (r < w[i]) {
                SetBehaviour(static_cast<Behaviour>(i), s, rng);
                return;
            }
            r -= w[i];
        }
    }

    void SetBehaviour(Behaviour b, const InfantSituation& s, Rng& rng) {
        if (b != current_) behaviour_t_ = 0.0;
        if (b == Behaviour::Explore && current_ != Behaviour::Explore) {
            // A toy near where it is, sometimes another one: deterministic given the draws.
            double best = 1e9;
            for (std::size_t i = 0; i < s.room->toys.size(); ++i) {
                const double d = Distance(s.self, s.room->toys[i]) + rng.Uniform(0.0, 0.6);
                if (d < best) { best = d; toy_ = static_cast<int>(i); }
            }
            next_checkback_s_ = rng.Uniform(8.0, 20.0);
        }
        current_ = b;
    }

    InfantIntent Act(const InfantSituation& s, Rng& rng, double dt) {
        InfantIntent it;
        it.cry = inner_.expressed;
        const RoomDef& room = *s.room;
        babble_t_ += dt;
        if (babble_t_ >= 2.0) {
            babble_t_ = 0.0;
            babbling_ = rng.Chance(0.3);
        }
        if (lapse_ != Lapse::None && ActLapse(s, it)) return Finish(it);

        const bool held = s.held_by != Holder::None;
        Behaviour b = current_;
        if (held && b != Behaviour::WantDown && b != Behaviour::Resist) b = Behaviour::StayInContact;
        if (!held && (b == Behaviour::StayInContact || b == Behaviour::WantDown)) b = Behaviour::Idle;
        if (!CaregiverHere(s) && (b == Behaviour::SeekCaregiver || b == Behaviour::TurnAway || b == Behaviour::GreetFromAfar))
            b = Behaviour::Idle;
        if (!StrangerHere(s) && (b == Behaviour::Withdraw || b == Behaviour::WatchStranger)) b = Behaviour::Idle;
        const GazeTarget holder = s.held_by == Holder::Caregiver ? GazeTarget::Caregiver : GazeTarget::Stranger;

        switch (b) {
            case Behaviour::Explore: {
                const Vec2 toy = room.toys[toy_];
                it.action = VisibleAction::Exploring;
                it.gaze = GazeTarget::Toy;
                if (Distance(s.self, toy) > 0.22) {
                    it.move = true;
                    it.move_target = toy;
                }
                // Secure-base checking: a glance back at her now and then, smiling when calm.
                if (CaregiverHere(s)) {
                    next_checkback_s_ -= dt;
                    if (next_checkback_s_ <= 0.0) {
                        checking_s_ = 1.2;
                        next_checkback_s_ = rng.Uniform(10.0, 25.0) * (1.0 + 4.0 * minimise_);
                    }
                    if (checking_s_ > 0.0) {
                        checking_s_ -= dt;
                        it.gaze = GazeTarget::Caregiver;
                        it.move = false;
                    }
                }
                break;
            }
            case Behaviour::SeekCaregiver:
                it.gaze = GazeTarget::Caregiver;
                if (CaregiverDistance(s) > room.reach_m) {
                    it.action = VisibleAction::Approaching;
                    it.move = true;
                    it.move_target = s.caregiver->pos;
                } else {
                    it.action = VisibleAction::Reaching;
                }
                break;
            case Behaviour::StayInContact:
                it.action = VisibleAction::InContact;
                it.gaze = holder;
                break;
            case Behaviour::WantDown:
                it.action = VisibleAction::WantingDown;
                it.gaze = minimise_ > 0.3 ? GazeTarget::Toy : GazeTarget::Toy;
                break;
            case Behaviour::Resist:
                it.action = VisibleAction::Resisting;
                it.gaze = held ? holder : GazeTarget::Caregiver;
                break;
            case Behaviour::TurnAway:
                it.action = VisibleAction::TurningAway;
                it.gaze = GazeTarget::Toy;
                break;
            case Behaviour::GreetFromAfar:
                it.action = VisibleAction::Watching;
                it.gaze = GazeTarget::Caregiver;
                break;
            case Behaviour::Search: {
                it.gaze = GazeTarget::Door;
                it.action = VisibleAction::Searching;
                const Vec2 at_door = room.door + Vec2{0.25, 0.0};
                if (Distance(s.self, at_door) > 0.1) {
                    it.move = true;
                    it.move_target = at_door;
                }
                break;
            }
            case Behaviour::Cry:
                it.action = VisibleAction::Crying;
                it.gaze = CaregiverHere(s) && minimise_ < 0.5 ? GazeTarget::Caregiver : GazeTarget::Door;
                break;
            case Behaviour::Withdraw: {
                it.action = VisibleAction::Withdrawing;
                it.gaze = GazeTarget::Stranger;
                Vec2 away = s.self - s.stranger->pos;
                const double d = away.Length();
                away = d > 1e-6 ? away * (1.0 / d) : Vec2{0.0, -1.0};
                it.move = true;
                it.move_target = ClampToRoom(room, s.self + away * 0.6, 0.15);
                break;
            }
            case Behaviour::WatchStranger:
                it.action = VisibleAction::Watching;
                it.gaze = GazeTarget::Stranger;
                break;
            case Behaviour::Idle:
            case Behaviour::Count:
                // Sitting and looking about: at her now and then, mostly at nothing in particular.
                it.action = VisibleAction::Idle;
                it.gaze = CaregiverHere(s) && minimise_ < 0.5 && behaviour_t_ < 1.5 ? GazeTarget::Caregiver : GazeTarget::None;
                break;
        }
        if (StrangerHere(s) && look_at_stranger_in_s_ <= 0.0 && look_at_stranger_in_s_ > -2.0 && !held) it.gaze = GazeTarget::Stranger;
        // As she comes within reach, an infant that wants contact reaches up to her.
        if (CaregiverHere(s) && !held && CaregiverDistance(s) < 0.6 && inner_.attachment > 0.3 && minimise_ < 0.4 &&
            (b == Behaviour::Idle || b == Behaviour::Cry || b == Behaviour::SeekCaregiver)) {
            it.action = VisibleAction::Reaching;
            it.gaze = GazeTarget::Caregiver;
            it.move = false;
        }
        // Orienting to her entry overrides the gaze, unless it is being suppressed.
        if (CaregiverHere(s) && !held && orient_in_s_ <= 0.0 && orient_in_s_ > -1.5) it.gaze = GazeTarget::Caregiver;
        else if (CaregiverHere(s) && since_entry_s_ < 60.0 && orient_in_s_ > 0.0 && it.gaze == GazeTarget::Caregiver &&
                 b != Behaviour::SeekCaregiver)
            it.gaze = GazeTarget::Toy;  // still not looking at her
        // Smiling and babbling to her belong to greeting her and to glancing back while playing.
        const bool sociable = b == Behaviour::GreetFromAfar || (b == Behaviour::Explore && it.gaze == GazeTarget::Caregiver);
        return Finish(it, b == Behaviour::Resist, sociable);
    }

    // Disorganized lapses override the organised behaviour while they last.
    bool ActLapse(const InfantSituation& s, InfantIntent& it) {
        if (!CaregiverHere(s)) {
            EndLapse();
            return false;
        }
        const double elapsed = lapse_total_ - lapse_t_;
        switch (lapse_) {
            case Lapse::None: return false;
            case Lapse::Freeze:
                it.action = VisibleAction::Freezing;
                it.gaze = GazeTarget::None;
                return true;
            case Lapse::ApproachThenFreeze:
                if (elapsed < 2.0 && CaregiverDistance(s) > s.room->reach_m + 0.2) {
                    it.action = VisibleAction::Approaching;
                    it.gaze = GazeTarget::Caregiver;
                    it.move = true;
                    it.move_target = s.caregiver->pos;
                } else {
                    it.action = VisibleAction::Freezing;
                    it.gaze = GazeTarget::None;
                }
                return true;
            case Lapse::AvertedApproach:
                if (CaregiverDistance(s) > s.room->reach_m) {
                    it.action = VisibleAction::Approaching;
                    it.gaze = GazeTarget::None;  // head turned away from her
                    it.move = true;
                    it.move_target = s.caregiver->pos;
                    return true;
                }
                EndLapse();
                return false;
            case Lapse::Apprehension:
                it.action = VisibleAction::Watching;
                it.gaze = GazeTarget::Caregiver;
                it.affect = Affect::Wary;
                apprehensive_ = true;
                return true;
        }
        return false;
    }

    const InfantIntent& Finish(InfantIntent& it, bool resisting = false, bool sociable = false) {
        if (apprehensive_) {
            apprehensive_ = false;
            it.affect = Affect::Wary;
        } else if (resisting || (inner_.anger > 0.5 && it.cry > 0.2)) {
            it.affect = Affect::Angry;
        } else if (it.cry > 0.2) {
            it.affect = Affect::Distressed;
        } else if (inner_.wariness > 0.3) {
            it.affect = Affect::Wary;
        } else if (it.action == VisibleAction::Freezing) {
            it.affect = Affect::Neutral;
        } else if ((inner_.exploration > 0.4 || sociable) && inner_.arousal < 0.35) {
            it.affect = Affect::Positive;
            it.vocalising = babbling_ || (sociable && inner_.arousal < 0.3);
        }
        return it;
    }

    InfantDef def_;
    WorkingModel w_;
    double minimise_ = 0.0, maximise_ = 0.0, gain_ = 1.0, conflict_weight_ = 0.0;
    InfantInner inner_;
    Behaviour current_ = Behaviour::Idle;
    double behaviour_t_ = 0.0;
    double resist_cooldown_ = 0.0;
    Lapse lapse_ = Lapse::None;
    double lapse_t_ = 0.0, lapse_total_ = 0.0;
    bool apprehensive_ = false;
    int toy_ = 1;
    double decide_t_ = kDecisionInterval_s;
    double strangeness_ = 0.3;
    double familiarity_ = 0.0;
    double babble_t_ = 0.0;
    bool babbling_ = false;
    bool caregiver_was_here_ = false;
    bool stranger_was_here_ = false;
    double look_at_stranger_in_s_ = -10.0;
    double since_entry_s_ = 1e9;
    double orient_in_s_ = -10.0;
    bool frightened_now_ = false, was_frightened_ = false, fright_pending_ = false;
    double next_checkback_s_ = 10.0;
    double checking_s_ = 0.0;
};

}  // namespace

std::unique_ptr<Infant> MakeInfant(const InfantDef& def, const WorkingModel& learned) {
    return std::make_unique<AttachmentInfant>(def, learned);
}

}  // namespace sb
