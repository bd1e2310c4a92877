// Drawing dyads from a population: each drawn parameter through the registry, in registry order.
#include "batch/population.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "params/param_registry.h"

namespace sb {

namespace {

double Draw(const ParameterDistribution& d, double lo, double hi, Rng& rng) {
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

// Today she cares as at the end of her history, unless the scenario gave [today].
void TodayFollowsHistory(SimulationDef& def, const PopulationDef& pop) {
    if (!pop.today_given) def.caregiver = def.history.changes.empty() ? def.history.caregiver : def.history.changes.back().caregiver;
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

std::uint64_t DyadSeed(std::uint64_t batch_seed, int index) {
    return Rng::DeriveSeed(batch_seed, 0xD1AD0000ULL + static_cast<std::uint64_t>(index));
}

SimulationDef DrawDyad(const SimulationDef& base, const PopulationDef& pop, std::uint64_t dyad_seed) {
    SimulationDef def = base;
    def.seed = dyad_seed;
    if (!pop.enabled) return def;
    Rng rng = Rng::ForStream(dyad_seed, RngStream::Population);
    // Draws of the first-year caregiver describe how she cared from birth; once they are made,
    // today follows them (later caregiving changes keep the values the scenario gave them), and
    // draws of today's caregiver come after that.
    bool today_settled = false;
    for (const ParameterDraw& d : pop.draws) {
        const ParamEntry* e = FindParam(d.parameter);
        if (!e) throw std::invalid_argument("population draws unknown parameter '" + d.parameter + "'");
        if (!today_settled && e->Group() != "caregiver") {
            TodayFollowsHistory(def, pop);
            today_settled = true;
        }
        e->set(def, Draw(d.distribution, e->min, e->max, rng));
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
