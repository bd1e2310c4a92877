// AttachmentInfant: the infant in the procedure (docs/model.md, "In the procedure"). Felt
// security, arousal with a slow component, wariness and anger drive the attachment, exploration,
// wariness and affiliative systems; the learned strategy sets how much of the attachment activation
// is shown; a frightening caregiver adds an approach-flight conflict that breaks through as
// disorganized lapses; the HPA axis turns what it cannot regulate into lagged cortisol, which
// nothing reads back. No attachment style is read anywhere: only the learned WorkingModel.
#include <algorithm>
#include <array>
#include <cmath>

#include "model/cortisol.h"
#include "model/infant.h"
#include "model/relaxation.h"

namespace sb {

namespace {

double Clamp01(double v) { return std::clamp(v, 0.0, 1.0); }

enum class Behaviour {
    Explore, SeekCaregiver, StayInContact, WantDown, Resist, TurnAway, GreetFromAfar,
    Search, Cry, Withdraw, WatchStranger, Idle, Count
};
enum class Lapse { None, Freeze, AvertedApproach, ApproachThenFreeze, Apprehension };

// Bookkeeping, not model constants: a utility that rules a behaviour out, and where a countdown
// is parked once its moment has passed (well below any look's window).
constexpr double kExcluded = -1e9;
constexpr double kExcludedBelow = -1e8;
constexpr double kParked_s = -10.0;
// The temperament scales' typical value (InfantDef): traits shift a rate or a level around it.
constexpr double kTypicalTrait = 0.5;

class AttachmentInfant final : public Infant {
public:
    AttachmentInfant(const InfantDef& def, const WorkingModel& w, const InfantModelDef& model)
        : def_(def), w_(w), m_(model) {
        // How strongly each deviation from open expression shapes behaviour: a moderately
        // minimising policy already turns attention away; maximising shows only beyond a margin.
        SetOccasionStrategy(w.strategy);
        // Only a caregiver who has been a real source of alarm produces conflict (threat above the onset).
        const double t = Clamp01((w.threat - m_.conflict_threat_onset) / m_.conflict_threat_span);
        // Frightening care is not the only root: where even the best way of signalling has brought
        // little relief, distress has no organised outlet either (van IJzendoorn et al. 1999).
        const double best = std::max({w.value[0], w.value[1], w.value[2]});
        const double u = Clamp01((m_.unresolved_value_onset - best) / m_.unresolved_value_span);
        conflict_weight_ = t * t;
        // A caregiver with good days and bad days is a second source of unresolvable conflict: the
        // same bid meets comfort one day and nothing the next (disrupted communication: Lyons-Ruth & Jacobvitz 1999).
        const double unpredictable = 1.0 - w.predictability;
        unresolved_weight_ = std::min(1.0, m_.unresolved_conflict * u * u + m_.unpredictability_conflict * unpredictable * unpredictable);
        inner_ = InfantInner{m_.initial_arousal, m_.initial_arousal, m_.initial_felt_security, 0.0, m_.initial_exploration,
                             m_.initial_wariness, 0.0, 0.0, 0.0, false};
        inner_.hpa_buffering = CortisolBuffering(w, m_);
        decide_t_ = m_.decision_interval_s;  // the first choice is made at once
        strangeness_ = m_.room_strangeness;
        next_checkback_s_ = m_.checkback_min_s;
    }

    InfantIntent Step(const InfantSituation& s, Rng& rng, double dt) override {
        if (dt != shares_.dt) shares_ = StepShares(m_, dt);
        Perceive(s, rng, dt);
        Appraise(s, dt);
        decide_t_ += dt;
        behaviour_t_ += dt;
        if (lapse_ != Lapse::None) {
            lapse_t_ -= dt;
            if (lapse_t_ <= 0.0) EndLapse();
        }
        if (decide_t_ >= m_.decision_interval_s) {
            decide_t_ = 0.0;
            MaybeLapse(s, rng);
            if (lapse_ == Lapse::None) Choose(s, rng);
        }
        const InfantIntent intent = Act(s, rng, dt);
        // Physiology last, from the state this step left: behaviour never reads it back.
        StepCortisol(inner_, m_, shares_.cortisol);
        return intent;
    }

