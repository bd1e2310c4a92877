// securebase-cli: the headless front end. Runs the procedure as fast as the CPU allows and
// writes the results; links no graphics.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "core/version.h"
#include "coding/coder.h"
#include "record/atomic_file.h"
#include "record/coding_report.h"
#include "record/run_outputs.h"
#include "record/trace_csv.h"
#include "scenario/scenario.h"

namespace {

struct RunOptions {
    std::string scenario;
    std::uint64_t seed = 0;
    bool seed_given = false;
    std::string out;
    std::string trace;
    bool quiet = false;
};

sb::Scenario LoadOrDefault(const std::string& arg) { return arg.empty() ? sb::DefaultScenario() : sb::LoadScenario(arg); }

int Run(const RunOptions& o) {
    sb::Scenario sc = LoadOrDefault(o.scenario);
    if (o.seed_given) sc.sim.seed = o.seed;
    // The wall clock is read here, at the edge, only to report speed; the simulation never sees it.
    const auto t0 = std::chrono::steady_clock::now();
    const sb::RunResult r = sb::RunAndMeasure(sc.sim, 1, !o.trace.empty());
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!o.quiet) {
        std::printf("scenario %s (%s), seed %llu\n", sc.name.c_str(), sc.source.c_str(),
                    static_cast<unsigned long long>(sc.sim.seed));
        for (const sb::EpisodeMeasures& m : r.episodes) {
            std::printf("ep %d %-32s start %7.1f s  dur %6.1f s  cry %5.1f s  explore %5.1f s  contact(M) %5.1f s  "
                        "search %5.1f s%s%s\n",
                        m.number, m.name.c_str(), m.start_s, m.duration_s, m.crying_s, m.exploring_s,
                        m.contact_caregiver_s, m.searching_s, m.curtailed ? "  [curtailed]" : "",
                        m.extended ? "  [extended]" : "");
        }
    }
    const sb::Classification& c = r.coding.classification;
    if (!o.quiet) {
        std::printf("coded: %s (subgroup %s), disorganization rating %d\n",
                    c.classifiable ? std::string(1, c.group).c_str() : "not classifiable", c.subgroup.c_str(),
                    r.coding.disorganization.rating);
        for (const std::string& reason : c.reasons) std::printf("  - %s\n", reason.c_str());
    }
    sb::WriteRunOutputs(o.out, sc, r);
    if (!o.trace.empty()) {
        sb::VisibleTrace trace = r.trace;
        trace.scenario = sc.name;
        sb::WriteFileAtomically(o.trace, sb::TraceToCsv(trace));
    }
    std::printf("done: %zu episodes, %.1f s simulated in %lld steps, %.3f s wall; trace %s; wrote %s/episodes.csv, "
                "runs.csv, manifest.json%s%s\n",
                r.episodes.size(), r.sim_time_s, static_cast<long long>(r.steps), wall, sb::HashHex(r.trace_hash).c_str(),
                o.out.c_str(), o.trace.empty() ? "" : " and ", o.trace.c_str());
    return 0;
}

int Code(const std::string& path, bool json) {
    const sb::VisibleTrace trace = sb::ReadTraceFile(path);
    const sb::Coding coding = sb::CodeTrace(trace);
    if (json) {
        std::fputs(sb::CodingJson(coding, path).c_str(), stdout);
    } else {
        std::printf("%s: %zu instants, %zu episodes (scenario '%s', seed %llu)\n\n", path.c_str(), trace.frames.size(),
                    coding.episodes.size(), trace.scenario.c_str(), static_cast<unsigned long long>(trace.seed));
        std::fputs(sb::CodingReport(coding).c_str(), stdout);
    }
    return 0;
}

int Check(const std::string& path) {
    const sb::Scenario sc = sb::LoadScenario(path);
    std::printf("%s: ok (scenario '%s', seed %llu, caregiver sensitivity %.2f, consistency %.2f)\n", sc.source.c_str(),
                sc.name.c_str(), static_cast<unsigned long long>(sc.sim.seed), sc.sim.caregiver.sensitivity,
                sc.sim.caregiver.consistency);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"SecureBase headless runner: Ainsworth's Strange Situation, simulated."};
    app.set_version_flag("--version", std::string("securebase-cli ") + SECUREBASE_VERSION);
    app.require_subcommand(1);

    RunOptions run;
    CLI::App* run_cmd = app.add_subcommand("run", "Run the whole 8-episode procedure once and write episodes.csv and manifest.json");
    run_cmd->add_option("scenario", run.scenario, "Scenario file or name in scenarios/ (default: built-in default dyad)");
    CLI::Option* seed_opt = run_cmd->add_option("--seed", run.seed, "Random seed (overrides the scenario's)")
                                ->check(CLI::Range(std::uint64_t{0}, sb::kMaxSeed));
    run_cmd->add_option("--out", run.out, "Output folder (created if missing)")->required();
    run_cmd->add_option("--trace", run.trace, "Also write the visible-behaviour trace (CSV) to this file");
    run_cmd->add_flag("-q,--quiet", run.quiet, "Print only the final line");

    std::string code_path;
    bool code_json = false;
    CLI::App* code_cmd = app.add_subcommand("code", "Code a visible-behaviour trace: scales, disorganization, classification");
    code_cmd->add_option("trace", code_path, "Trace file written by 'run --trace'")->required();
    code_cmd->add_flag("--json", code_json, "Print the coding as JSON");

    std::string check_path;
    CLI::App* check_cmd = app.add_subcommand("check", "Check a scenario file and report the first error, if any");
    check_cmd->add_option("scenario", check_path, "Scenario file")->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    run.seed_given = seed_opt->count() > 0;
    try {
        if (*run_cmd) return Run(run);
        if (*check_cmd) return Check(check_path);
        if (*code_cmd) return Code(code_path, code_json);
    } catch (const sb::ScenarioError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const sb::TraceError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const sb::ExportError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 3;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
    return 0;
}
