// The first-year learning rule (docs/model.md, "The first year"): per home episode the infant
// is distressed, chooses how strongly to express it (softmax over learned values), the caregiver
// answers by the caregiving rule, and the outcome updates expectations (delta rule) and values.
#include "model/home_history.h"

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

// What each outcome is worth to the infant (units: comfort from a maximally sensitive caregiver = 1).
constexpr double kRebuffCost = 0.5;      // x signal intensity: a rebuff hurts more after an intense bid
constexpr double kIgnoredCost = 0.8;     // x distress: distress that nobody answers
constexpr double kEffortCost = 0.45;     // x (gain - 1): the cost of escalating (exhausting, aversive)
constexpr double kDiversionGain = 0.3;   // x distress: turning to toys partly regulates a minimised infant
constexpr double kFrightCost = 0.6;
// Now and then the infant signals in a way its policy would not choose: without this a minimising
// infant would never discover that a changed caregiver now answers open signals.
constexpr double kTryOther = 0.05;
constexpr double kThreatLearn = 0.03;    // fear is learned fast...
constexpr double kThreatForgetShare = 1.0 / 3.0;  // ...and forgotten at a third of the usual rate

void UpdatePolicy(WorkingModel& m, double temperature) {
    double top = *std::max_element(m.value.begin(), m.value.end());
    double total = 0.0;
    for (int i = 0; i < 3; ++i) {
        m.policy[i] = std::exp((m.value[i] - top) / temperature);
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

HistoryResult LearnFirstYear(const HistoryDef& def, const InfantDef& temperament, Rng& rng) {
    HistoryResult out;
    WorkingModel m;
    m.value = {0.0, 0.05, 0.0};  // newborns signal openly: a slight head start for open expression
    UpdatePolicy(m, def.temperature);
    double variance = 0.25;
    const int per_month = std::max(1, def.episodes_per_month);
    const int total = static_cast<int>(std::lround(def.months * per_month));
    const double a = def.learning_rate;
    for (int k = 0; k < total; ++k) {
        const double month = static_cast<double>(k) / per_month;
        const CaregiverDef& c = CaregiverAt(def, month);

        const double distress = std::clamp(rng.Uniform(0.2, 1.0) * (0.6 + 0.8 * temperament.reactivity), 0.0, 1.0);
        // Choose an expression level from the current policy (or, rarely, try any level).
        const bool explore = rng.Chance(kTryOther);
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
        const double signal = distress * kExpressionGain[level];

        const bool available = rng.Chance(caregiving::AvailableProbability(c));
        const bool answered = rng.Chance(caregiving::AnswerProbability(c, signal, available));
        const bool rebuffed = answered && rng.Chance(caregiving::RebuffProbability(c, signal));
        const bool frightened = rng.Chance(caregiving::FrightenProbability(c, answered));
        const bool comforted = answered && !rebuffed;

        double reward = 0.0;
        if (comforted) reward += caregiving::ComfortQuality(c);
        if (rebuffed) reward -= kRebuffCost * std::min(1.0, signal);
        if (!answered) reward -= kIgnoredCost * distress;
        reward -= kEffortCost * std::max(0.0, kExpressionGain[level] - 1.0);
        if (level == static_cast<int>(Expression::Minimised)) reward += kDiversionGain * distress;
        if (frightened) reward -= kFrightCost;

        m.value[level] += def.value_rate * (reward - m.value[level]);
        UpdatePolicy(m, def.temperature);

        const double outcome = comforted ? 1.0 : 0.0;
        m.availability += a * (outcome - m.availability);
        variance += a * ((outcome - m.availability) * (outcome - m.availability) - variance);
        m.predictability = std::clamp(1.0 - 4.0 * variance, 0.0, 1.0);
        if (answered) m.rejection += a * ((rebuffed ? 1.0 : 0.0) - m.rejection);
        m.threat += frightened ? kThreatLearn * (1.0 - m.threat) : -a * kThreatForgetShare * m.threat;
        ++m.episodes;
        if ((k + 1) % per_month == 0) out.by_month.push_back(m);
    }
    out.model = m;
    return out;
}

}  // namespace sb