    InfantInner Inner() const override { return inner_; }

private:
    // How the learned strategy shows on this occasion. Real infants' two reunions agree only
    // moderately: the strategy is a tendency, and each of her entries draws a fresh occasion around it.
    void SetOccasionStrategy(double strategy) {
        minimise_ = Clamp01(m_.minimise_gain * std::max(0.0, -strategy));
        maximise_ = Clamp01((strategy - m_.maximise_onset) / m_.maximise_span +
                            m_.unpredictability_maximise * (1.0 - w_.predictability) * (1.0 - minimise_));
        gain_ = 1.0 + m_.expression_slope * strategy;
    }

    // Stress accumulates: sustained arousal keeps the set-point and the wish for contact raised
    // after arousal itself has fallen.
    double FeltArousal() const { return std::max(inner_.arousal, m_.sustained_carryover * inner_.sustained_arousal); }

    // Ainsworth's C2 infants "use signals rather than active approach": the less active an infant,
    // the more often it cries where another reaches up, and lies in the arms instead of holding on.
    double Mobility() const { return 1.0 + m_.activity_locomotion * (def_.activity - kTypicalTrait); }
    double ActiveSignalChance() const { return Clamp01((Mobility() - m_.active_signal_mobility) / m_.active_signal_span); }

    bool CaregiverHere(const InfantSituation& s) const { return s.caregiver && s.caregiver->present; }
    bool StrangerHere(const InfantSituation& s) const { return s.stranger && s.stranger->present; }
    double CaregiverDistance(const InfantSituation& s) const { return Distance(s.self, s.caregiver->pos); }

    // Events the infant notices: her coming and going, frightening moments.
    void Perceive(const InfantSituation& s, Rng& rng, double dt) {
        const bool here = CaregiverHere(s);
        if (here && !caregiver_was_here_) {
            since_entry_s_ = 0.0;
            // On this occasion does it reach up to her, or signal only by crying (a passive infant)?
            reaches_ = rng.Chance(ActiveSignalChance());
            if (entries_++ > 0) {
                double strategy = w_.strategy + rng.Normal(0.0, m_.occasion_sd);
                // Deactivation holds under moderate stress, not under overwhelming stress: after a
                // separation that overwhelmed it, a minimising infant's attachment behaviour breaks through.
                const double overwhelmed = Clamp01((inner_.sustained_arousal - m_.breakthrough_onset) / m_.breakthrough_span);
                if (strategy < 0.0) strategy *= 1.0 - m_.minimise_breakthrough * overwhelmed;
                SetOccasionStrategy(strategy);
            }
            // Orienting to her return: prompt for an open or maximising infant; a minimising one
            // keeps its attention on the toys, often for long (the visible face of deactivation).
            orient_in_s_ = rng.Exponential(m_.orient_delay_mean_s) +
                           (rng.Chance(std::min(1.0, m_.orient_suppress_gain * minimise_))
                                ? rng.Uniform(m_.orient_suppress_min_s,
                                              m_.orient_suppress_max_s + m_.orient_suppress_per_minimise_s * minimise_)
                                : 0.0);
        }
        // Her going out alarms an infant in proportion to how new being left is to it.
        if (!here && caregiver_was_here_)
            inner_.arousal = Clamp01(inner_.arousal + m_.departure_alarm * (1.0 - w_.separation_confidence) * (m_.trait_offset + def_.reactivity));
        caregiver_was_here_ = here;
        // A stranger coming in draws every infant's eyes for a moment.
        const bool stranger_here = StrangerHere(s);
        if (stranger_here && !stranger_was_here_) look_at_stranger_in_s_ = rng.Exponential(m_.stranger_look_delay_mean_s);
        stranger_was_here_ = stranger_here;
        if (look_at_stranger_in_s_ > -m_.stranger_look_s) look_at_stranger_in_s_ -= dt;
        since_entry_s_ += dt;
        if (orient_in_s_ > kParked_s) orient_in_s_ -= dt;  // counts down through the look and stops
        frightened_now_ = here && (s.caregiver->action == VisibleAction::Looming ||
                                   s.caregiver->action == VisibleAction::Dissociating);
        if (frightened_now_ && !was_frightened_) {
            inner_.arousal = Clamp01(inner_.arousal + m_.fright_arousal_jump * (m_.trait_offset + def_.reactivity));
            fright_pending_ = true;
        }
        was_frightened_ = frightened_now_;
    }

