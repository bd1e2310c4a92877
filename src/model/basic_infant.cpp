// BasicInfant: the first infant model — felt security, arousal (fast and slow), wariness and a
// small set of behaviours chosen by utility. No history and no style: how it behaves follows only
// from the situation, its temperament and what the adults actually do. See docs/model.md.
#include <algorithm>
#include <array>
#include <cmath>

#include "model/infant.h"

namespace sb {

namespace {

double Clamp01(double v) { return std::clamp(v, 0.0, 1.0); }

// Exponential approach of x towards target with time constant tau (s).
double Relax(double x, double target, double tau, double dt) { return x + (target - x) * (1.0 - std::exp(-dt / tau)); }

enum class Behaviour { Explore, SeekCaregiver, StayInContact, Search, Cry, Withdraw, WatchStranger, Idle, Count };

constexpr double kDecisionInterval_s = 0.5;
constexpr double kCommitmentBonus = 0.15;  // keeps the current behaviour unless another is clearly better
constexpr double kTemperature = 0.08;      // softmax temperature: some chance, not jitter
constexpr double kCryOnset = 0.55;         // arousal at which crying starts
constexpr double kCrySpan = 0.35;          // arousal above onset for full-intensity crying

class BasicInfant final : public Infant {
public:
    explicit BasicInfant(const InfantDef& def) : def_(def) {}

    InfantIntent Step(const InfantSituation& s, Rng& rng, double dt) override {
        Appraise(s, dt);
        decide_t_ += dt;
        if (decide_t_ >= kDecisionInterval_s) {
            decide_t_ = 0.0;
            Choose(s, rng);
        }
        return Act(s, rng, dt);
    }

    InfantInner Inner() const override { return inner_; }

private:
    bool CaregiverHere(const InfantSituation& s) const { return s.caregiver && s.caregiver->present; }
    bool StrangerHere(const InfantSituation& s) const { return s.stranger && s.stranger->present; }

    void Appraise(const InfantSituation& s, double dt) {
        // Strangeness of the room habituates over the first minutes.
        strangeness_ = 0.3 * std::exp(-s.time_in_room_s / 120.0);
        // Familiarity with the stranger grows while she is present.
        if (StrangerHere(s)) familiarity_ = Relax(familiarity_, 1.0, 150.0, dt);

        // Felt security: the caregiver's presence and nearness (Bowlby; Bischof's security loop).
        double security_target;
        if (s.held_by == Holder::Caregiver) {
            security_target = 1.0;
        } else if (CaregiverHere(s)) {
            const double d = Distance(s.self, s.caregiver->pos);
            security_target = 0.9 - 0.25 * Clamp01((d - 0.5) / 2.0);
        } else {
            security_target = 0.15;
            if (StrangerHere(s)) security_target += 0.2 * def_.sociability * familiarity_;
            if (s.held_by == Holder::Stranger) security_target += 0.15;
        }
        inner_.felt_security = Relax(inner_.felt_security, security_target, 4.0, dt);

        // Wariness of the stranger: stronger close up, eased by sociability and familiarity.
        double wary_target = strangeness_;
        if (StrangerHere(s)) {
            const double d = Distance(s.self, s.stranger->pos);
            wary_target += (1.0 - def_.sociability) * 0.8 * std::exp(-d / 1.2) * (1.0 - 0.6 * familiarity_);
        }
        inner_.wariness = Relax(inner_.wariness, Clamp01(wary_target), 2.0, dt);

        // Arousal rises with insecurity and wariness, falls with comfort and self-regulation.
        const double drive = 0.9 * (1.0 - inner_.felt_security) + 0.6 * inner_.wariness - 0.35;
        const double rise_rate = 0.04 * (0.5 + def_.reactivity);
        double da = drive > 0.0 ? rise_rate * drive * (1.0 - inner_.arousal) : rise_rate * drive * inner_.arousal;
        da -= s.comfort * 0.08 * (0.5 + def_.soothability) * inner_.arousal;
        inner_.arousal = Clamp01(inner_.arousal + da * dt);
        inner_.arousal_slow = Relax(inner_.arousal_slow, inner_.arousal, 120.0, dt);

        // Bischof's security loop: the set-point ("dependency") rises with arousal, so a stressed
        // infant needs the caregiver closer — in contact — before it feels secure enough.
        const double set_point = 0.45 + 0.9 * inner_.arousal;
        inner_.attachment = Clamp01(2.5 * (set_point - inner_.felt_security));
        const double prompt = s.play_prompted ? 0.15 : 0.0;
        const double calm = 1.0 - inner_.arousal;
        inner_.exploration = Clamp01(inner_.felt_security * calm * calm * (0.6 + 0.8 * def_.curiosity) -
                                     0.2 * inner_.attachment - 0.5 * inner_.wariness + prompt);
        // This first infant expresses openly: what it shows is what it feels.
        inner_.expressed = Clamp01((inner_.arousal - kCryOnset) / kCrySpan);
    }

