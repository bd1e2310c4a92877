// Sweeps: [sweep] tables read with file/line/range errors, grid and Latin hypercube cells, the two
// seed rules, swept values overriding a population's draws, every model constant as an experimental
// variable, and the streaming runner's order and bounded reorder buffer.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <set>

#include "batch/batch_runner.h"
#include "batch/experiment.h"
#include "batch/runs_tally.h"
#include "params/param_registry.h"
#include "record/run_outputs.h"
#include "scenario/scenario.h"

using namespace sb;
using Catch::Matchers::Contains;

namespace {
std::string ErrorOf(const std::string& text) {
    try {
        ParseScenario(text, "sweep.toml");
    } catch (const ScenarioError& e) {
        return e.what();
    }
    return "(no error)";
}

const char* kGrid = R"([scenario]
seed = 11
[population]
sensitivity = { dist = "normal", mean = 5, sd = 2 }
reactivity = { dist = "uniform", min = 0.2, max = 0.8 }
[sweep]
replicates = 4
"today.consistency" = [0.2, 0.5, 0.9]
caregiver.sensitivity = { from = 1, to = 9, steps = 5 }
)";
}  // namespace

TEST_CASE("a grid sweep is read in registry order, the first factor varying slowest", "[sweep][scenario]") {
    const Scenario s = ParseScenario(kGrid, "sweep.toml");
    REQUIRE(s.sweep.enabled);
    REQUIRE(s.sweep.factors.size() == 2);
    REQUIRE(s.sweep.factors[0].parameter == "caregiver.sensitivity");  // registry order, not file order
    REQUIRE(s.sweep.factors[0].values == std::vector<double>{1, 3, 5, 7, 9});
    REQUIRE(s.sweep.factors[1].values == std::vector<double>{0.2, 0.5, 0.9});
    REQUIRE(s.sweep.Cells() == 15);
    REQUIRE(s.sweep.Dyads() == 60);
    const auto cells = SweepCells(s.sweep, s.sim.seed);
    REQUIRE(cells.size() == 15);
    REQUIRE(cells[0] == std::vector<double>{1, 0.2});
    REQUIRE(cells[1] == std::vector<double>{1, 0.5});
    REQUIRE(cells[3] == std::vector<double>{3, 0.2});
    REQUIRE(cells[14] == std::vector<double>{9, 0.9});
}

TEST_CASE("bad [sweep] tables are named with file, line and allowed range", "[sweep][scenario]") {
    REQUIRE_THAT(ErrorOf("[sweep]\ncaregiver.sensitivity = [1, 12]\n"), Contains("sweep.toml:2:"));
    REQUIRE_THAT(ErrorOf("[sweep]\ncaregiver.sensitivity = [1, 12]\n"), Contains("allowed range 1 to 9"));
    REQUIRE_THAT(ErrorOf("[sweep]\ndesign = \"random\"\ncaregiver.sensitivity = [1]\n"), Contains("allowed: \"grid\", \"lhs\""));
    REQUIRE_THAT(ErrorOf("[sweep]\nseeds = \"same\"\ncaregiver.sensitivity = [1]\n"), Contains("allowed: \"independent\", \"common\""));
    REQUIRE_THAT(ErrorOf("[sweep]\nreplicates = 0\ncaregiver.sensitivity = [1]\n"), Contains("sweep.toml:2:"));
    REQUIRE_THAT(ErrorOf("[sweep]\nreplicates = 0\ncaregiver.sensitivity = [1]\n"), Contains("allowed range 1 to"));
    REQUIRE_THAT(ErrorOf("[sweep]\ndesign = \"lhs\"\ncaregiver.sensitivity = { from = 1, to = 9 }\n"), Contains("needs samples"));
    REQUIRE_THAT(ErrorOf("[sweep]\ndesign = \"lhs\"\nsamples = 10\ncaregiver.sensitivity = [1, 2]\n"), Contains("samples a range"));
    REQUIRE_THAT(ErrorOf("[sweep]\nsamples = 10\ncaregiver.sensitivity = [1, 2]\n"), Contains("is for design = \"lhs\""));
    REQUIRE_THAT(ErrorOf("[sweep]\nreplicates = 3\n"), Contains("names no parameter"));
    REQUIRE_THAT(ErrorOf("[sweep]\ncaregiver.sensitivty = [1, 2]\n"), Contains("did you mean: caregiver.sensitivity"));
    REQUIRE_THAT(ErrorOf("[sweep]\ncaregiver.sensitivity = { from = 1, to = 9 }\n"), Contains("{ from = 1, to = 9, steps = 9 }"));
    REQUIRE_THAT(ErrorOf("[sweep]\ncaregiver.sensitivity = { values = [] }\n"), Contains("empty"));
    // A whole-number constant must get whole levels.
    REQUIRE_THAT(ErrorOf("[sweep]\nhistory.episodes_per_month = { from = 100, to = 301, steps = 3 }\n"), Contains("is a whole number"));
    // A correlated parameter cannot be fixed cell by cell.
    REQUIRE_THAT(ErrorOf(R"([population]
sensitivity = { dist = "normal", mean = 6, sd = 1.6 }
acceptance = { dist = "normal", mean = 6, sd = 1.6 }
correlations = [ { between = ["sensitivity", "acceptance"], r = 0.5 } ]
[sweep]
caregiver.sensitivity = [2, 8]
)"),
                 Contains("correlates"));
}