    void Appraise(const InfantSituation& s, double dt) {
        strangeness_ = m_.room_strangeness * std::exp(-s.time_in_room_s / m_.strangeness_habituation_s);
        if (StrangerHere(s)) familiarity_ = RelaxBy(familiarity_, 1.0, shares_.familiarisation);

        // Felt security: her presence and nearness, weighed by how available the infant expects her
        // to be, and lowered near her when she has been a source of alarm.
        double target;
        if (s.held_by == Holder::Caregiver) {
            target = m_.security_held_base + m_.security_held_availability * w_.availability - m_.security_held_threat * w_.threat;
        } else if (CaregiverHere(s)) {
            const double d = CaregiverDistance(s);
            target = refuel_ * m_.refuel_security + m_.security_present_base + m_.security_present_availability * w_.availability -
                     m_.security_distance_weight * Clamp01((d - m_.security_distance_onset_m) / m_.security_distance_span_m) -
                     m_.security_present_threat * w_.threat * exp_caregiver_(-d);
        } else {
            target = m_.security_absent + m_.security_absent_confidence * w_.separation_confidence *
                                              (StrangerHere(s) ? 1.0 : m_.alone_confidence_share);
            if (StrangerHere(s)) target += m_.security_stranger_company * def_.sociability * familiarity_;
            if (s.held_by == Holder::Stranger) target += m_.security_stranger_held;
        }
        inner_.felt_security = RelaxBy(inner_.felt_security, Clamp01(target), shares_.security);
        // A visit to her (held, or within reach) refuels; it fades over a minute or so.
        const bool with_her = s.held_by == Holder::Caregiver || (CaregiverHere(s) && CaregiverDistance(s) < m_.reach_up_distance_m);
        refuel_ = with_her ? 1.0 : RelaxBy(refuel_, 0.0, shares_.refuel);

        double wary = strangeness_;
        if (StrangerHere(s)) {
            const double d = Distance(s.self, s.stranger->pos);
            wary += (1.0 - def_.sociability) * m_.stranger_wariness * exp_stranger_(-d / m_.stranger_wariness_distance_m) *
                    (1.0 - m_.familiarity_relief * familiarity_) * (1.0 - m_.others_wariness_relief * w_.others_familiarity);
        }
        inner_.wariness = RelaxBy(inner_.wariness, Clamp01(wary), shares_.wariness);

        const double set_point = m_.set_point_base + m_.set_point_arousal * FeltArousal();  // Bischof's dependency
        inner_.attachment = Clamp01(m_.attachment_gain * (set_point - inner_.felt_security));

        // Arousal: insecurity and wariness raise it; suppressing the attachment signals costs
        // arousal too (minimising lowers what is shown, not what is felt); comfort lowers it in
        // proportion to the trust the infant has learned, less when it is angry.
        const double suppression = CaregiverHere(s) ? m_.suppression_cost * minimise_ * inner_.attachment : 0.0;
        const double drive = m_.drive_insecurity * (1.0 - inner_.felt_security) + m_.drive_wariness * inner_.wariness -
                             m_.drive_offset + m_.drive_reactivity * (def_.reactivity - kTypicalTrait) + suppression;
        const double rise = m_.arousal_rate * (m_.trait_offset + def_.reactivity);
        double da = drive > 0.0 ? rise * drive * (1.0 - inner_.arousal) : rise * drive * inner_.arousal;
        da -= rise * m_.arousal_recovery * inner_.arousal;
        // Comfort works in proportion to trust: learned with her; not learned with the stranger.
        const double trust = s.held_by == Holder::Stranger ? m_.stranger_comfort_trust * (1.0 - m_.stranger_trust_familiarity * (1.0 - w_.others_familiarity))
                                                           : m_.comfort_trust_base + m_.comfort_trust_availability * w_.availability;
        da -= s.comfort * trust * (1.0 - m_.anger_comfort_block * inner_.anger) * m_.comfort_rate *
              (m_.trait_offset + def_.soothability) * inner_.arousal;
        // Turning attention from her to the toys regulates a minimising infant a little in her
        // presence (its learned alternative to comfort). Alone it does not: physiologically an
        // avoidant infant is as stressed by separation as a secure one (Spangler & Grossmann 1993).
        if (current_ == Behaviour::Explore && CaregiverHere(s)) da -= m_.diversion_relief_rate * minimise_ * inner_.arousal;
        inner_.arousal = Clamp01(inner_.arousal + da * dt);
        inner_.sustained_arousal = RelaxBy(inner_.sustained_arousal, inner_.arousal, shares_.sustained_arousal);

        // Anger: a maximising infant whose caregiver is unpredictable grows angry while distressed.
        const double distress_anger = m_.distress_anger * std::max(0.0, inner_.sustained_arousal - m_.distress_anger_onset);
        const double anger_up = m_.anger_rate * inner_.arousal *
                                (maximise_ * (1.0 - m_.predictability_anger_relief * w_.predictability) + distress_anger);
        inner_.anger = Clamp01(inner_.anger + (anger_up - m_.anger_decay_rate * inner_.anger * (1.0 - inner_.arousal)) * dt);

        // Toward a frightening caregiver the conflict is there whenever she is; without a strategy
        // that brings relief it breaks through only as she returns, with attachment activated.
        const bool arriving = since_entry_s_ < m_.recent_entry_s;
        inner_.conflict = CaregiverHere(s) ? Clamp01(conflict_weight_ * std::max(inner_.attachment, arriving ? m_.conflict_floor_after_entry
                                                                                                              : m_.conflict_floor) +
                                                     (arriving ? unresolved_weight_ * inner_.attachment : 0.0))
                                          : 0.0;

        const double calm = 1.0 - inner_.arousal;
        const double prompt = s.play_prompted ? m_.play_prompt_pull : 0.0;
        inner_.exploration = Clamp01(inner_.felt_security * calm * calm * (m_.exploration_base + m_.exploration_curiosity * def_.curiosity) -
                                     m_.exploration_attachment_suppression * inner_.attachment -
                                     m_.exploration_wariness_suppression * inner_.wariness + prompt);
        // What is shown: arousal scaled by the learned expression gain.
        const double shown = inner_.arousal * (m_.shown_base + m_.shown_slope * gain_);
        inner_.expressed = Clamp01((shown - m_.cry_onset) / m_.cry_span);
    }

