// Population runner implementation. Each run is a Job shared between the window's thread and a
// coordinating thread that calls RunBatch (which starts the workers and reports progress from the
// coordinating thread). The job's result is written before its `finished` flag is set and read only
// after the flag is seen, so the two threads never touch the same data at once.
#include "app/run/population_runner.h"

#include <algorithm>
#include <exception>
#include <utility>

#include "batch/batch_runner.h"

namespace sb::app {

struct PopulationRunner::Job {
    std::atomic<bool> cancel{false};
    std::atomic<bool> finished{false};
    std::atomic<int> done{0};
    int total = 0;
    std::chrono::steady_clock::time_point start;
    PopulationOutcome outcome;  // written by the thread before `finished`
    bool cancelled = false;     // likewise
    std::string error;          // likewise
    std::thread thread;
};

PopulationRunner::PopulationRunner(PopulationRunnerDef def) : def_(def) {}

PopulationRunner::~PopulationRunner() {
    Cancel();
    for (const std::shared_ptr<Job>& job : retiring_)
        if (job->thread.joinable()) job->thread.join();
}

int PopulationRunner::Threads() const {
    return def_.threads > 0 ? def_.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

void PopulationRunner::Start(const Scenario& on_screen, const PopulationSettings& settings) {
    Cancel();
    auto job = std::make_shared<Job>();
    job->total = std::max(0, settings.n);
    job->start = std::chrono::steady_clock::now();
    job->outcome.settings = settings;
    job->outcome.threads = Threads();
    PopulationJob what = MakePopulationJob(on_screen, settings);
    // The thread owns its copy of the scenario and shares only the job.
    job->thread = std::thread([job, what = std::move(what), settings, threads = Threads()] {
        try {
            BatchOptions o;
            o.n = settings.n;
            o.seed = settings.seed;
            o.threads = threads;
            o.cancel = &job->cancel;
            o.progress = [&job](int done, int) { job->done.store(done); };
            const std::vector<RunResult> runs = RunBatch(what.base, what.population, o);
            if (job->cancel.load() && static_cast<int>(runs.size()) != settings.n) {
                job->cancelled = true;
            } else {
                job->outcome.summary = Summarise(runs);
                job->outcome.wall_s =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - job->start).count();
            }
        } catch (const std::exception& e) {
            job->error = e.what();
        }
        job->finished.store(true);
    });
    current_ = std::move(job);
    requested_ = settings;
    started_ = true;
    error_.clear();
}

void PopulationRunner::Cancel() {
    if (!current_) return;
    current_->cancel.store(true);
    Retire(std::move(current_));
    current_.reset();
}

void PopulationRunner::Retire(std::shared_ptr<Job> job) { retiring_.push_back(std::move(job)); }

bool PopulationRunner::Poll() {
    // Cancelled runs: join those whose thread has returned; the others are left to finish.
    for (auto it = retiring_.begin(); it != retiring_.end();) {
        if ((*it)->finished.load()) {
            (*it)->thread.join();
            it = retiring_.erase(it);
        } else {
            ++it;
        }
    }
    if (!current_ || !current_->finished.load()) return false;
    current_->thread.join();
    const std::shared_ptr<Job> job = std::move(current_);
    current_.reset();
    if (!job->error.empty()) {
        error_ = job->error;
        return false;
    }
    if (job->cancelled) return false;
    history_.push_front(job->outcome);
    while (history_.size() > std::max<std::size_t>(1, def_.history_runs)) history_.pop_back();
    return true;
}

int PopulationRunner::Done() const { return current_ ? current_->done.load() : 0; }
int PopulationRunner::Total() const { return current_ ? current_->total : 0; }

double PopulationRunner::Elapsed_s() const {
    if (!current_) return 0.0;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - current_->start).count();
}

}  // namespace sb::app