TEST_CASE("a Latin hypercube puts one sample in every stratum of every factor, from the seed", "[sweep]") {
    const Scenario s = ParseScenario(R"([scenario]
seed = 5
[sweep]
design = "lhs"
samples = 20
caregiver.sensitivity = { from = 1, to = 9 }
model.infant.cry_onset = { from = 0.3, to = 0.7 }
)",
                                     "lhs.toml");
    REQUIRE(s.sweep.Cells() == 20);
    const auto cells = SweepCells(s.sweep, 5);
    for (std::size_t f = 0; f < 2; ++f) {
        const double from = f == 0 ? 1 : 0.3, to = f == 0 ? 9 : 0.7;
        std::set<int> strata;
        for (const auto& c : cells) {
            REQUIRE(c[f] >= from);
            REQUIRE(c[f] <= to);
            strata.insert(static_cast<int>((c[f] - from) / (to - from) * 20));
        }
        REQUIRE(strata.size() == 20);
    }
    REQUIRE(SweepCells(s.sweep, 5) == cells);
    REQUIRE(SweepCells(s.sweep, 6) != cells);
}

TEST_CASE("independent seeds differ for every dyad; common seeds repeat replicate by replicate", "[sweep]") {
    Scenario s = ParseScenario(kGrid, "sweep.toml");
    std::set<std::uint64_t> seeds;
    for (long long g = 0; g < s.sweep.Dyads(); ++g) seeds.insert(SweepDyadSeed(s.sweep, 11, g));
    REQUIRE(seeds.size() == 60);
    // A one-cell sweep's dyad g is a batch's dyad g.
    REQUIRE(SweepDyadSeed(s.sweep, 11, 7) == DyadSeed(11, 7));
    s.sweep.seeds = SweepDef::Seeds::Common;
    for (long long g = 0; g < s.sweep.Dyads(); ++g) REQUIRE(SweepDyadSeed(s.sweep, 11, g) == DyadSeed(11, static_cast<int>(g % 4)));
    // With common seeds, two cells differ only by the swept values: the temperament draws agree.
    const Experiment e = Experiment::Sweep(s, 11);
    const SimulationDef a = e.Def(1), b = e.Def(4 * 7 + 1);
    REQUIRE(a.seed == b.seed);
    REQUIRE(a.infant.reactivity == b.infant.reactivity);
    REQUIRE(a.caregiver.sensitivity != b.caregiver.sensitivity);
}

TEST_CASE("swept values override the population's draws and today follows a swept history", "[sweep][population]") {
    const Scenario s = ParseScenario(kGrid, "sweep.toml");
    const Experiment e = Experiment::Sweep(s, 11);
    REQUIRE(e.Dyads() == 60);
    REQUIRE(e.DesignColumns() == std::vector<std::string>{"cell", "replicate", "caregiver.sensitivity", "today.consistency"});
    std::set<double> reactivity;
    for (long long g = 0; g < e.Dyads(); ++g) {
        const SimulationDef d = e.Def(g);
        const auto& cell = e.Cells()[static_cast<std::size_t>(g / 4)];
        REQUIRE(d.history.caregiver.sensitivity == cell[0]);  // drawn normal(5, 2) without the sweep
        REQUIRE(d.caregiver.sensitivity == cell[0]);          // no [today]: today follows her history
        REQUIRE(d.caregiver.consistency == cell[1]);
        reactivity.insert(d.infant.reactivity);               // still drawn, dyad by dyad
    }
    REQUIRE(reactivity.size() == 60);
    REQUIRE(e.DesignValues(5) == std::vector<std::string>{"2", "2", "1", "0.5"});
}

TEST_CASE("every model constant can be swept and drawn in a population", "[sweep][population][params]") {
    int model = 0;
    for (const ParamEntry& p : ParamRegistry()) {
        if (p.name.rfind("model.", 0) != 0) continue;
        ++model;
        const std::string lo = p.kind == ParamKind::Flag ? "false" : p.Format(p.min);
        const std::string hi = p.kind == ParamKind::Flag ? "true" : p.Format(p.max);
        const Scenario s = ParseScenario("[sweep]\n\"" + p.name + "\" = [" + lo + ", " + hi + "]\n", "every.toml");
        REQUIRE(s.sweep.factors.at(0).parameter == p.name);
        const Experiment e = Experiment::Sweep(s, 1);
        REQUIRE(p.Format(p.get(e.Def(0))) == lo);
        REQUIRE(p.Format(p.get(e.Def(1))) == hi);
        const std::string dist = p.kind == ParamKind::Flag ? "{ value = true, share = 0.5, otherwise = false }"
                                                           : "{ dist = \"uniform\", min = " + lo + ", max = " + hi + " }";
        const Scenario pop = ParseScenario("[population]\n\"" + p.name + "\" = " + dist + "\n", "every.toml");
        std::set<double> seen;
        for (int i = 0; i < 40; ++i) seen.insert(p.get(DrawDyad(pop.sim, pop.population, DyadSeed(2, i))));
        REQUIRE(seen.size() >= 2);  // drawn, not fixed
    }
    REQUIRE(model >= 290);
}

