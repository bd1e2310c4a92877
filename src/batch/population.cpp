// Drawing dyads from a population: each drawn parameter through the registry, in registry order,
// with correlated parameters drawn together through the Cholesky factor of their correlations.
#include "batch/population.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "params/param_registry.h"

namespace sb {

namespace {

double Draw(const ParameterDistribution& d, double lo, double hi, Rng& rng) {
    // Every drawn parameter takes its gate and its value from the one population stream, in
    // registry order: a distribution added, removed or changed (a redraw more or less) can move the
    // draws of the parameters after it in that order, never those before it.
    const double gate = rng.Uniform01();
    double v = d.a;
    switch (d.kind) {
        case ParameterDistribution::Kind::Fixed:
            break;
        case ParameterDistribution::Kind::Uniform:
            v = rng.Uniform(d.a, d.b);
            break;
        case ParameterDistribution::Kind::Normal:
            v = rng.Normal(d.a, d.b);
            for (int tries = 0; tries < 50 && (v < lo || v > hi); ++tries) v = rng.Normal(d.a, d.b);
            break;
    }
    if (gate >= d.share) v = d.otherwise;
    return std::clamp(v, lo, hi);
}

// Today she cares as at the end of her history, unless the scenario gave [today].
void TodayFollowsHistory(SimulationDef& def, const PopulationDef& pop) {
    if (!pop.today_given) def.caregiver = def.history.changes.empty() ? def.history.caregiver : def.history.changes.back().caregiver;
}

// The standard normal that the next independent normal draw of a parameter would start from (its
// gate, then its first try), read from a copy so that `rng` itself does not move.
double FirstStandardNormal(const Rng& rng) {
    Rng ahead = rng;
    ahead.Uniform01();
    return ahead.Normal(0.0, 1.0);
}

// The standard normal distribution function.
double NormalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

// Its inverse (Acklam's rational approximation, refined by one Halley step to near double
// precision); -inf and +inf at 0 and 1.
double NormalQuantile(double p) {
    if (p <= 0.0) return -HUGE_VAL;
    if (p >= 1.0) return HUGE_VAL;
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01,  -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double kTail = 0.02425;
    double x;
    if (p < kTail || p > 1.0 - kTail) {
        const double q = std::sqrt(-2.0 * std::log(p < kTail ? p : 1.0 - p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
        if (p > 1.0 - kTail) x = -x;
    } else {
        const double q = p - 0.5, r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    }
    if (std::abs(x) > 37.0) return x;  // beyond any double's reach of the refinement's exp()
    const double e = NormalCdf(x) - p;
    const double u = e * std::sqrt(2.0 * 3.14159265358979323846) * std::exp(0.5 * x * x);
    return x - u / (1.0 + 0.5 * x * u);
}

// A normal distribution truncated to [lo, hi], at the point where the untruncated standard normal
// has `y`: the value whose share of the truncated distribution below it equals the share of the
// standard normal below y. Each tail is computed from its own side, for precision.
double TruncatedNormalAt(double y, const ParameterDistribution& d, double lo, double hi) {
    if (!(d.b > 0.0)) return std::clamp(d.a, lo, hi);
    const double below = NormalCdf((lo - d.a) / d.b), above = NormalCdf(-(hi - d.a) / d.b);
    const double inside = 1.0 - below - above;
    const double x = y <= 0.0 ? NormalQuantile(below + NormalCdf(y) * inside) : -NormalQuantile(above + NormalCdf(-y) * inside);
    return std::clamp(d.a + d.b * x, lo, hi);
}

// Values of the correlated parameters. Independent standard normals z (those the population stream
// gave, see DrawDyad) become correlated ones, L z; each is then mapped to its parameter's normal
// distribution truncated to its range by quantiles (TruncatedNormalAt). Every parameter so keeps
// exactly the distribution it has when drawn alone, and — the map being monotone and nearly linear
// over all but the cut tail — their correlations come out close to those given. (Redrawing a value
// that falls outside its range would break the correlations; redrawing the whole vector would shift
// every correlated parameter's distribution and weaken the correlations wherever a tail is cut.)
void DrawCorrelated(const PopulationDef& pop, const CorrelationMatrix& m, const CholeskyFactor& f,
                    const std::vector<double>& z, std::vector<double>& values) {
    for (std::size_t i = 0; i < m.draws.size(); ++i) {
        double y = 0.0;
        for (std::size_t j = 0; j <= i; ++j) y += f.lower[i][j] * z[j];
        const ParameterDraw& draw = pop.draws[m.draws[i]];
        const ParamEntry* e = FindParam(draw.parameter);
        values[m.draws[i]] = TruncatedNormalAt(y, draw.distribution, e->min, e->max);
    }
}

}  // namespace

const ParameterDistribution* PopulationDef::Find(const std::string& parameter) const {
    for (const ParameterDraw& d : draws)
        if (d.parameter == parameter) return &d.distribution;
    return nullptr;
}

void PopulationDef::Set(const std::string& parameter, const ParameterDistribution& d) {
    const int index = ParamIndex(parameter);
    if (index < 0) throw std::invalid_argument("no parameter named '" + parameter + "'");
    for (ParameterDraw& existing : draws) {
        if (existing.parameter == parameter) {
            existing.distribution = d;
            return;
        }
    }
    auto at = std::find_if(draws.begin(), draws.end(), [&](const ParameterDraw& x) { return ParamIndex(x.parameter) > index; });
    draws.insert(at, ParameterDraw{parameter, d});
}

std::string PopulationAlias(const std::string& key) {
    for (const char* k : {"sensitivity", "consistency", "acceptance", "frightening"})
        if (key == k) return "caregiver." + key;
    for (const char* k : {"reactivity", "soothability", "sociability", "curiosity"})
        if (key == k) return "infant." + key;
    return "";
}

std::string PopulationName(const std::string& parameter) {
    const std::string key = parameter.substr(parameter.find('.') + 1);
    return PopulationAlias(key) == parameter ? key : parameter;
}

int CorrelationMatrix::RowOf(const PopulationDef& pop, const std::string& parameter) const {
    for (std::size_t i = 0; i < draws.size(); ++i)
        if (pop.draws[draws[i]].parameter == parameter) return static_cast<int>(i);
    return -1;
}

std::string WhyNotCorrelatable(const ParameterDistribution& d) {
    char buf[120];
    switch (d.kind) {
        case ParameterDistribution::Kind::Fixed: return "is fixed (every dyad gets the same value)";
        case ParameterDistribution::Kind::Uniform: return "is drawn from a uniform distribution";
        case ParameterDistribution::Kind::Normal: break;
    }
    if (d.share < 1.0) {
        std::snprintf(buf, sizeof buf, "is drawn for only %g%% of dyads (share = %g)", d.share * 100.0, d.share);
        return buf;
    }
    return "";
}

CorrelationMatrix CorrelationsOf(const PopulationDef& pop) {
    CorrelationMatrix m;
    auto correlatable = [&](const std::string& name) {
        const ParameterDistribution* d = pop.Find(name);
        if (!d) throw std::invalid_argument("a correlation names " + name + ", which the population does not draw");
        const std::string why = WhyNotCorrelatable(*d);
        if (!why.empty()) throw std::invalid_argument("a correlation names " + name + ", which " + why);
    };
    for (const ParameterCorrelation& c : pop.correlations) {
        correlatable(c.first);
        correlatable(c.second);
    }
    for (std::size_t i = 0; i < pop.draws.size(); ++i) {
        const std::string& name = pop.draws[i].parameter;
        for (const ParameterCorrelation& c : pop.correlations) {
            if (c.first == name || c.second == name) {
                m.draws.push_back(i);
                break;
            }
        }
    }
    const std::size_t k = m.draws.size();
    m.r.assign(k, std::vector<double>(k, 0.0));
    for (std::size_t i = 0; i < k; ++i) m.r[i][i] = 1.0;
    for (const ParameterCorrelation& c : pop.correlations) {
        const auto a = static_cast<std::size_t>(m.RowOf(pop, c.first)), b = static_cast<std::size_t>(m.RowOf(pop, c.second));
        if (a == b) throw std::invalid_argument("a correlation pairs " + c.first + " with itself");
        m.r[a][b] = m.r[b][a] = c.r;
    }
    return m;
}

CholeskyFactor FactorCorrelations(const std::vector<std::vector<double>>& m) {
    // Rounding leaves a semidefinite matrix's pivots a little either side of zero: within this they
    // count as zero, and then the rest of their column must be zero too.
    constexpr double kTolerance = 1e-9;
    const std::size_t n = m.size();
    CholeskyFactor f;
    f.lower.assign(n, std::vector<double>(n, 0.0));
    for (std::size_t j = 0; j < n; ++j) {
        double pivot = m[j][j];
        for (std::size_t k = 0; k < j; ++k) pivot -= f.lower[j][k] * f.lower[j][k];
        if (pivot < -kTolerance) {
            f.failed_row = static_cast<int>(j);
            return f;
        }
        const double diagonal = pivot > kTolerance ? std::sqrt(pivot) : 0.0;
        f.lower[j][j] = diagonal;
        for (std::size_t i = j + 1; i < n; ++i) {
            double rest = m[i][j];
            for (std::size_t k = 0; k < j; ++k) rest -= f.lower[i][k] * f.lower[j][k];
            if (diagonal > 0.0) {
                f.lower[i][j] = rest / diagonal;
            } else if (std::abs(rest) > 1e-7) {
                // A parameter that the earlier ones determine exactly must correlate with the rest
                // as they imply; any other value is impossible.
                f.failed_row = static_cast<int>(i);
                return f;
            }
        }
    }
    return f;
}

std::uint64_t DyadSeed(std::uint64_t batch_seed, int index) {
    return Rng::DeriveSeed(batch_seed, 0xD1AD0000ULL + static_cast<std::uint64_t>(index));
}

SimulationDef DrawDyad(const SimulationDef& base, const PopulationDef& pop, std::uint64_t dyad_seed) {
    SimulationDef def = base;
    def.seed = dyad_seed;
    if (!pop.enabled) return def;
    const CorrelationMatrix correlated = CorrelationsOf(pop);
    const CholeskyFactor factor = FactorCorrelations(correlated.r);
    if (!factor.Consistent()) throw std::invalid_argument("the population's correlations are not consistent with one another");

    // Every parameter takes from the population stream exactly what an independent draw takes, so
    // correlating some parameters never moves the draws of the others; a correlated parameter starts
    // from the standard normal its independent draw would have started from.
    Rng rng = Rng::ForStream(dyad_seed, RngStream::Population);
    std::vector<double> values(pop.draws.size());
    std::vector<double> z;
    std::size_t next_correlated = 0;
    for (std::size_t i = 0; i < pop.draws.size(); ++i) {
        const ParamEntry* e = FindParam(pop.draws[i].parameter);
        if (!e) throw std::invalid_argument("population draws unknown parameter '" + pop.draws[i].parameter + "'");
        if (next_correlated < correlated.draws.size() && correlated.draws[next_correlated] == i) {
            z.push_back(FirstStandardNormal(rng));
            ++next_correlated;
        }
        values[i] = Draw(pop.draws[i].distribution, e->min, e->max, rng);
    }
    if (!z.empty()) DrawCorrelated(pop, correlated, factor, z, values);

    // Draws of the first-year caregiver describe how she cared from birth; once they are made,
    // today follows them (later caregiving changes keep the values the scenario gave them), and
    // draws of today's caregiver come after that.
    bool today_settled = false;
    for (std::size_t i = 0; i < pop.draws.size(); ++i) {
        const ParamEntry* e = FindParam(pop.draws[i].parameter);
        if (!today_settled && e->Group() != "caregiver") {
            TodayFollowsHistory(def, pop);
            today_settled = true;
        }
        e->set(def, values[i]);
    }
    if (!today_settled) TodayFollowsHistory(def, pop);
    return def;
}

std::string Describe(const ParameterDistribution* d) {
    char buf[160];
    if (!d) return "scenario value";
    switch (d->kind) {
        case ParameterDistribution::Kind::Fixed: std::snprintf(buf, sizeof buf, "fixed %g", d->a); break;
        case ParameterDistribution::Kind::Normal: std::snprintf(buf, sizeof buf, "normal(mean %g, sd %g)", d->a, d->b); break;
        case ParameterDistribution::Kind::Uniform: std::snprintf(buf, sizeof buf, "uniform(%g, %g)", d->a, d->b); break;
    }
    std::string s = buf;
    if (d->share < 1.0) {
        std::snprintf(buf, sizeof buf, " in %g%% of dyads, otherwise %g", d->share * 100.0, d->otherwise);
        s += buf;
    }
    return s;
}

}  // namespace sb