    void Choose(const InfantSituation& s, Rng& rng) {
        std::array<double, static_cast<int>(Behaviour::Count)> u;
        u.fill(-1e9);
        const bool held = s.held_by != Holder::None;
        const double a = inner_.attachment;
        const double cry = inner_.expressed;
        u[int(Behaviour::Idle)] = 0.1;
        if (held) {
            // Contact is kept while arousal is high; the infant wants down once it has calmed.
            u[int(Behaviour::StayInContact)] = 0.2 + 1.5 * inner_.arousal + a;
            u[int(Behaviour::Explore)] = inner_.exploration;  // wanting down to play
        } else {
            u[int(Behaviour::Explore)] = inner_.exploration;
            u[int(Behaviour::Cry)] = 1.3 * cry;
            if (CaregiverHere(s)) {
                u[int(Behaviour::SeekCaregiver)] = 1.2 * a;
            } else {
                u[int(Behaviour::Search)] = 0.9 * a * (1.0 - cry);
            }
            if (StrangerHere(s)) {
                const double d = Distance(s.self, s.stranger->pos);
                u[int(Behaviour::Withdraw)] = d < 1.0 ? 1.2 * inner_.wariness : -1e9;
                u[int(Behaviour::WatchStranger)] = 0.35 * (1.0 - familiarity_);
            }
        }
        u[int(current_)] += kCommitmentBonus;

        // Softmax choice; the largest utility is subtracted so exp never overflows.
        double top = -1e9;
        for (double v : u) top = std::max(top, v);
        double total = 0.0;
        std::array<double, static_cast<int>(Behaviour::Count)> w;
        for (std::size_t i = 0; i < u.size(); ++i) {
            w[i] = u[i] < -1e8 ? 0.0 : std::exp((u[i] - top) / kTemperature);
            total += w[i];
        }
        double r = rng.Uniform01() * total;
        for (std::size_t i = 0; i < w.size(); ++i) {
            if (r < w[i]) {
                SetBehaviour(static_cast<Behaviour>(i), s);
                return;
            }
            r -= w[i];
        }
    }

    void SetBehaviour(Behaviour b, const InfantSituation& s) {
        if (b == Behaviour::Explore && current_ != Behaviour::Explore) {
            // Pick the nearest toy; the toys are fixed so this is deterministic.
            double best = 1e9;
            for (std::size_t i = 0; i < s.room->toys.size(); ++i) {
                const double d = Distance(s.self, s.room->toys[i]);
                if (d < best) { best = d; toy_ = static_cast<int>(i); }
            }
        }
        current_ = b;
    }

    InfantIntent Act(const InfantSituation& s, Rng& rng, double dt) {
        InfantIntent it;
        it.cry = inner_.expressed;
        const bool held = s.held_by != Holder::None;
        const RoomDef& room = *s.room;
        babble_t_ += dt;
        if (babble_t_ >= 2.0) {
            babble_t_ = 0.0;
            babbling_ = rng.Chance(0.3);
        }
        switch (held ? (current_ == Behaviour::Explore ? Behaviour::Explore : Behaviour::StayInContact) : current_) {
            case Behaviour::Explore:
                if (held) {
                    it.action = VisibleAction::WantingDown;
                    it.gaze = GazeTarget::Toy;
                } else {
                    const Vec2 toy = room.toys[toy_];
                    it.gaze = GazeTarget::Toy;
                    it.action = VisibleAction::Exploring;
                    if (Distance(s.self, toy) > 0.22) {
                        it.move = true;
                        it.move_target = toy;
                    }
                }
                break;
            case Behaviour::StayInContact:
                it.action = VisibleAction::InContact;
                it.gaze = s.held_by == Holder::Caregiver ? GazeTarget::Caregiver : GazeTarget::Stranger;
                break;
            case Behaviour::SeekCaregiver:
                it.gaze = GazeTarget::Caregiver;
                if (Distance(s.self, s.caregiver->pos) > room.reach_m) {
                    it.action = VisibleAction::Approaching;
                    it.move = true;
                    it.move_target = s.caregiver->pos;
                } else {
                    it.action = VisibleAction::Reaching;
                }
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
                it.gaze = CaregiverHere(s) ? GazeTarget::Caregiver : GazeTarget::Door;
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
                it.action = VisibleAction::Idle;
                it.gaze = CaregiverHere(s) ? GazeTarget::Caregiver : GazeTarget::None;
                break;
        }
        if (it.cry > 0.2) {
            it.affect = Affect::Distressed;
        } else if (inner_.wariness > 0.3) {
            it.affect = Affect::Wary;
        } else if (inner_.exploration > 0.45 && inner_.arousal < 0.3) {
            it.affect = Affect::Positive;
            it.vocalising = babbling_;
        }
        return it;
    }

    InfantDef def_;
    InfantInner inner_{0.1, 0.1, 0.9, 0.0, 0.5, 0.1, 0.0};
    Behaviour current_ = Behaviour::Idle;
    int toy_ = 1;
    double decide_t_ = kDecisionInterval_s;  // decide on the first step
    double strangeness_ = 0.3;
    double familiarity_ = 0.0;
    double babble_t_ = 0.0;
    bool babbling_ = false;
};

}  // namespace

std::unique_ptr<Infant> MakeInfant(const InfantDef& def) { return std::make_unique<BasicInfant>(def); }

}  // namespace sb