TEST_CASE("a swept model constant changes behaviour", "[sweep][params]") {
    // How fast distress turns into crying: with a high onset the same dyad cries less.
    const Scenario s = ParseScenario("[sweep]\nseeds = \"common\"\nmodel.infant.cry_onset = [0.2, 0.9]\n", "cry.toml");
    const Experiment e = Experiment::Sweep(s, 3);
    const RunResult low = RunAndMeasure(e.Def(0), 1), high = RunAndMeasure(e.Def(1), 2);
    REQUIRE(low.seed == high.seed);
    double cry_low = 0, cry_high = 0;
    for (const EpisodeMeasures& m : low.episodes) cry_low += m.crying_s;
    for (const EpisodeMeasures& m : high.episodes) cry_high += m.crying_s;
    REQUIRE(low.trace_hash != high.trace_hash);
    REQUIRE(cry_high < cry_low);
}

TEST_CASE("streamed dyads arrive in order, as a batch has them, with a bounded reorder buffer", "[sweep][batch][determinism]") {
    const Scenario s = ParseScenario(kGrid, "sweep.toml");
    const Experiment e = Experiment::Sweep(s, 11);
    for (int threads : {1, 3}) {
        std::atomic<long long> started{0}, handed{0}, most_ahead{0};
        std::vector<RunResult> got;
        DyadStream stream;
        stream.count = 24;
        stream.threads = threads;
        stream.def = [&](long long k) {
            const long long ahead = k - handed.load();
            long long seen = most_ahead.load();
            while (ahead > seen && !most_ahead.compare_exchange_weak(seen, ahead)) {}
            ++started;
            return e.Def(k);
        };
        stream.run_id = [](long long k) { return static_cast<int>(k + 1); };
        stream.sink = [&](RunResult&& r) {
            got.push_back(std::move(r));
            ++handed;
        };
        StreamDyads(stream);
        REQUIRE(got.size() == 24);
        for (std::size_t i = 0; i < got.size(); ++i) {
            REQUIRE(got[i].run_id == static_cast<int>(i + 1));
            REQUIRE(got[i].trace_hash == RunAndMeasure(e.Def(static_cast<long long>(i)), 1).trace_hash);
        }
        REQUIRE(most_ahead.load() < 4 * threads);
    }
}

TEST_CASE("the summary counted from runs.csv rows agrees with the one from the results", "[sweep][batch]") {
    const Scenario s = ParseScenario("[population]\nsensitivity = { dist = \"uniform\", min = 1, max = 9 }\n", "pop.toml");
    std::vector<RunResult> runs;
    for (int i = 0; i < 12; ++i) runs.push_back(RunAndMeasure(DrawDyad(s.sim, s.population, DyadSeed(9, i)), i + 1));
    const std::string csv = RunsCsv(runs, s);
    std::vector<std::string> lines;
    for (std::size_t at = 0; at < csv.size();) {
        const std::size_t end = csv.find('\n', at);
        lines.push_back(csv.substr(at, end - at));
        at = end + 1;
    }
    RunsTally tally(lines[0]);
    for (std::size_t i = 1; i < lines.size(); ++i) tally.Add(lines[i]);
    const PopulationSummary a = tally.Summary(), b = Summarise(runs);
    REQUIRE(a.n == 12);
    REQUIRE(a.classified == b.classified);
    REQUIRE(a.groups == b.groups);
    REQUIRE(a.subgroups == b.subgroups);
    REQUIRE(a.r_sensitivity_security == Approx(b.r_sensitivity_security).margin(0.01));
    REQUIRE(a.r_sensitivity_avoidance == Approx(b.r_sensitivity_avoidance).margin(0.01));
    REQUIRE(SplitCsvLine("1,\"a, \"\"b\"\"\",,x") == std::vector<std::string>{"1", "a, \"b\"", "", "x"});
}

TEST_CASE("shards are strided and together hold every dyad once", "[sweep][batch]") {
    for (long long dyads : {0LL, 1LL, 7LL, 18LL, 1000LL}) {
        for (int n : {1, 2, 3, 4, 7}) {
            std::vector<int> seen(static_cast<std::size_t>(dyads), 0);
            for (int k = 1; k <= n; ++k) {
                const Shard s = ParseShard(std::to_string(k) + "/" + std::to_string(n));
                for (long long i = 0; i < s.Count(dyads); ++i) {
                    const long long g = s.Global(i);
                    REQUIRE(g % n == k - 1);
                    ++seen.at(static_cast<std::size_t>(g));
                }
            }
            REQUIRE(std::all_of(seen.begin(), seen.end(), [](int c) { return c == 1; }));
        }
    }
    for (const char* bad : {"0/4", "5/4", "4", "1/0", "a/b", "1/4x", "", "-1/4", "1/100001"})
        REQUIRE_THROWS_WITH(ParseShard(bad), Contains("--shard must be K/N"));
}
