// securebase-cli validate: the validation report of docs/validation.md, measured afresh.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "batch/validation.h"
#include "cli/commands.h"
#include "record/atomic_file.h"
#include "record/export_targets.h"

namespace sb::cli {

namespace {
// The file's text, or empty if there is none yet.
std::string Existing(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}
}  // namespace

int Validate(const ValidateOptions& o) {
    // A mistaken --out (a link, a device, a folder) is refused before minutes of measuring.
    if (!o.out.empty()) CheckTargets({o.out});
    ValidationDef def;
    def.pathway_n = o.pathway_n;
    def.population_n = o.population_n;
    def.seed = o.seed;
    def.threads = CappedThreads(o.threads);
    const bool tty = isatty(STDERR_FILENO);
    def.progress = [&](const std::string& stage, int done, int total) {
        if (o.quiet) return;
        if (tty) {
            std::fprintf(stderr, "\r  %-20s %d/%d   ", stage.c_str(), done, total);
            if (done == total) std::fputc('\n', stderr);
        } else if (done == total) {
            std::fprintf(stderr, "  %s: %d dyads\n", stage.c_str(), total);
        }
    };
    const ValidationReport rep = sb::Validate(def);
    const std::string command = "securebase-cli validate --pathway-n " + std::to_string(o.pathway_n) + " --population-n " +
                                std::to_string(o.population_n) + " --seed " + std::to_string(o.seed);
    const std::string md = ReportMarkdown(rep, def, command);
    // Writing into docs/validation.md replaces its measured section and keeps the prose around it.
    if (!o.out.empty()) WriteFileAtomically(o.out, SpliceReport(Existing(o.out), md));
    std::fputs(md.c_str(), stdout);
    int failed = 0, fidelity_failed = 0, places_failed = 0;
    for (const ValidationCheck& c : rep.checks) failed += !c.pass;
    for (const ValidationCheck& c : rep.fidelity) fidelity_failed += !c.pass;
    for (const ValidationCheck& c : rep.places) places_failed += !c.pass;
    std::printf("\n%zu passed, %d failed; fidelity targets: %zu passed, %d failed; other places: %zu passed, %d failed\n",
                rep.checks.size() - failed, failed, rep.fidelity.size() - fidelity_failed, fidelity_failed,
                rep.places.size() - places_failed, places_failed);
    return failed + fidelity_failed + places_failed ? 4 : 0;
}

}  // namespace sb::cli
