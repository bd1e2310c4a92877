// securebase-cli: the headless front end — run, batch, sweep, merge, report, validate, code, check, verify, replay, params. Parses
// the command line and hands over to the command functions; links no graphics.
#include <CLI/CLI.hpp>
#include <cstdio>

#include "batch/trial_report.h"
#include "cli/commands.h"
#include "core/version.h"
#include "params/param_registry.h"
#include "batch/replay.h"
#include "record/atomic_file.h"
#include "record/csv_read.h"
#include "record/provenance.h"
#include "record/trace_csv.h"
#include "scenario/scenario.h"

int main(int argc, char** argv) {
    CLI::App app{"SecureBase headless runner: Ainsworth's Strange Situation, simulated and coded."};
    app.set_version_flag("--version", std::string("securebase-cli ") + SECUREBASE_VERSION);
    app.require_subcommand(1);

    sb::cli::RunOptions run;
    CLI::App* run_cmd = app.add_subcommand("run", "Run the 8-episode procedure once; write episodes.csv, runs.csv, datapackage.json, manifest.json");
    CLI::Option* run_scenario =
        run_cmd->add_option("scenario", run.scenario, "Scenario file or name in scenarios/ (default: built-in default dyad)");
    CLI::Option* run_seed = run_cmd->add_option("--seed", run.seed, "Random seed (overrides the scenario's)")
                                ->check(CLI::Range(std::uint64_t{0}, sb::kMaxSeed));
    run_cmd->add_option("--out", run.out, "Output folder (created if missing)")->required();
    run_cmd->add_option("--trace", run.trace, "Also write the visible-behaviour trace (CSV) to this file");
    run_cmd->add_flag("-q,--quiet", run.quiet, "Print only the final line");

    sb::cli::BatchOptions batch;
    CLI::App* batch_cmd = app.add_subcommand("batch", "Run a population of dyads in parallel; write runs.csv, episodes.csv, datapackage.json, manifest.json");
    batch_cmd->add_option("scenario", batch.scenario, "Scenario file or name (its [population] gives the distributions)")->required();
    batch_cmd->add_option("--n", batch.n, "Number of dyads (rows are written as dyads finish; memory does not grow with it)")
        ->check(CLI::Range(1, 1000000000));
    CLI::Option* batch_seed = batch_cmd->add_option("--seed", batch.seed, "Batch seed (default: the scenario's seed)")
                                  ->check(CLI::Range(std::uint64_t{0}, sb::kMaxSeed));
    batch_cmd->add_option("--threads", batch.threads, "Worker threads (default: one per core; at most 4 per core); results do not depend on it")
        ->check(CLI::Range(0, 1024));
    batch_cmd->add_option("--out", batch.out, "Output folder (created if missing)")->required();
    batch_cmd->add_flag("-q,--quiet", batch.quiet, "No progress display");
    batch_cmd->add_option("--shard", batch.shard, "Run only shard K of N (K/N): the dyads with run_id - 1 = K-1, K-1+N, ...; 'merge' joins the shards");

    sb::cli::SweepOptions sweep;
    CLI::App* sweep_cmd = app.add_subcommand("sweep", "Run a scenario's [sweep] (grid or Latin hypercube x replicates); write runs.csv, episodes.csv, datapackage.json, manifest.json");
    sweep_cmd->add_option("scenario", sweep.scenario, "Scenario file or name with a [sweep] table")->required();
    CLI::Option* sweep_seed = sweep_cmd->add_option("--seed", sweep.seed, "Seed (default: the scenario's)")
                                  ->check(CLI::Range(std::uint64_t{0}, sb::kMaxSeed));
    sweep_cmd->add_option("--threads", sweep.threads, "Worker threads (default: one per core; at most 4 per core); results do not depend on it")
        ->check(CLI::Range(0, 1024));
    sweep_cmd->add_option("--out", sweep.out, "Output folder (created if missing)")->required();
    sweep_cmd->add_flag("-q,--quiet", sweep.quiet, "No progress display or summary");
    sweep_cmd->add_option("--shard", sweep.shard, "Run only shard K of N (K/N): the dyads with run_id - 1 = K-1, K-1+N, ...; 'merge' joins the shards");

    std::vector<std::string> merge_dirs;
    std::string merge_out;
    CLI::App* merge_cmd = app.add_subcommand("merge", "Merge the shard folders of one batch or sweep into the files the unsharded run writes");
    merge_cmd->add_option("folders", merge_dirs, "Shard folders (written with --shard K/N), every shard once")->required();
    merge_cmd->add_option("--out", merge_out, "Output folder (created if missing)")->required();

    std::string report_dir, report_control;
    CLI::App* report_cmd = app.add_subcommand("report", "A trial's arms and effect sizes with 95% CIs, from a batch's runs.csv; writes report.csv beside it");
    report_cmd->add_option("folder", report_dir, "Folder written by 'batch' for a scenario with [trial]")->required();
    report_cmd->add_option("--control", report_control, "The arm the others are compared with (default: the arm named control)");

    sb::cli::ValidateOptions validate;
    CLI::App* validate_cmd = app.add_subcommand("validate", "Measure the model against the published targets (docs/validation.md)");
    validate_cmd->add_option("--pathway-n", validate.pathway_n, "Dyads per caregiving pathway")->check(CLI::Range(10, 1000000));
    validate_cmd->add_option("--population-n", validate.population_n, "Dyads in each population (low-risk, high-risk, and each other place)")->check(CLI::Range(10, 10000000));
    validate_cmd->add_option("--seed", validate.seed, "Batch seed")->check(CLI::Range(std::uint64_t{0}, sb::kMaxSeed));
    validate_cmd->add_option("--threads", validate.threads, "Worker threads (default: one per core; at most 4 per core)")->check(CLI::Range(0, 1024));
    validate_cmd->add_option("--out", validate.out, "Also write the Markdown report to this file");
    validate_cmd->add_flag("-q,--quiet", validate.quiet, "No progress display");

    std::string code_path;
    bool code_json = false;
    CLI::App* code_cmd = app.add_subcommand("code", "Code a visible-behaviour trace: scales, disorganization, classification");
    code_cmd->add_option("trace", code_path, "Trace file written by 'run --trace', or hand-coded (docs/trace-format.md)")->required();
    code_cmd->add_flag("--json", code_json, "Print the coding as JSON");

    std::string check_path;
    CLI::App* check_cmd = app.add_subcommand("check", "Check a scenario file and report the first error, if any");
    check_cmd->add_option("scenario", check_path, "Scenario file")->required();

    std::string verify_dir;
    CLI::App* verify_cmd = app.add_subcommand("verify", "Check that an output folder holds one complete set: every file its manifest lists, unchanged");
    verify_cmd->add_option("folder", verify_dir, "Folder written by 'run', 'batch', 'sweep' or 'merge'")->required();

    sb::cli::ReplayOptions replay;
    CLI::App* replay_cmd = app.add_subcommand("replay", "Re-run one dyad of a run, batch or sweep folder from its manifest and runs.csv row; check the trace digest");
    replay_cmd->add_option("folder", replay.dir, "Folder written by 'run', 'batch', 'sweep' or 'merge'")->required();
    replay_cmd->add_option("--run-id", replay.run_id, "The dyad's run_id in runs.csv (1 for a run)")->check(CLI::Range(1, 100000000));
    replay_cmd->add_option("--trace", replay.trace, "Also write the replayed visible-behaviour trace (CSV) to this file");
    replay_cmd->add_flag("-q,--quiet", replay.quiet, "Print only the verdict");

    bool params_markdown = false;
    std::string params_group;
    CLI::App* params_cmd = app.add_subcommand("params", "List every parameter a scenario can set: name, default, range, unit, help");
    params_cmd->add_flag("--markdown", params_markdown, "As the Markdown table of docs/model.md");
    params_cmd->add_option("--group", params_group, "Only this group (caregiver, today, model.infant, ...)");

    std::string boris_events, boris_map, boris_out;
    CLI::App* boris_cmd = app.add_subcommand("import-boris", "Turn a BORIS event export into a hand-coded trace for 'code'");
    boris_cmd->add_option("events", boris_events, "BORIS tabular events export (CSV or TSV)")->required();
    boris_cmd->add_option("--map", boris_map, "Mapping of subjects, behaviours and episodes (TOML)")->required();
    boris_cmd->add_option("--out", boris_out, "Trace file to write")->required();

    // CLI11 takes an unknown first word for a stray argument and says only that a subcommand is
    // required; name the word and the subcommands instead.
    std::string subcommands;
    bool known = false;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        subcommands += (subcommands.empty() ? "" : ", ") + sub->get_name();
        known |= argc >= 2 && sub->check_name(argv[1]);
    }
    if (argc < 2 || (argv[1][0] != '-' && !known)) {
        if (argc < 2)
            std::fprintf(stderr, "error: a subcommand is needed: %s ('securebase-cli --help' describes them)\n", subcommands.c_str());
        else
            std::fprintf(stderr, "error: unknown subcommand '%s' (the subcommands are: %s; 'securebase-cli --help' describes them)\n",
                         sb::ShortForMessage(argv[1]).c_str(), subcommands.c_str());
        return static_cast<int>(CLI::ExitCodes::RequiredError);
    }
    sb::RecordCommandLine(argc, argv);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    run.scenario_given = run_scenario->count() > 0;
    run.seed_given = run_seed->count() > 0;
    batch.seed_given = batch_seed->count() > 0;
    sweep.seed_given = sweep_seed->count() > 0;
    try {
        if (*run_cmd) return sb::cli::Run(run);
        if (*batch_cmd) return sb::cli::Batch(batch);
        if (*report_cmd) return sb::cli::Report(report_dir, report_control);
        if (*sweep_cmd) return sb::cli::Sweep(sweep);
        if (*merge_cmd) return sb::cli::Merge(merge_dirs, merge_out);
        if (*validate_cmd) return sb::cli::Validate(validate);
        if (*code_cmd) return sb::cli::Code(code_path, code_json);
        if (*check_cmd) return sb::cli::Check(check_path);
        if (*verify_cmd) return sb::cli::Verify(verify_dir);
        if (*params_cmd) return sb::cli::Params(params_markdown, params_group);
        if (*replay_cmd) return sb::cli::Replay(replay);
        if (*boris_cmd) return sb::cli::ImportBoris(boris_events, boris_map, boris_out);
    } catch (const sb::ScenarioError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const sb::TrialReportError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const sb::ReplayError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const sb::CsvError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const sb::TraceError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const sb::ExportError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 3;
    } catch (const std::invalid_argument& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
    return 0;
}
