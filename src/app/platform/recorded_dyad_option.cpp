// Opening a recorded dyad in the window (recorded_dyad_option.h).
#include "app/platform/recorded_dyad_option.h"

#include <cstdio>

#include "batch/replay.h"
#include "record/csv_read.h"

namespace sb::app {

void AddRecordedDyadOptions(CLI::App& app, RecordedDyadOption& o, CLI::Option* scenario_opt, CLI::Option* seed_opt) {
    CLI::Option* from = app.add_option("--from", o.dir, "Open dyad --run-id of this folder written by securebase-cli run, batch or sweep");
    from->excludes(scenario_opt)->excludes(seed_opt);
    app.add_option("--run-id", o.run_id, "The dyad's run_id in the --from folder's runs.csv (default 1)")
        ->check(CLI::Range(1, 100000000))
        ->needs(from);
}

Scenario RecordedDyadScenario(const RecordedDyadOption& o) {
    try {
        const RecordedDyad d = RebuildRecordedDyad(o.dir, o.run_id);
        if (!d.parameter_mismatches.empty())
            std::fprintf(stderr, "note: %zu parameter cells of run %d differ from the rebuilt dyad (first: %s)\n",
                         d.parameter_mismatches.size(), o.run_id, d.parameter_mismatches.front().c_str());
        std::printf("%s: run %d of '%s', seed %llu (recorded trace %s)\n", o.dir.c_str(), o.run_id, d.scenario.name.c_str(),
                    static_cast<unsigned long long>(d.seed), d.recorded_trace_hash.c_str());
        Scenario sc = d.scenario;
        sc.name += " \u2014 run " + std::to_string(o.run_id);
        return sc;
    } catch (const ReplayError& e) {
        throw ScenarioError(e.what());
    } catch (const CsvError& e) {
        throw ScenarioError(e.what());
    }
}

}  // namespace sb::app
