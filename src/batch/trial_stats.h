// The effect sizes of a two-arm comparison, with 95% confidence intervals: Cohen's d on a
// continuous measure, the risk difference of a yes/no outcome (Newcombe's hybrid Wilson score
// interval) and two ways of putting that outcome on the d scale (docs/data.md, "report.csv").
#pragma once

#include <vector>

namespace sb {

struct Estimate {
    double value = 0.0;
    double low = 0.0;   // 95% confidence interval
    double high = 0.0;
    bool defined = false;  // false when the data cannot give it (too few cases, no variation)
};

inline constexpr double kZ95 = 1.959963984540054;

// Cohen's d = (mean treated - mean control) / pooled SD (divisor n1 + n0 - 2), with the
// large-sample standard error sqrt((n1 + n0) / (n1 n0) + d^2 / (2 (n1 + n0))) (Hedges & Olkin
// 1985). Undefined with fewer than two in an arm or a pooled SD of 0.
Estimate CohensD(const std::vector<double>& treated, const std::vector<double>& control);

// Wilson's score interval for a proportion of `k` in `n` (undefined for n = 0).
Estimate WilsonInterval(int k, int n);

// Risk difference k1/n1 - k0/n0 with Newcombe's (1998) hybrid score interval, method 10: each
// proportion's Wilson interval, combined as the square root of the squared distances.
Estimate RiskDifference(int k1, int n1, int k0, int n0);

// The odds ratio of a yes/no outcome on the d scale by the logit method (Hasselblad & Hedges 1995;
// Chinn 2000): d = ln(OR) sqrt(3) / pi, its interval from ln(OR) +- z SE with Woolf's
// SE = sqrt(1/a + 1/b + 1/c + 1/d). A zero cell adds 0.5 to every cell (Haldane). `halved` is set
// when that happened.
Estimate LogitD(int k1, int n1, int k0, int n0, bool* halved = nullptr);

}  // namespace sb
