// The dyads of a batch or a sweep: each from its global index alone, so any thread, any shard and
// any number of either give the same dyad.
#include "batch/experiment.h"

#include <charconv>
#include <stdexcept>

#include "batch/trial.h"
#include "params/param_registry.h"
#include "record/csv_columns.h"

namespace sb {

Shard ParseShard(const std::string& text) {
    const std::string why = "--shard must be K/N with 1 <= K <= N <= 100000 (shard K of N), not '" + ShortForMessage(text) + "'";
    const std::size_t slash = text.find('/');
    if (slash == std::string::npos) throw std::invalid_argument(why);
    Shard s;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    auto k = std::from_chars(begin, begin + slash, s.k);
    auto n = std::from_chars(begin + slash + 1, end, s.n);
    if (k.ec != std::errc() || k.ptr != begin + slash || n.ec != std::errc() || n.ptr != end || s.k < 1 || s.n < s.k || s.n > 100000)
        throw std::invalid_argument(why);
    return s;
}

Experiment Experiment::Batch(const Scenario& scenario, std::uint64_t seed, long long n) {
    Experiment e;
    e.scenario_ = &scenario;
    e.seed_ = seed;
    e.dyads_ = n;
    e.populations_.push_back(scenario.population);
    return e;
}

Experiment Experiment::Sweep(const Scenario& scenario, std::uint64_t seed) {
    Experiment e;
    e.scenario_ = &scenario;
    e.seed_ = seed;
    e.sweep_ = true;
    e.dyads_ = scenario.sweep.Dyads();
    e.cells_ = SweepCells(scenario.sweep, seed);
    for (const std::vector<double>& cell : e.cells_) e.populations_.push_back(CellPopulation(scenario.population, scenario.sweep, cell));
    e.design_columns_ = {"cell", "replicate"};
    for (const SweepFactor& f : scenario.sweep.factors) e.design_columns_.push_back(f.parameter);
    return e;
}

SimulationDef Experiment::Def(long long g) const {
    if (!sweep_) {
        SimulationDef def = DrawDyad(scenario_->sim, populations_.front(), DyadSeed(seed_, static_cast<int>(g)));
        EnterTrial(scenario_->trial, populations_.front(), seed_, static_cast<int>(g), def);  // no-op outside a trial
        return def;
    }
    const long long cell = g / scenario_->sweep.replicates;
    return DrawDyad(scenario_->sim, populations_[static_cast<std::size_t>(cell)], SweepDyadSeed(scenario_->sweep, seed_, g));
}

std::string Experiment::Arm(long long g) const {
    if (sweep_) return "";
    const int arm = ArmOf(scenario_->trial, seed_, static_cast<int>(g));
    return arm < 0 ? "" : scenario_->trial.arms[static_cast<std::size_t>(arm)].name;
}

std::vector<std::string> Experiment::DesignValues(long long g) const {
    if (!sweep_) return {};
    const long long cell = g / scenario_->sweep.replicates;
    std::vector<std::string> v{std::to_string(cell + 1), std::to_string(g % scenario_->sweep.replicates + 1)};
    const std::vector<double>& values = cells_[static_cast<std::size_t>(cell)];
    for (std::size_t f = 0; f < values.size(); ++f) {
        const ParamEntry* e = FindParam(scenario_->sweep.factors[f].parameter);
        // The value as the dyad has it (a whole-number parameter stores a sampled value rounded),
        // written exactly like every parameter cell, so replay reads back the very value that ran.
        SimulationDef probe;
        e->set(probe, values[f]);
        v.push_back(ExactParamCell(*e, e->get(probe)));
    }
    return v;
}

}  // namespace sb
