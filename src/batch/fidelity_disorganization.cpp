// Disorganization — the observer's near-misses, D rates and their links to caregiving, low risk
// against high risk — and sensitivity and acceptance against the organised patterns.
#include <string>

#include "batch/fidelity_targets.h"
#include "batch/report_format.h"
#include "batch/stats.h"

namespace sb {

namespace {

// Rating 4 is one short of D (Main & Solomon 1990): where an observer's false alarms would show.
constexpr int kNearDisorganized = 4;

double DShare(const std::vector<DyadFacts>& group) {
    int d = 0;
    for (const DyadFacts& f : group) d += f.group == 'D';
    return Percent(d, static_cast<int>(group.size()));
}

std::vector<DyadFacts> NeverFrightening(const std::vector<DyadFacts>& pop) {
    std::vector<DyadFacts> out;
    for (const DyadFacts& f : Classified(pop))
        if (f.frightening == 0.0) out.push_back(f);
    return out;
}

std::string OfN(double share, std::size_t n) { return Pct(share) + " (of " + std::to_string(n) + ")"; }

}  // namespace

std::vector<ValidationCheck> DisorganizationTargets(const std::vector<DyadFacts>& lowrisk, const std::vector<DyadFacts>& highrisk) {
    std::vector<ValidationCheck> out;
    const std::vector<DyadFacts> all = Classified(lowrisk), calm_care = NeverFrightening(lowrisk);
    {
        int n = 0, near = 0;
        for (const DyadFacts& f : calm_care) {
            if (f.group == 'D') continue;
            ++n;
            near += f.d_rating >= kNearDisorganized;
        }
        out.push_back({"The observer seldom sees near-D where the caregiver never frightens",
                       "D rating >= 4 in <= 10% of non-D infants whose caregiver has frightening = 0",
                       OfN(Percent(near, n), static_cast<std::size_t>(n)), n > 0 && Percent(near, n) <= 10,
                       "Rating 1-9, 5 or more is D (Main & Solomon 1990); D lapses are brief and most visible at reunion. "
                       "The limit is the project's"});
    }
    const double d_low = DShare(all);
    out.push_back({"D in the low-risk population", "15 +/- 4% (11-19%)", OfN(d_low, all.size()), !all.empty() && Within(d_low, 11, 19),
                   "About 15% D in normal middle-class samples (van IJzendoorn, Schuengel & Bakermans-Kranenburg 1999)"});
    const double d_calm = DShare(calm_care);
    out.push_back({"D also where the caregiver never frightens", ">= 5% of dyads with frightening = 0", OfN(d_calm, calm_care.size()),
                   !calm_care.empty() && d_calm >= 5,
                   "Frightening behaviour is not the only causal factor (van IJzendoorn et al. 1999)"});

    std::vector<double> frightens, sensitivity, d;
    for (const DyadFacts& f : all) {
        frightens.push_back(f.frightening > 0.0 ? 1.0 : 0.0);
        sensitivity.push_back(f.sensitivity);
        d.push_back(f.group == 'D' ? 1.0 : 0.0);
    }
    const std::optional<double> r_frightening = Correlation(frightens, d);
    out.push_back({"Frightening caregiving goes with D, moderately", "0.20 <= phi(frightening > 0, D) <= 0.50", RText(r_frightening),
                   Within(r_frightening, 0.20, 0.50),
                   "Anomalous (frightening, frightened, dissociative) parenting and D: r = .34 (Madigan et al. 2006)"});
    const std::optional<double> r_sensitivity = Correlation(sensitivity, d);
    out.push_back({"Sensitivity goes with less D, weakly", "-0.30 <= r(sensitivity, D) <= -0.10 (point-biserial)", RText(r_sensitivity),
                   Within(r_sensitivity, -0.30, -0.10), "Sensitivity and D: r = -.19 (Madigan et al. 2024)"});

    const std::vector<DyadFacts> high = Classified(highrisk);
    const double d_high = DShare(high);
    const double ratio = d_low > 0 ? d_high / d_low : 0.0;
    out.push_back({"D in the high-risk population is two to three times the low-risk rate", "2 <= D high-risk / D low-risk <= 3",
                   "ratio " + Num(ratio) + " (high-risk " + OfN(d_high, high.size()) + ", low-risk " + Pct(d_low) + ")",
                   d_low > 0 && Within(ratio, 2, 3),
                   "D two to three times as common in high-risk groups (van IJzendoorn et al. 1999); d = 0.77 "
                   "(Cyr et al. 2010)"});
    return out;
}

std::vector<ValidationCheck> CaregivingTargets(const std::vector<DyadFacts>& pop) {
    std::vector<ValidationCheck> out;
    const std::vector<DyadFacts> all = Classified(pop);
    std::vector<double> sensitivity, avoidance, resistance;
    for (const DyadFacts& f : all) {
        sensitivity.push_back(f.sensitivity);
        avoidance.push_back(f.avoidance_dim);
        resistance.push_back(f.resistance_dim);
    }
    const char* dims = "docs/coding.md \"Dimensions\", after Fraley & Spieker 2003";
    const std::optional<double> r_av = Correlation(sensitivity, avoidance);
    out.push_back({"Sensitivity goes with less avoidance", "-0.35 <= r(sensitivity, avoidance dimension) <= -0.15",
                   RText(r_av), Within(r_av, -0.35, -0.15),
                   std::string("Madigan et al. 2024: r = -.24. Avoidance dimension: ") + dims});
    const std::optional<double> r_rs = Correlation(sensitivity, resistance);
    out.push_back({"Sensitivity goes with less resistance, weakly", "-0.25 <= r(sensitivity, resistance dimension) <= -0.05",
                   RText(r_rs), Within(r_rs, -0.25, -0.05),
                   std::string("Madigan et al. 2024: r = -.12. Resistance dimension: ") + dims});

    std::vector<double> acc_b, acc_c;
    for (const DyadFacts& f : InGroup(pop, 'B')) acc_b.push_back(f.acceptance);
    for (const DyadFacts& f : InGroup(pop, 'C')) acc_c.push_back(f.acceptance);
    out.push_back({"C infants' caregivers are less accepting than B infants'", "mean acceptance C < B",
                   "C " + Num(Mean(acc_c)) + " vs B " + Num(Mean(acc_b)), !acc_b.empty() && !acc_c.empty() && Mean(acc_c) < Mean(acc_b),
                   "Ainsworth's Acceptance-Rejection scale (Ainsworth et al. 1978); the ordering is the project's target"});
    return out;
}

}  // namespace sb
