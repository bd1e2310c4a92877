// Descriptive statistics for population reports.
#include "batch/stats.h"

#include <algorithm>
#include <cmath>

namespace sb {

double Mean(const std::vector<double>& x) {
    if (x.empty()) return 0.0;
    double sum = 0;
    for (double v : x) sum += v;
    return sum / static_cast<double>(x.size());
}

double StdDev(const std::vector<double>& x) {
    if (x.size() < 2) return 0.0;
    const double m = Mean(x);
    double ss = 0;
    for (double v : x) ss += (v - m) * (v - m);
    return std::sqrt(ss / static_cast<double>(x.size() - 1));
}

double Percent(int count, int of) { return of > 0 ? 100.0 * count / of : 0.0; }

std::optional<double> Correlation(const std::vector<double>& x, const std::vector<double>& y) {
    const std::size_t n = std::min(x.size(), y.size());
    if (n < 3) return std::nullopt;
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < n; ++i) { mx += x[i]; my += y[i]; }
    mx /= n;
    my /= n;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (!(sxx > 0 && syy > 0)) return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

double Pearson(const std::vector<double>& x, const std::vector<double>& y) { return Correlation(x, y).value_or(0.0); }

}  // namespace sb
