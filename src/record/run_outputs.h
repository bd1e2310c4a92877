// Running one procedure to the end, coding it, and writing what a researcher keeps of it:
// episodes.csv (one row per episode), runs.csv (one row per run, with the classification; the
// columns are defined in csv_columns.h), datapackage.json (their codebook) and manifest.json
// (provenance, scenario text, every registry parameter as used, seed, and the other files with
// their sizes and SHA-256, so the set can be checked).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "coding/coding.h"
#include "record/episode_measures.h"
#include "scenario/scenario.h"
#include "world/visible_trace.h"

namespace sb {

struct RunResult {
    int run_id = 1;
    std::uint64_t seed = 0;
    std::vector<EpisodeMeasures> episodes;
    std::uint64_t trace_hash = 0;
    double sim_time_s = 0.0;
    std::int64_t steps = 0;
    SimulationDef def;         // the definition as run (a population's draws included): every parameter as used
    CaregiverDef caregiver;    // today's caregiver parameters as used
    InfantDef infant;          // temperament as used
    WorkingModel learned;      // what the infant learned in its first year (hidden; for research)
    // Hidden physiology per episode (same order as `episodes`), for research and validation:
    // mean arousal and mean slow arousal. The observer never sees these.
    std::vector<double> arousal_mean;
    std::vector<double> sustained_arousal_mean;
    // Hidden: salivary cortisol at the post sample (model.infant.cortisol_sample_s after the start,
    // projected through the wait with her when the procedure ends earlier) over the baseline.
    double cortisol_ratio = 1.0;
    std::string arm;           // the trial arm the dyad was randomised to; empty outside a trial
    // A sweep's design cells, formatted as runs.csv has them (cell, replicate, each swept value, in
    // the order of the design's columns: csv_columns.h); empty outside a sweep.
    std::vector<std::string> design_values;
    Coding coding;             // the observer's coding of the visible trace
    VisibleTrace trace;        // kept only when asked for (it is large)
};

// Runs the whole procedure of `def` as fast as the CPU allows and codes it.
RunResult RunAndMeasure(const SimulationDef& def, int run_id = 1, bool keep_trace = false);

std::string EpisodesCsv(const std::vector<RunResult>& runs);
// The parameter columns come from the registry: those with a runs.csv column of their own (today's
// caregiver, the temperament), then one for every other parameter the scenario's population draws.
// A scenario with [trial] adds two last columns: arm and year_end_sensitivity. Rows a row at a time
// (batch and sweep, as dyads finish; a sweep's design columns too) come from csv_columns.h.
std::string RunsCsv(const std::vector<RunResult>& runs, const Scenario& scenario);
std::string ManifestJson(const Scenario& scenario, const RunResult& run);
std::string HashHex(std::uint64_t h);

// The files `run` writes, the manifest last: DIR/episodes.csv, DIR/runs.csv, DIR/datapackage.json,
// the trace (if `trace_path` is not empty) and DIR/manifest.json. Checked before the simulation starts, too.
std::vector<std::string> RunOutputPaths(const std::string& dir, const std::string& trace_path);

// Throws ExportError unless every file of RunOutputPaths may be written (export_targets.h) and the
// trace's folder exists or is the output folder (which is made if missing).
void CheckRunTargets(const std::string& dir, const std::string& trace_path);

// Writes the files of RunOutputPaths as one set (atomic_file.h): all are checked and staged before
// any is replaced, and the manifest, listing the others with their sizes and SHA-256, comes last.
void WriteRunOutputs(const std::string& dir, const Scenario& scenario, const RunResult& run,
                     const std::string& trace_path = "");

}  // namespace sb
