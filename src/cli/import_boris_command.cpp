// securebase-cli import-boris: a BORIS event export to a hand-coded trace that `code` reads.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "cli/commands.h"
#include "record/atomic_file.h"
#include "record/boris_import.h"
#include "record/trace_csv.h"

namespace sb::cli {

int ImportBoris(const std::string& events_path, const std::string& map_path, const std::string& out) {
    std::error_code ec;
    if (std::filesystem::is_directory(events_path, ec)) throw TraceError(events_path + ": is a folder, not a BORIS export");
    std::ifstream in(events_path, std::ios::binary);
    if (!in) throw TraceError(events_path + ": cannot open the BORIS export");
    std::ostringstream text;
    text << in.rdbuf();
    const BorisMap map = ReadBorisMap(map_path);
    const std::string trace_text = BorisToTrace(text.str(), events_path, map);
    // Read back before writing: what is written is a trace `code` accepts.
    const VisibleTrace trace = TraceFromCsv(trace_text, out);
    WriteFileAtomically(out, trace_text);
    std::set<int> episodes;
    for (const Snapshot& f : trace.frames) episodes.insert(f.episode);
    std::printf("wrote %s: %zu instants %.3g s apart, %zu episodes; code it with 'securebase-cli code %s'\n", out.c_str(),
                trace.frames.size(), map.step_s, episodes.size(), out.c_str());
    return 0;
}

}  // namespace sb::cli
