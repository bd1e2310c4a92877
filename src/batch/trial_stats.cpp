// Effect sizes and their intervals (trial_stats.h): closed forms only, so a hand calculation checks them.
#include "batch/trial_stats.h"

#include <cmath>

#include "batch/stats.h"

namespace sb {

namespace {

constexpr double kPi = 3.14159265358979323846;

}  // namespace

Estimate CohensD(const std::vector<double>& treated, const std::vector<double>& control) {
    Estimate e;
    const double n1 = static_cast<double>(treated.size()), n0 = static_cast<double>(control.size());
    if (n1 < 2 || n0 < 2) return e;
    const double s1 = StdDev(treated), s0 = StdDev(control);
    const double pooled = std::sqrt(((n1 - 1) * s1 * s1 + (n0 - 1) * s0 * s0) / (n1 + n0 - 2));
    if (!(pooled > 0.0)) return e;
    e.value = (Mean(treated) - Mean(control)) / pooled;
    const double se = std::sqrt((n1 + n0) / (n1 * n0) + e.value * e.value / (2.0 * (n1 + n0)));
    e.low = e.value - kZ95 * se;
    e.high = e.value + kZ95 * se;
    e.defined = true;
    return e;
}

Estimate WilsonInterval(int k, int n) {
    Estimate e;
    if (n <= 0) return e;
    const double p = static_cast<double>(k) / n, z2 = kZ95 * kZ95;
    const double centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    const double half = kZ95 * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / (1.0 + z2 / n);
    e.value = p;
    e.low = centre - half;
    e.high = centre + half;
    e.defined = true;
    return e;
}

Estimate RiskDifference(int k1, int n1, int k0, int n0) {
    Estimate e;
    const Estimate p1 = WilsonInterval(k1, n1), p0 = WilsonInterval(k0, n0);
    if (!p1.defined || !p0.defined) return e;
    e.value = p1.value - p0.value;
    e.low = e.value - std::sqrt((p1.value - p1.low) * (p1.value - p1.low) + (p0.high - p0.value) * (p0.high - p0.value));
    e.high = e.value + std::sqrt((p1.high - p1.value) * (p1.high - p1.value) + (p0.value - p0.low) * (p0.value - p0.low));
    e.defined = true;
    return e;
}

Estimate LogitD(int k1, int n1, int k0, int n0, bool* halved) {
    Estimate e;
    if (halved) *halved = false;
    if (n1 <= 0 || n0 <= 0) return e;
    double a = k1, b = n1 - k1, c = k0, d = n0 - k0;
    if (a == 0 || b == 0 || c == 0 || d == 0) {
        a += 0.5, b += 0.5, c += 0.5, d += 0.5;
        if (halved) *halved = true;
    }
    const double log_or = std::log(a * d / (b * c));
    const double se = std::sqrt(1 / a + 1 / b + 1 / c + 1 / d);
    const double scale = std::sqrt(3.0) / kPi;
    e.value = log_or * scale;
    e.low = (log_or - kZ95 * se) * scale;
    e.high = (log_or + kZ95 * se) * scale;
    e.defined = true;
    return e;
}

}  // namespace sb
