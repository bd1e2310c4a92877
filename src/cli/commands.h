// The subcommands of securebase-cli. main.cpp parses the command line (CLI11 lives there only,
// it is slow to compile); each command is a plain function in its own file.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sb::cli {

struct RunOptions {
    std::string scenario;
    bool scenario_given = false;  // not given: the built-in default (given but empty is an error)
    std::uint64_t seed = 0;
    bool seed_given = false;
    std::string out;
    std::string trace;          // empty: no trace file
    bool quiet = false;
};

struct BatchOptions {
    std::string scenario;
    int n = 100;
    std::uint64_t seed = 1;
    bool seed_given = false;
    int threads = 0;            // 0: one per core
    std::string out;
    bool quiet = false;
    std::string shard;          // "K/N", or empty for all dyads
};

struct SweepOptions {
    std::string scenario;
    std::uint64_t seed = 1;
    bool seed_given = false;
    int threads = 0;            // 0: one per core
    std::string out;
    bool quiet = false;
    std::string shard;          // "K/N", or empty for all dyads
};

struct ValidateOptions {
    int pathway_n = 200;
    int population_n = 2000;
    std::uint64_t seed = 2024;
    int threads = 0;
    std::string out;            // also write the Markdown report here
    bool quiet = false;
};

struct ReplayOptions {
    std::string dir;            // a folder written by run or batch
    int run_id = 1;
    std::string trace;          // also write the replayed trace here; empty: none
    bool quiet = false;
};

// --threads as used: 0 stays 0 (one per core); more than four per core is cut to four per core,
// with a note on stderr. More threads than that only add memory and switching (each dyad runs on
// one thread), and a mistyped 1000 would otherwise start a thousand threads.
int CappedThreads(int requested);

int Run(const RunOptions& o);
int Validate(const ValidateOptions& o);
int Batch(const BatchOptions& o);
int Sweep(const SweepOptions& o);
// Merges the folders of the shards of one batch or sweep into `out`: the files the unsharded run
// writes, byte for byte. Exit 6 when the shards do not belong together or a dyad is missing or repeated.
int Merge(const std::vector<std::string>& shard_dirs, const std::string& out);
int Code(const std::string& trace_path, bool json);
int Check(const std::string& scenario_path);
// Checks an output folder against its manifest: 0 if it holds one complete set, 5 if not.
int Verify(const std::string& dir);
// A trial's arms and effect sizes from DIR/runs.csv; writes DIR/report.csv. `control` names the
// arm the others are compared with ("" for the arm named control).
int Report(const std::string& dir, const std::string& control);
// Re-runs one dyad of an output folder: 0 if it gives the recorded trace digest and its row's
// parameters read back exactly, 6 if not.
int Replay(const ReplayOptions& o);
// Lists the parameter registry (all of it, or one group), as text or as the Markdown table.
int Params(bool markdown, const std::string& group);
// A BORIS event export to a hand-coded trace (docs/trace-format.md).
int ImportBoris(const std::string& events_path, const std::string& map_path, const std::string& out);

}  // namespace sb::cli
