// securebase-cli run: one procedure, printed and written (episodes.csv, runs.csv, datapackage.json, manifest.json).
#include <chrono>
#include <cstdio>

#include "cli/commands.h"
#include "record/export_error.h"
#include "record/export_targets.h"
#include "record/run_outputs.h"
#include "record/trace_csv.h"
#include "scenario/scenario.h"

namespace sb::cli {

int Run(const RunOptions& o) {
    // A mistaken target (a link, a device, two outputs on one file) is refused before the run; the
    // trace colliding with a file of --out is named by its options, the likeliest slip.
    for (const std::string& path : RunOutputPaths(o.out, ""))
        if (!o.trace.empty() && SameTarget(o.trace, path))
            throw ExportError("--trace " + o.trace + " is the same file as " + path + ", which --out " + o.out +
                              " also writes; give the trace a file of its own");
    CheckRunTargets(o.out, o.trace);
    Scenario sc = o.scenario_given ? LoadScenario(o.scenario) : DefaultScenario();
    if (o.seed_given) sc.sim.seed = o.seed;
    // A [population] describes many dyads; run simulates one, the scenario's base dyad, and says so
    // rather than passing it off as a draw (the manifest records it too).
    if (sc.population.enabled)
        std::fprintf(stderr, "note: %s has a [population], which 'run' does not draw from: this is its base dyad (the values "
                             "outside [population]). Use 'securebase-cli batch %s --n N' to draw dyads, and 'securebase-cli "
                             "replay DIR --run-id N' to re-run one of them.\n",
                     sc.given.c_str(), sc.given.c_str());
    // The wall clock is read here, at the edge, only to report speed; the simulation never sees it.
    const auto t0 = std::chrono::steady_clock::now();
    const RunResult r = RunAndMeasure(sc.sim, 1, !o.trace.empty());
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const Classification& c = r.coding.classification;
    if (!o.quiet) {
        std::printf("scenario %s (%s), seed %llu\n", sc.name.c_str(), sc.source.c_str(), static_cast<unsigned long long>(sc.sim.seed));
        for (const EpisodeMeasures& m : r.episodes) {
            std::printf("ep %d %-32s start %7.1f s  dur %6.1f s  cry %5.1f s  explore %5.1f s  contact(M) %5.1f s  "
                        "search %5.1f s%s%s\n",
                        m.number, m.name.c_str(), m.start_s, m.duration_s, m.crying_s, m.exploring_s,
                        m.contact_caregiver_s, m.searching_s, m.curtailed ? "  [curtailed]" : "", m.extended ? "  [extended]" : "");
        }
        std::printf("coded: %s (subgroup %s), disorganization rating %d\n",
                    c.classifiable ? std::string(1, c.group).c_str() : "not classifiable", c.subgroup.c_str(),
                    r.coding.disorganization.rating);
        for (const std::string& reason : c.reasons) std::printf("  - %s\n", reason.c_str());
    }
    WriteRunOutputs(o.out, sc, r, o.trace);
    std::printf("done: %zu episodes, %.1f s simulated in %lld steps, %.3f s wall; trace %s; wrote %s/episodes.csv, "
                "runs.csv, datapackage.json, manifest.json%s%s\n",
                r.episodes.size(), r.sim_time_s, static_cast<long long>(r.steps), wall, HashHex(r.trace_hash).c_str(),
                o.out.c_str(), o.trace.empty() ? "" : " and ", o.trace.c_str());
    return 0;
}

int Check(const std::string& path) {
    const Scenario sc = LoadScenario(path);
    std::printf("%s: ok (scenario '%s', seed %llu, caregiver sensitivity %.2f, consistency %.2f, acceptance %.2f, "
                "frightening %.2f%s%s)\n",
                sc.source.c_str(), sc.name.c_str(), static_cast<unsigned long long>(sc.sim.seed), sc.sim.caregiver.sensitivity,
                sc.sim.caregiver.consistency, sc.sim.caregiver.acceptance, sc.sim.caregiver.frightening,
                sc.population.enabled ? ", with a population" : "",
                sc.trial.enabled ? (", and a trial of " + std::to_string(sc.trial.arms.size()) + " arms").c_str() : "");
    if (sc.sweep.enabled) {
        std::string factors;
        for (const SweepFactor& f : sc.sweep.factors)
            factors += (factors.empty() ? "" : " x ") + f.parameter + " (" +
                       (sc.sweep.design == SweepDef::Design::Grid ? std::to_string(f.values.size()) + " values" : "range sampled") + ")";
        std::printf("  sweep: %s design, %s; %d cells x %d replicates = %lld dyads; seeds %s\n", ToString(sc.sweep.design), factors.c_str(),
                    sc.sweep.Cells(), sc.sweep.replicates, sc.sweep.Dyads(), ToString(sc.sweep.seeds));
    }
    return 0;
}

}  // namespace sb::cli
