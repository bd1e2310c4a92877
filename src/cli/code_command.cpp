// securebase-cli code: the observer on a trace file.
#include <cstdio>

#include "cli/commands.h"
#include "coding/coder.h"
#include "coding/trace_gaps.h"
#include "record/coding_report.h"
#include "record/trace_csv.h"
#include "record/trace_profile.h"

namespace sb::cli {

int Code(const std::string& path, bool json) {
    TraceFill fill;
    const VisibleTrace trace = ReadTraceFile(path, &fill);
    const Coding coding = CodeTrace(trace);
    std::vector<std::string> gaps = MissingForCoding(trace);
    // A hand-coded trace: which codes rest on what the reader filled in.
    for (const std::string& note : FillNotes(fill, trace.frames.size())) gaps.push_back(note);
    for (const std::string& g : gaps) std::fprintf(stderr, "warning: %s: %s\n", path.c_str(), g.c_str());
    if (json) {
        std::fputs(CodingJson(coding, path).c_str(), stdout);
    } else {
        std::printf("%s: %zu instants, %zu episodes (scenario '%s', seed %llu)\n\n", path.c_str(), trace.frames.size(),
                    coding.episodes.size(), trace.header.scenario.c_str(), static_cast<unsigned long long>(trace.header.seed));
        std::fputs(CodingReport(coding).c_str(), stdout);
        if (!gaps.empty()) std::printf("\nWarnings: the trace lacks what some codes need\n");
        for (const std::string& g : gaps) std::printf("- %s\n", g.c_str());
    }
    return 0;
}

}  // namespace sb::cli