    void MaybeLapse(const InfantSituation& s, Rng& rng) {
        if (lapse_ != Lapse::None || !CaregiverHere(s) || s.held_by != Holder::None) {
            fright_pending_ = false;
            return;
        }
        // Hazard per decision: the conflict between approach and flight breaks through.
        double p = m_.lapse_hazard * inner_.conflict * (1.0 + m_.lapse_stress_gain * inner_.sustained_arousal);
        if (fright_pending_) p = std::max(p, m_.fright_lapse_base + m_.fright_lapse_threat * w_.threat);
        fright_pending_ = false;
        if (!rng.Chance(p)) return;
        const double r = rng.Uniform01();
        if (r < m_.lapse_freeze_below) StartLapse(Lapse::Freeze, rng.Uniform(m_.freeze_min_s, m_.freeze_max_s));
        else if (r < m_.lapse_approach_freeze_below)
            StartLapse(Lapse::ApproachThenFreeze, rng.Uniform(m_.approach_freeze_min_s, m_.approach_freeze_max_s));
        else if (r < m_.lapse_averted_below) StartLapse(Lapse::AvertedApproach, m_.averted_approach_s);
        else StartLapse(Lapse::Apprehension, rng.Uniform(m_.apprehension_min_s, m_.apprehension_max_s));
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
        u.fill(kExcluded);
        const double a = inner_.attachment;
        const double A = inner_.arousal;
        const double felt = FeltArousal();
        const double cry = inner_.expressed;
        // Anger shows as resistance when the infant is upset, not in a calm moment.
        const double upset = Clamp01(A / m_.resist_arousal_full);
        const double divert = m_.diversion_weight * minimise_ * a;  // attention turned to the toys
        // A passive infant signals from where it is; an active one crawls (Ainsworth's C2 are passive).
        const double mobile = Mobility();
        u[int(Behaviour::Idle)] = m_.idle_utility;
        if (s.held_by == Holder::Caregiver) {
            // A minimising infant neither clings nor resists release: it leans out towards the toys.
            u[int(Behaviour::StayInContact)] =
                (m_.contact_base + m_.contact_arousal * felt * (m_.contact_gain_base + m_.contact_gain_slope * gain_)) *
                    (1.0 - m_.contact_minimise_damping * minimise_) * mobile +
                m_.contact_maximise * maximise_;
            u[int(Behaviour::WantDown)] = inner_.exploration + m_.want_down_minimise * minimise_;
            if (resist_cooldown_ <= 0.0) u[int(Behaviour::Resist)] = m_.resist_held_weight * inner_.anger * (m_.resist_base + maximise_) * upset;
        } else if (s.held_by == Holder::Stranger) {
            u[int(Behaviour::StayInContact)] = m_.stranger_contact_base + m_.stranger_contact_arousal * A;
            // In the stranger's arms a distressed infant wants its caregiver, not her.
            u[int(Behaviour::WantDown)] = inner_.exploration + m_.stranger_want_down + m_.stranger_want_caregiver * a;
        } else {
            u[int(Behaviour::Explore)] = inner_.exploration + divert;
            // With her in the room crying goes with going to her; sitting and crying is mostly
            // what an infant does when she is not there (or, passive, when it maximises).
            u[int(Behaviour::Cry)] = m_.cry_weight * cry *
                                     (CaregiverHere(s) ? (m_.cry_present_base + m_.cry_present_maximise * maximise_) * (2.0 - mobile) : 1.0);
            if (CaregiverHere(s)) {
                const double d = CaregiverDistance(s);
                u[int(Behaviour::SeekCaregiver)] = m_.seek_weight * a * (1.0 - m_.seek_minimise_damping * minimise_) *
                                                   (m_.seek_gain_base + m_.seek_gain_slope * gain_) * mobile;
                const bool near_or_new = d < m_.turn_away_distance_m || since_entry_s_ < m_.recent_entry_s;
                if (near_or_new) u[int(Behaviour::TurnAway)] = m_.turn_away_weight * minimise_ * (m_.turn_away_base + a);
                if (resist_cooldown_ <= 0.0 && d < m_.resist_distance_m)
                    u[int(Behaviour::Resist)] = m_.resist_weight * inner_.anger * (m_.resist_base + maximise_) * upset;
                const double greeting_time = since_entry_s_ < m_.recent_entry_s ? 1.0 : m_.greet_late_factor;
                u[int(Behaviour::GreetFromAfar)] =
                    (m_.greet_base + m_.greet_sociability * def_.sociability) * (1.0 - A) * (1.0 - minimise_) * greeting_time;
            } else {
                // The stranger's company and play hold some of the search back (eps 4, 7).
                u[int(Behaviour::Search)] = m_.search_weight * a * (1.0 - m_.search_cry_damping * cry) *
                                            (1.0 - m_.search_minimise_damping * minimise_) *
                                            (StrangerHere(s) ? m_.search_with_stranger : 1.0) * mobile;
            }
            if (StrangerHere(s)) {
                const double d = Distance(s.self, s.stranger->pos);
                if (d < m_.withdraw_distance_m) u[int(Behaviour::Withdraw)] = m_.withdraw_weight * inner_.wariness;
                u[int(Behaviour::WatchStranger)] = m_.watch_stranger_weight * (1.0 - familiarity_);
            }
        }
        // Short bouts end by themselves; everything else gets a commitment bonus.
        const bool bout_over = (current_ == Behaviour::Resist && behaviour_t_ > m_.resist_bout_s) ||
                               (current_ == Behaviour::TurnAway && behaviour_t_ > m_.turn_away_bout_s) ||
                               (current_ == Behaviour::GreetFromAfar && behaviour_t_ > m_.greet_bout_s);
        if (bout_over) {
            if (current_ == Behaviour::Resist) resist_cooldown_ = m_.resist_cooldown_s;
            u[int(current_)] = kExcluded;
        } else {
            u[int(current_)] += m_.commitment_bonus;
            // An approach under way is seen through to her unless something clearly outweighs it.
            if (current_ == Behaviour::SeekCaregiver && CaregiverHere(s) && CaregiverDistance(s) > m_.within_reach_m)
                u[int(current_)] += m_.approach_commitment_bonus;
        }
        resist_cooldown_ -= m_.decision_interval_s;

        double top = kExcluded;
        for (double v : u) top = std::max(top, v);
        std::array<double, static_cast<int>(Behaviour::Count)> w;
        double total = 0.0;
        for (std::size_t i = 0; i < u.size(); ++i) {
            w[i] = u[i] < kExcludedBelow ? 0.0 : std::exp((u[i] - top) / m_.choice_temperature);
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
        // Held, does it hold on this time? Less often in the stranger's arms: attachment is specific.
        if (b == Behaviour::StayInContact)
            clinging_ = rng.Chance(ActiveSignalChance() * (s.held_by == Holder::Stranger ? m_.stranger_cling_share : 1.0));
        if (b == Behaviour::Explore && current_ != Behaviour::Explore) {
            // A toy near where it is, sometimes another one: deterministic given the draws.
            double best = 1e9;
            for (std::size_t i = 0; i < s.room->toys.size(); ++i) {
                const double d = Distance(s.self, s.room->toys[i]) + rng.Uniform(0.0, m_.toy_choice_noise_m);
                if (d < best) { best = d; toy_ = static_cast<int>(i); }
            }
            next_checkback_s_ = rng.Uniform(m_.first_checkback_min_s, m_.first_checkback_max_s);
        }
        current_ = b;
    }

    InfantIntent Act(const InfantSituation& s, Rng& rng, double dt) {
        InfantIntent it;
        it.cry = inner_.expressed;
        const RoomDef& room = *s.room;
        babble_t_ += dt;
        if (babble_t_ >= m_.babble_interval_s) {
            babble_t_ = 0.0;
            babbling_ = rng.Chance(m_.babble_chance);
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
                if (Distance(s.self, toy) > m_.toy_arrival_m) {
                    it.move = true;
                    it.move_target = toy;
                }
                // Secure-base checking: a glance back at her now and then, smiling when calm.
                if (CaregiverHere(s)) {
                    next_checkback_s_ -= dt;
                    if (next_checkback_s_ <= 0.0) {
                        checking_s_ = m_.checkback_look_s;
                        next_checkback_s_ = rng.Uniform(m_.checkback_min_s, m_.checkback_max_s) *
                                            (1.0 + m_.checkback_minimise_slowing * minimise_);
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
                if (CaregiverDistance(s) > m_.within_reach_m) {
                    it.action = VisibleAction::Approaching;
                    it.move = true;
                    it.move_target = s.caregiver->pos;
                } else {
                    // Arrived: it reaches up, or (a passive occasion) waits at her feet looking up.
                    it.action = reaches_ ? VisibleAction::Reaching : VisibleAction::Watching;
                }
                break;
            case Behaviour::StayInContact:
                it.action = clinging_ ? VisibleAction::InContact : VisibleAction::HeldPassively;
                it.gaze = holder;
                break;
            case Behaviour::WantDown:
                it.action = VisibleAction::WantingDown;
                // Leaning out of the stranger's arms towards the door when it is her it wants.
                it.gaze = s.held_by == Holder::Stranger && inner_.attachment > inner_.exploration ? GazeTarget::Door : GazeTarget::Toy;
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
                const Vec2 at_door = room.door + Vec2{m_.search_spot_inside_door_m, 0.0};
                if (Distance(s.self, at_door) > m_.search_arrival_m) {
                    it.move = true;
                    it.move_target = at_door;
                }
                break;
            }
            case Behaviour::Cry:
                it.action = VisibleAction::Crying;
                it.gaze = CaregiverHere(s) && minimise_ < m_.look_minimise_max ? GazeTarget::Caregiver : GazeTarget::Door;
                break;
            case Behaviour::Withdraw: {
                it.action = VisibleAction::Withdrawing;
                it.gaze = GazeTarget::Stranger;
                Vec2 away = s.self - s.stranger->pos;
                const double d = away.Length();
                away = d > 1e-6 ? away * (1.0 / d) : Vec2{0.0, -1.0};
                it.move = true;
                it.move_target = ClampToRoom(room, s.self + away * m_.withdraw_step_m, m_.withdraw_wall_margin_m);
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
                it.gaze = CaregiverHere(s) && minimise_ < m_.look_minimise_max && behaviour_t_ < m_.idle_look_s ? GazeTarget::Caregiver
                                                                                                       : GazeTarget::None;
                break;
        }
        if (StrangerHere(s) && look_at_stranger_in_s_ <= 0.0 && look_at_stranger_in_s_ > -m_.stranger_look_s && !held)
            it.gaze = GazeTarget::Stranger;
        // As she comes within reach, an infant that wants contact reaches up to her.
        if (CaregiverHere(s) && !held && reaches_ && CaregiverDistance(s) < m_.reach_up_distance_m && inner_.attachment > m_.reach_up_attachment &&
            minimise_ < m_.reach_up_minimise_max &&
            (b == Behaviour::Idle || b == Behaviour::Cry || b == Behaviour::SeekCaregiver)) {
            it.action = VisibleAction::Reaching;
            it.gaze = GazeTarget::Caregiver;
            it.move = false;
        }
        // Orienting to her entry overrides the gaze, unless it is being suppressed.
        if (CaregiverHere(s) && !held && orient_in_s_ <= 0.0 && orient_in_s_ > -m_.orient_look_s) it.gaze = GazeTarget::Caregiver;
        else if (CaregiverHere(s) && since_entry_s_ < m_.orient_suppression_window_s && orient_in_s_ > 0.0 && it.gaze == GazeTarget::Caregiver &&
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
                if (elapsed < m_.approach_freeze_approach_s && CaregiverDistance(s) > m_.within_reach_m + m_.approach_freeze_margin_m) {
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
                if (CaregiverDistance(s) > m_.within_reach_m) {
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
        } else if (resisting || (inner_.anger > m_.angry_anger && it.cry > m_.distressed_cry)) {
            it.affect = Affect::Angry;
        } else if (it.cry > m_.distressed_cry) {
            it.affect = Affect::Distressed;
        } else if (inner_.wariness > m_.wary_wariness) {
            it.affect = Affect::Wary;
        } else if (it.action == VisibleAction::Freezing) {
            it.affect = Affect::Neutral;
        } else if ((inner_.exploration > m_.positive_exploration || sociable) && inner_.arousal < m_.positive_arousal_max) {
            it.affect = Affect::Positive;
            it.vocalising = babbling_ || (sociable && inner_.arousal < m_.vocal_arousal_max);
        }
        return it;
    }

    // The lags' per-step shares for the step in use (the step is fixed, so exp() runs once per
    // time constant, not once per step).
    struct StepShares {
        StepShares() = default;
        StepShares(const InfantModelDef& m, double step)
            : dt(step),
              familiarisation(RelaxShare(m.familiarisation_tau_s, step)),
              security(RelaxShare(m.security_tau_s, step)),
              refuel(RelaxShare(m.refuel_tau_s, step)),
              wariness(RelaxShare(m.wariness_tau_s, step)),
              sustained_arousal(RelaxShare(m.sustained_arousal_tau_s, step)),
              cortisol(CortisolSharesFor(m, step)) {}
        double dt = -1.0;  // s; none yet
        double familiarisation = 0.0, security = 0.0, refuel = 0.0, wariness = 0.0, sustained_arousal = 0.0;
        CortisolShares cortisol;
    };

    InfantDef def_;
    WorkingModel w_;
    InfantModelDef m_;
    StepShares shares_;
    ExpOfLast exp_caregiver_, exp_stranger_;  // nearness terms: distances repeat while nobody moves
    double minimise_ = 0.0, maximise_ = 0.0, gain_ = 1.0, conflict_weight_ = 0.0, unresolved_weight_ = 0.0;
    bool reaches_ = true;   // on this occasion it reaches up to her (else it signals by crying)
    bool clinging_ = true;  // held, it holds on (else it lies passively in the arms)
    InfantInner inner_;
    Behaviour current_ = Behaviour::Idle;
    double behaviour_t_ = 0.0;
    double resist_cooldown_ = 0.0;
    Lapse lapse_ = Lapse::None;
    double lapse_t_ = 0.0, lapse_total_ = 0.0;
    bool apprehensive_ = false;
    int toy_ = 1;
    double decide_t_ = 0.0;
    double strangeness_ = 0.0;
    double familiarity_ = 0.0;
    double babble_t_ = 0.0;
    bool babbling_ = false;
    bool caregiver_was_here_ = false;
    int entries_ = 0;
    double refuel_ = 0.0;  // 0..1 what is left of the last visit to her  // her entries so far (the first is carrying it in)
    bool stranger_was_here_ = false;
    double look_at_stranger_in_s_ = kParked_s;
    double since_entry_s_ = 1e9;
    double orient_in_s_ = kParked_s;
    bool frightened_now_ = false, was_frightened_ = false, fright_pending_ = false;
    double next_checkback_s_ = 0.0;
    double checking_s_ = 0.0;
};

}  // namespace

std::unique_ptr<Infant> MakeAttachmentInfant(const InfantDef& def, const WorkingModel& learned, const InfantModelDef& model) {
    return std::make_unique<AttachmentInfant>(def, learned, model);
}

}  // namespace sb
