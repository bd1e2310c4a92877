// What batch, sweep and merge share: running an experiment's dyads (or one shard of them) with
// progress on stderr while their rows stream into staged runs.csv and episodes.csv (the header, rows and
// datapackage.json all from one column list, csv_columns.h), and the manifest
// fields that say which shard a folder holds and what its rows add up to.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "batch/experiment.h"
#include "batch/population_summary.h"
#include "record/table_schema.h"
#include "scenario/scenario.h"

namespace sb::cli {

struct ExperimentOutput {
    std::string out;      // folder: runs.csv, episodes.csv, datapackage.json, manifest.json
    int threads = 0;
    bool quiet = false;
    Shard shard;
};

// The four files of an output folder: runs.csv, episodes.csv, datapackage.json, the manifest last.
std::vector<std::string> ExperimentPaths(const std::string& out);

// The SHA-256 of the scenario file's bytes ("" for the built-in default), so merge can tell that
// shards ran the same scenario.
std::string ScenarioSha256(const Scenario& scenario);

// The columns the experiment's design adds after run_id (a sweep's; none for a batch).
std::vector<FieldDef> ExperimentDesignFields(const Scenario& scenario, const Experiment& experiment);

// The manifest's `population`: every distribution and correlation as the scenario gave them.
nlohmann::json PopulationJson(const PopulationDef& p);

// The manifest's `summary`: what the rows add up to (RunsTally), identical for a merged set.
nlohmann::json SummaryJson(const PopulationSummary& s);

// The manifest's `shard` (only in a shard's folder; merge removes it).
nlohmann::json ShardJson(const Shard& shard, long long dyads);

// Runs the shard's dyads and writes the set: the rows as dyads finish, in run_id order, then
// `manifest` with `summary` (and `shard`, when sharded) added, all committed as one set. Returns the
// summary of the rows written.
PopulationSummary RunExperiment(const Scenario& scenario, const Experiment& experiment, const ExperimentOutput& o,
                                nlohmann::json manifest);

}  // namespace sb::cli
