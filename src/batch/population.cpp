// Drawing dyads from a population.
#include "batch/population.h"

#include <algorithm>
#include <cstdio>

namespace sb {

namespace {

double Draw(const ParameterDistribution& d, double current, double lo, double hi, Rng& rng) {
    if (!d.set) return current;
    // Every dyad makes the same number of draws per parameter, so adding a distribution never
    // shifts the draws of another parameter.
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

}  // namespace

std::uint64_t DyadSeed(std::uint64_t batch_seed, int index) {
    return Rng::DeriveSeed(batch_seed, 0xD1AD0000ULL + static_cast<std::uint64_t>(index));
}

SimulationDef DrawDyad(const SimulationDef& base, const PopulationDef& pop, std::uint64_t dyad_seed) {
    SimulationDef def = base;
    def.seed = dyad_seed;
    if (!pop.enabled) return def;
    Rng rng = Rng::ForStream(dyad_seed, RngStream::Population);
    CaregiverDef c = base.history.caregiver;
    c.sensitivity = Draw(pop.sensitivity, c.sensitivity, 1.0, 9.0, rng);
    c.consistency = Draw(pop.consistency, c.consistency, 0.0, 1.0, rng);
    c.acceptance = Draw(pop.acceptance, c.acceptance, 1.0, 9.0, rng);
    c.frightening = Draw(pop.frightening, c.frightening, 0.0, 1.0, rng);
    // Draws describe how she cared from birth; later caregiving changes keep the values the
    // scenario gave them, and an explicit [today] keeps today's behaviour.
    def.history.caregiver = c;
    if (!pop.today_given) def.caregiver = def.history.changes.empty() ? c : def.history.changes.back().caregiver;
    InfantDef& t = def.infant;
    t.reactivity = Draw(pop.reactivity, t.reactivity, 0.0, 1.0, rng);
    t.soothability = Draw(pop.soothability, t.soothability, 0.0, 1.0, rng);
    t.sociability = Draw(pop.sociability, t.sociability, 0.0, 1.0, rng);
    t.curiosity = Draw(pop.curiosity, t.curiosity, 0.0, 1.0, rng);
    return def;
}

std::string Describe(const ParameterDistribution& d) {
    char buf[160];
    if (!d.set) return "scenario value";
    switch (d.kind) {
        case ParameterDistribution::Kind::Fixed: std::snprintf(buf, sizeof buf, "fixed %g", d.a); break;
        case ParameterDistribution::Kind::Normal: std::snprintf(buf, sizeof buf, "normal(mean %g, sd %g)", d.a, d.b); break;
        case ParameterDistribution::Kind::Uniform: std::snprintf(buf, sizeof buf, "uniform(%g, %g)", d.a, d.b); break;
    }
    std::string s = buf;
    if (d.share < 1.0) {
        std::snprintf(buf, sizeof buf, " in %g%% of dyads, otherwise %g", d.share * 100.0, d.otherwise);
        s += buf;
    }
    return s;
}

}  // namespace sb
