// 15-second interval codes (crying, exploration) and the small text helpers used in reasons.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "coding/scales.h"

namespace sb {

namespace {
constexpr double kMinLastInterval_s = 2.0;
}  // namespace

std::string Clock(double t_s) {
    if (t_s < 0) return "-";
    const int total = static_cast<int>(std::floor(t_s + 0.5));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d:%02d", total / 60, total % 60);
    return buf;
}

std::string Secs(double s) {
    char buf[32];
    const double r = std::round(s * 10.0) / 10.0;
    if (std::fabs(r - std::round(r)) < 1e-9) std::snprintf(buf, sizeof buf, "%.0f", r);
    else std::snprintf(buf, sizeof buf, "%.1f", r);
    return buf;
}

std::vector<IntervalCode> CodeIntervals(const EpisodeSlice& s, double interval_s) {
    std::vector<IntervalCode> out;
    for (std::size_t i = s.first; i < s.last; ++i) {
        const Snapshot& f = s.Frame(i);
        const double dt = s.Dt(i);
        if (i == s.first && dt <= 0) continue;
        // Frame i covers (t - dt, t]; put it in the interval where it starts: the whole part of
        // `at`, 0 when negative (as max(0, floor(at)), without the library call).
        const double at = (f.t - dt - s.start_s) / interval_s + 1e-9;
        const std::size_t k = at > 0.0 ? static_cast<std::size_t>(at) : 0;
        while (out.size() <= k) {
            IntervalCode c;
            c.start_s = s.start_s + static_cast<double>(out.size()) * interval_s;
            out.push_back(c);
        }
        IntervalCode& c = out[k];
        c.length_s += dt;
        if (f.Infant().cry >= 0.25) c.crying_s += dt;
        c.peak_cry = std::max(c.peak_cry, f.Infant().cry);
        if (f.Infant().action == VisibleAction::Exploring) c.exploring_s += dt;
    }
    // A sliver of an interval at the end (an episode that ran a step past 3:00) joins the one before.
    if (out.size() >= 2 && out.back().length_s < kMinLastInterval_s) {
        const IntervalCode last = out.back();
        out.pop_back();
        IntervalCode& prev = out.back();
        prev.length_s += last.length_s;
        prev.crying_s += last.crying_s;
        prev.exploring_s += last.exploring_s;
        prev.peak_cry = std::max(prev.peak_cry, last.peak_cry);
    }
    return out;
}

}  // namespace sb
