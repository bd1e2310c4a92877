// securebase-cli replay: re-runs one dyad of an output folder from what the folder records (the
// scenario text in manifest.json, the seed and exact parameters in runs.csv) and checks that it
// gives the recorded trace digest.
#include <cstdio>

#include "batch/replay.h"
#include "cli/commands.h"
#include "core/version.h"
#include "record/atomic_file.h"
#include "record/export_targets.h"
#include "record/run_outputs.h"
#include "record/trace_csv.h"

namespace sb::cli {

int Replay(const ReplayOptions& o) {
    if (!o.trace.empty()) {
        CheckTargets({o.trace});
        RequireFolderOf(o.trace);
    }
    const RecordedDyad d = RebuildRecordedDyad(o.dir, o.run_id);
    const RunResult r = RunAndMeasure(d.scenario.sim, d.run_id, !o.trace.empty());
    const std::string digest = HashHex(r.trace_hash);
    const bool same = digest == d.recorded_trace_hash && d.parameter_mismatches.empty();
    if (!o.quiet) {
        std::printf("%s %s: run %d of '%s' (%s), seed %llu; %d parameter cells checked against the rebuilt dyad, %zu differ\n",
                    o.dir.c_str(), d.command.c_str(), d.run_id, d.scenario.name.c_str(), d.scenario.given.empty() ? "built-in default" : d.scenario.given.c_str(),
                    static_cast<unsigned long long>(d.seed), d.parameters_checked, d.parameter_mismatches.size());
        for (const std::string& m : d.parameter_mismatches) std::printf("  differs: %s\n", m.c_str());
    }
    if (!o.trace.empty()) {
        VisibleTrace trace = r.trace;
        trace.header.scenario = d.scenario.name;
        WriteFileAtomically(o.trace, TraceToCsv(trace));
    }
    std::printf("%s: trace %s, recorded %s%s%s\n", same ? "reproduced" : "NOT reproduced", digest.c_str(),
                d.recorded_trace_hash.c_str(), o.trace.empty() ? "" : "; wrote ", o.trace.c_str());
    // The digest's definition belongs to a version; an older folder's trace can be right and its
    // digest still differ.
    if (!same && d.parameter_mismatches.empty() && !d.recorded_version.empty() && d.recorded_version != SECUREBASE_VERSION)
        std::printf("note: the folder was written by securebase %s and this is %s; trace digests are computed differently "
                    "between versions, so compare the traces themselves (--trace) instead\n",
                    d.recorded_version.c_str(), SECUREBASE_VERSION);
    return same ? 0 : 6;
}

}  // namespace sb::cli
