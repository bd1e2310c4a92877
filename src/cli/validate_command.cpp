// securebase-cli validate: the validation report of docs/validation.md, measured afresh.
#include <unistd.h>

#include <cstdio>

#include "batch/validation.h"
#include "cli/commands.h"
#include "record/atomic_file.h"

namespace sb::cli {

int Validate(const ValidateOptions& o) {
    ValidationDef def;
    def.pathway_n = o.pathway_n;
    def.population_n = o.population_n;
    def.seed = o.seed;
    def.threads = o.threads;
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
    if (!o.out.empty()) WriteFileAtomically(o.out, md);
    std::fputs(md.c_str(), stdout);
    int failed = 0;
    for (const ValidationCheck& c : rep.checks) failed += !c.pass;
    std::printf("\n%zu passed, %d failed\n", rep.checks.size() - failed, failed);
    return failed ? 4 : 0;
}

}  // namespace sb::cli
