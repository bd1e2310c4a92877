// The first-year learning rule (docs/model.md, "The first year"): per home episode the infant
// is distressed, chooses how strongly to express it (softmax over learned values), the caregiver
// answers by the caregiving rule, and the outcome updates expectations (delta rule) and values.
#include "model/home_history.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "model/relaxation.h"

namespace sb {

namespace {

// exp() of each level's softmax argument, kept: a home episode changes one level's value, so the
// other two arguments (and, while the best level stays best, its own 0) usually repeat.
using PolicyExps = std::array<ExpOfLast, 3>;

void UpdatePolicy(WorkingModel& m, double temperature, PolicyExps& exps) {
    double top = *std::max_element(m.value.begin(), m.value.end());
    double total = 0.0;
    for (int i = 0; i < 3; ++i) {
        m.policy[i] = exps[i]((m.value[i] - top) / temperature);
        total += m.policy[i];
    }
    m.strategy = 0.0;
    for (int i = 0; i < 3; ++i) {
        m.policy[i] /= total;
        m.strategy += m.policy[i] * (i - 1);
    }
}

}  // namespace

const CaregiverDef& CaregiverAt(const HistoryDef& h, double month) {
    const CaregiverDef* c = &h.caregiver;
    for (const CaregivingChange& ch : h.changes)
        if (month >= ch.at_month) c = &ch.caregiver;
    return *c;
}

HistoryResult LearnFirstYear(const HistoryDef& def, const InfantDef& temperament, const CaregivingRuleDef& rule,
                             const FirstYearDef& learning, Rng& rng) {
    const FirstYearDef& y = learning;
    HistoryResult out;
    WorkingModel m;
    m.availability = y.prior_availability;
    // Predictability is learned from how much the share of her comforting answers varies from day
    // to day beyond what chance alone gives: good days and bad days, not single missed bids.
    const int per_day = std::max(1, def.episodes_per_month / 30);
    double day_variance = y.prior_variance;
    auto predictability = [&](double var) {
        const double chance = m.availability * (1.0 - m.availability) / per_day;  // binomial spread of a day's share
        return std::clamp(1.0 - std::sqrt(std::max(0.0, var - chance)) / y.unpredictable_sd, 0.0, 1.0);
    };
    m.predictability = predictability(day_variance);
    double day_shift = 0.0;
    int comforted_today = 0;
    PolicyExps exps;
    m.value = {0.0, y.open_head_start, 0.0};  // newborns signal openly: a slight head start for open expression
    UpdatePolicy(m, def.temperature, exps);
    const int per_month = std::max(1, def.episodes_per_month);
    const int total = static_cast<int>(std::lround(def.months * per_month));
    const double a = def.learning_rate;
    for (int k = 0; k < total; ++k) {
        const double month = static_cast<double>(k) / per_month;
        const CaregiverDef& c = CaregiverAt(def, month);
        if (k % per_day == 0)
            day_shift = rule.availability_swing * (1.0 - std::clamp(c.consistency, 0.0, 1.0)) * rng.Uniform(-1.0, 1.0);

        const double distress = std::clamp(rng.Uniform(y.distress_min, y.distress_max) * (y.distress_base + y.distress_reactivity * temperament.reactivity),
                       0.0, 1.0);
        // Choose an expression level from the current policy (or, rarely, try any level).
        const bool explore = rng.Chance(y.try_other);
        double r = rng.Uniform01();
        int level = 2;
        if (explore) {
            level = std::min(2, static_cast<int>(r * 3.0));
        } else {
            for (int i = 0; i < 3; ++i) {
                if (r < m.policy[i]) { level = i; break; }
                r -= m.policy[i];
            }
        }
        const double gain = rule.Gain(level);
        const double signal = distress * gain;

        const bool available = rng.Chance(std::clamp(caregiving::AvailableProbability(rule, c) + day_shift, 0.0, 1.0));
        const bool answered = rng.Chance(caregiving::AnswerProbability(rule, c, signal, available));
        const bool rebuffed = answered && rng.Chance(caregiving::RebuffProbability(rule, c, signal));
        const bool frightened = rng.Chance(caregiving::FrightenProbability(rule, c, answered));
        const bool comforted = answered && !rebuffed;

        double reward = 0.0;
        if (comforted) reward += caregiving::ComfortQuality(rule, c);
        if (rebuffed) reward -= y.rebuff_cost * std::min(1.0, signal);
        if (!answered) reward -= y.ignored_cost * distress;
        reward -= y.effort_cost * std::max(0.0, gain - 1.0);
        if (level == static_cast<int>(Expression::Minimised)) reward += y.diversion_gain * distress;
        if (frightened) reward -= y.fright_cost;

        m.value[level] += def.value_rate * (reward - m.value[level]);
        UpdatePolicy(m, def.temperature, exps);

        const double outcome = comforted ? 1.0 : 0.0;
        m.availability += a * (outcome - m.availability);
        comforted_today += comforted;
        if ((k + 1) % per_day == 0) {
            const double share = static_cast<double>(comforted_today) / per_day;
            const double day_weight = std::min(1.0, a * per_day);
            day_variance += day_weight * ((share - m.availability) * (share - m.availability) - day_variance);
            m.predictability = predictability(day_variance);
            comforted_today = 0;
        }
        if (answered) m.rejection += a * ((rebuffed ? 1.0 : 0.0) - m.rejection);
        m.threat += frightened ? y.threat_learn * (1.0 - m.threat) : -a * y.threat_forget_share * m.threat;
        ++m.episodes;
        if ((k + 1) % per_month == 0) {
            // Everyday separations of the month: she leaves and comes back, sometimes leaving it with
            // someone else. Known without chance, so they draw no random numbers.
            const double weeks = 52.0 / 12.0;
            const double separations = def.separations.per_week * weeks;
            const double with_others = separations * def.separations.with_others_share;
            m.separation_confidence = 1.0 - (1.0 - m.separation_confidence) * std::exp(-separations / y.separation_scale);
            m.others_familiarity = 1.0 - (1.0 - m.others_familiarity) * std::exp(-with_others / y.others_scale);
            out.by_month.push_back(m);
        }
    }
    out.model = m;
    return out;
}

}  // namespace sb
