// Population runner: runs a population of dyads on worker threads (RunBatch, the command line's
// batch) while the window goes on drawing. Starting, polling and cancelling never wait for a dyad:
// a run that is replaced or cancelled finishes its running dyads on its own threads and is joined
// once it has. Keeps the last few finished runs with their settings, newest first, so a lecturer
// can show how a change moved the shares.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <deque>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "app/run/population_spread.h"
#include "batch/population_summary.h"

namespace sb::app {

struct PopulationRunnerDef {
    int threads = 0;              // worker threads; 0: one per core
    std::size_t history_runs = 5; // finished runs kept
};

// One finished run.
struct PopulationOutcome {
    PopulationSettings settings;
    PopulationSummary summary;
    double wall_s = 0.0;  // from Start to the last dyad's result (seconds, this machine)
    int threads = 1;
};

class PopulationRunner {
public:
    explicit PopulationRunner(PopulationRunnerDef def = {});
    ~PopulationRunner();  // cancels and joins every run still going
    PopulationRunner(const PopulationRunner&) = delete;
    PopulationRunner& operator=(const PopulationRunner&) = delete;

    // Starts a run of `settings` over the window's scenario, cancelling the one going (if any).
    void Start(const Scenario& on_screen, const PopulationSettings& settings);
    // Stops the run going: no further dyad is started and nothing is added to the history.
    void Cancel();
    // Collects a finished run into the history and joins threads that are done. Call once a frame;
    // true when a run finished since the last call.
    bool Poll();

    bool Running() const { return current_ != nullptr; }
    // Progress of the run going: dyads done and in all; seconds since it started.
    int Done() const;
    int Total() const;
    double Elapsed_s() const;
    // The settings of the run going, or of the last one started.
    const PopulationSettings& Requested() const { return requested_; }
    bool AnyStarted() const { return started_; }
    // Finished runs, newest first.
    const std::deque<PopulationOutcome>& History() const { return history_; }
    // Why the last run failed ("" if it did not).
    const std::string& Error() const { return error_; }
    int Threads() const;

private:
    struct Job;
    void Retire(std::shared_ptr<Job> job);

    PopulationRunnerDef def_;
    std::shared_ptr<Job> current_;
    std::vector<std::shared_ptr<Job>> retiring_;  // cancelled, their threads still finishing
    PopulationSettings requested_;
    bool started_ = false;
    std::deque<PopulationOutcome> history_;
    std::string error_;
};

}  // namespace sb::app
