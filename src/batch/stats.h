// The few statistics the population reports need: mean, standard deviation, shares and Pearson's r
// (which is also the point-biserial and the phi coefficient when one or both variables are 0/1).
#pragma once

#include <optional>
#include <vector>

namespace sb {

// The arithmetic mean; 0 for no values.
double Mean(const std::vector<double>& x);

// The sample standard deviation (divisor n - 1); 0 for fewer than two values.
double StdDev(const std::vector<double>& x);

// Percentage of `count` in `of`; 0 when `of` is 0.
double Percent(int count, int of);

// Pearson's r over the first min(x, y) pairs; 0 with fewer than three pairs or when either
// variable does not vary.
double Pearson(const std::vector<double>& x, const std::vector<double>& y);

// Pearson's r, or nothing when it is undefined (fewer than three pairs, or a variable that does
// not vary) — a report must not show 0 for a correlation that could not be computed.
std::optional<double> Correlation(const std::vector<double>& x, const std::vector<double>& y);

// lo <= v <= hi; an undefined value is never within a range.
inline bool Within(double v, double lo, double hi) { return v >= lo && v <= hi; }
inline bool Within(const std::optional<double>& v, double lo, double hi) { return v && Within(*v, lo, hi); }

}  // namespace sb
