// securebase-cli report: the effect sizes of a simulated trial, from the runs.csv a batch of a
// scenario with [trial] wrote; printed, and written beside it as report.csv (one atomic file).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "batch/trial_report.h"
#include "cli/commands.h"
#include "record/atomic_file.h"
#include "record/export_targets.h"

namespace sb::cli {

int Report(const std::string& dir, const std::string& control) {
    namespace fs = std::filesystem;
    const fs::path runs = fs::path(dir) / "runs.csv";
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw TrialReportError(dir + ": no such folder (give the --out folder of a batch)");
    if (!fs::is_regular_file(runs, ec)) throw TrialReportError(runs.string() + ": no such file (give the --out folder of a batch)");
    std::ifstream in(runs, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in && !in.eof()) throw TrialReportError(runs.string() + ": cannot be read");
    const TrialReport report = AnalyseTrial(text.str(), runs.string(), control);
    // report.csv is not in the batch's manifest: the manifest describes what the batch wrote, and
    // the report can be redone from runs.csv at any time. It is replaced whole or not at all.
    const std::string target = (fs::path(dir) / "report.csv").string();
    CheckTargets({target});
    WriteFileAtomically(target, TrialReportCsv(report));
    std::fputs(TrialReportText(report).c_str(), stdout);
    std::printf("\nwrote %s\n", target.c_str());
    return 0;
}

}  // namespace sb::cli
