// Trace CSV writing and reading. Enum values are written by name, so the files read well and
// survive reordering of the enums.
#include "record/trace_csv.h"

#include "procedure/protocol.h"
#include "record/trace_header.h"
#include "record/trace_profile.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace sb {

namespace {

constexpr const char* kAgentPrefix[kAgentCount] = {"infant", "caregiver", "stranger"};
constexpr const char* kAgentFields[] = {"present", "x", "y", "facing", "posture", "affect",
                                        "gaze", "action", "cry", "vocalising", "contact"};
constexpr int kFieldsPerAgent = 11;
constexpr int kLeadColumns = 4;  // t, episode, episode_t, events
constexpr int kColumns = kLeadColumns + kAgentCount * kFieldsPerAgent;

std::string Header() {
    std::string h = "t,episode,episode_t,events";
    for (const char* a : kAgentPrefix)
        for (const char* f : kAgentFields) h += std::string(",") + a + "_" + f;
    return h;
}

// Reverse lookup of an enum by its name; the enums are small and dense.
template <typename E>
bool Parse(const std::string& s, int count, E& out) {
    for (int i = 0; i < count; ++i) {
        if (ToString(static_cast<E>(i)) == s) {
            out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}
constexpr int kPostureCount = static_cast<int>(Posture::Held) + 1;
constexpr int kAffectCount = static_cast<int>(Affect::Angry) + 1;
constexpr int kGazeCount = static_cast<int>(GazeTarget::Book) + 1;
constexpr int kActionCount = static_cast<int>(VisibleAction::HeldPassively) + 1;
constexpr int kEventCount = static_cast<int>(EventKind::Extended) + 1;
constexpr int kAgentIdCount = kAgentCount;
constexpr double kMaxTraceTime_s = 24.0 * 3600.0;  // no procedure lasts a day
constexpr double kMaxGap_s = 10.0;                 // rows are steps: seconds apart at most

std::string FormatRange(double lo, double hi) {
    char buf[64];
    if (lo == hi) std::snprintf(buf, sizeof buf, "%g", lo);
    else std::snprintf(buf, sizeof buf, "%g to %g", lo, hi);
    return buf;
}

void Append(std::string& out, const char* fmt, double v) {
    char buf[48];
    std::snprintf(buf, sizeof buf, fmt, v);
    out += buf;
}

}  // namespace

std::vector<std::string> SplitCsvLine(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') { cell += '"'; ++i; }
            else if (c == '"') quoted = false;
            else cell += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            cells.push_back(cell);
            cell.clear();
        } else if (c != '\r') {
            cell += c;
        }
    }
    cells.push_back(cell);
    return cells;
}

std::string TraceToCsv(const VisibleTrace& trace) {
    std::string out;
    out.reserve(trace.frames.size() * 260 + 512);
    out += std::string(kTraceMagic) + ", format " + std::to_string(kTraceFormatVersion) + "\n";
    std::string name = trace.header.scenario;
    for (char& ch : name)
        if (ch == '\n' || ch == '\r') ch = ' ';  // one comment line, whatever the scenario is called
    out += "# scenario: " + name + "\n";
    out += "# seed: " + std::to_string(trace.header.seed) + "\n";
    Append(out, "# step_s: %.6g\n", trace.header.step_s);
    out += RoomLine(trace.header.room) + "\n";
    for (const EpisodeRoles& e : trace.header.roles.episodes) out += EpisodeLine(e) + "\n";
    out += Header() + "\n";
    std::size_t ev = 0;
    for (const Snapshot& f : trace.frames) {
        Append(out, "%.6f", f.t);
        out += "," + std::to_string(f.episode) + ",";
        Append(out, "%.6f", f.episode_t);
        out += ",";
        // Events belong to the first frame at or after their time.
        std::string events;
        while (ev < trace.events.size() && trace.events[ev].t <= f.t + 1e-9) {
            const SimEvent& e = trace.events[ev++];
            if (!events.empty()) events += ';';
            events += std::string(ToString(e.kind)) + ":" + std::string(ToString(e.who)) + ":" + std::to_string(e.episode);
        }
        out += events;
        for (const AgentView& a : f.agents) {
            out += a.present ? ",1," : ",0,";
            Append(out, "%.4f", a.pos.x);
            out += ",";
            Append(out, "%.4f", a.pos.y);
            out += ",";
            Append(out, "%.4f", a.facing);
            out += "," + std::string(ToString(a.posture)) + "," + std::string(ToString(a.affect)) + "," +
                   std::string(ToString(a.gaze)) + "," + std::string(ToString(a.action)) + ",";
            Append(out, "%.4f", a.cry);
            out += a.vocalising ? ",1" : ",0";
            out += a.in_contact ? ",1" : ",0";
        }
        out += "\n";
    }
    return out;
}

VisibleTrace TraceFromCsv(const std::string& text, const std::string& source, TraceFill* fill) {
    VisibleTrace trace;
    std::istringstream in(text);
    std::string line;
    int line_no = 0;
    auto fail = [&](const std::string& msg) -> void { throw TraceError(source + ":" + std::to_string(line_no) + ": " + msg); };

    if (text.empty()) throw TraceError(source + ":1: the trace file is empty");
    std::getline(in, line);
    ++line_no;
    if (line.rfind(kTraceMagic, 0) != 0) fail("not a securebase trace (the first line should start with '" + std::string(kTraceMagic) + "')");
    const std::size_t format_at = line.find(", format ");
    const int format = format_at == std::string::npos ? 0 : std::atoi(line.c_str() + format_at + 9);
    if (format < 1 || format > kTraceFormatVersion)
        fail("unknown trace format '" + line.substr(std::string(kTraceMagic).size()) + "' (this reader understands formats 1 to " +
             std::to_string(kTraceFormatVersion) + ")");
    bool room_seen = false;
    bool header_seen = false;
    while (std::getline(in, line)) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        if (line[0] == '#') {
            if (line.rfind("# profile: ", 0) == 0) {
                if (line != kHandCodedProfileLine) fail("unknown profile '" + line.substr(11) + "' (this reader knows 'hand-coded')");
                TraceFill own;
                return HandCodedTraceFromCsv(text, source, fill ? *fill : own);
            }
            TraceHeader& h = trace.header;
            std::string error;
            if (line.rfind("# scenario: ", 0) == 0) h.scenario = line.substr(12);
            if (line.rfind("# seed: ", 0) == 0) h.seed = std::strtoull(line.c_str() + 8, nullptr, 10);
            if (line.rfind("# step_s: ", 0) == 0) h.step_s = std::strtod(line.c_str() + 10, nullptr);
            if (line.rfind("# room: ", 0) == 0) {
                if (room_seen) fail("a second room line");
                if (!ParseRoomLine(line.substr(8), h.room, error)) fail("room: " + error);
                room_seen = true;
            }
            if (line.rfind("# episode: ", 0) == 0) {
                EpisodeRoles e;
                if (!ParseEpisodeLine(line.substr(11), e, error)) fail("episode roles: " + error);
                if (h.roles.Find(e.number)) fail("episode " + std::to_string(e.number) + " has two role lines");
                h.roles.episodes.push_back(e);
            }
            continue;
        }
        if (!header_seen) {
            if (format >= 2 && !room_seen) fail("the header has no '# room:' line (format 2 records the room)");
            if (format >= 2 && trace.header.roles.empty()) fail("the header has no '# episode:' lines (format 2 records the episode roles)");
            if (format == 1) {
                // Format 1 predates the room and roles in the header; every such trace was of the
                // standard procedure in the standard room.
                trace.header.room = RoomDef{};
                trace.header.roles = RolesOf(DefaultProtocol());
            }
            if (line != Header()) fail("unexpected column header (this reader understands formats 1 to " + std::to_string(kTraceFormatVersion) + ")");
            header_seen = true;
            continue;
        }
        const std::vector<std::string> c = SplitCsvLine(line);
        if (static_cast<int>(c.size()) != kColumns)
            fail("expected " + std::to_string(kColumns) + " columns, found " + std::to_string(c.size()) +
                 " (is the file truncated?)");
        auto number = [&](const std::string& s, const char* what, double lo, double hi) {
            char* end = nullptr;
            const double v = std::strtod(s.c_str(), &end);
            if (s.empty() || *end != '\0') fail(std::string("'") + s + "' is not a number (" + what + ")");
            if (!std::isfinite(v) || v < lo || v > hi)
                fail(std::string(what) + " = " + s + " is out of range (allowed " + FormatRange(lo, hi) + ")");
            return v;
        };
        auto flag = [&](const std::string& s, const char* what) {
            if (s != "0" && s != "1") fail(std::string(what) + " must be 0 or 1, not '" + s + "'");
            return s == "1";
        };
        Snapshot f;
        f.t = number(c[0], "t", 0.0, kMaxTraceTime_s);
        const double episode = number(c[1], "episode", 1, 99);
        if (episode != std::floor(episode)) fail("episode must be a whole number, not " + c[1]);
        f.episode = static_cast<int>(episode);
        f.episode_t = number(c[2], "episode_t", 0.0, kMaxTraceTime_s);
        if (!trace.frames.empty()) {
            if (f.t <= trace.frames.back().t) fail("time does not increase (" + c[0] + " after " + std::to_string(trace.frames.back().t) + ")");
            if (f.t - trace.frames.back().t > kMaxGap_s) fail("a gap of more than " + FormatRange(kMaxGap_s, kMaxGap_s) + " s between rows");
            if (f.episode < trace.frames.back().episode) fail("the episode number goes backwards");
        }
        if (!c[3].empty()) {
            std::istringstream es(c[3]);
            std::string item;
            while (std::getline(es, item, ';')) {
                const auto p1 = item.find(':');
                const auto p2 = item.find(':', p1 + 1);
                SimEvent e;
                e.t = f.t;
                if (p1 == std::string::npos || p2 == std::string::npos || !Parse(item.substr(0, p1), kEventCount, e.kind) ||
                    !Parse(item.substr(p1 + 1, p2 - p1 - 1), kAgentIdCount, e.who))
                    fail("unreadable event '" + item + "'");
                e.episode = static_cast<int>(number(item.substr(p2 + 1), "event episode", 1, 99));
                trace.events.push_back(e);
            }
        }
        for (int a = 0; a < kAgentCount; ++a) {
            const int b = kLeadColumns + a * kFieldsPerAgent;
            AgentView& v = f.agents[a];
            const std::string who = kAgentPrefix[a];
            v.present = flag(c[b], "present");
            v.pos.x = number(c[b + 1], "x", -100.0, 100.0);
            v.pos.y = number(c[b + 2], "y", -100.0, 100.0);
            v.facing = number(c[b + 3], "facing", -10.0, 10.0);
            if (!Parse(c[b + 4], kPostureCount, v.posture)) fail("unknown " + who + " posture '" + c[b + 4] + "'");
            if (!Parse(c[b + 5], kAffectCount, v.affect)) fail("unknown " + who + " affect '" + c[b + 5] + "'");
            if (!Parse(c[b + 6], kGazeCount, v.gaze)) fail("unknown " + who + " gaze target '" + c[b + 6] + "'");
            if (!Parse(c[b + 7], kActionCount, v.action)) fail("unknown " + who + " action '" + c[b + 7] + "'");
            v.cry = number(c[b + 8], "cry", 0.0, 1.0);
            v.vocalising = flag(c[b + 9], "vocalising");
            v.in_contact = flag(c[b + 10], "contact");
        }
        trace.frames.push_back(f);
    }
    if (!header_seen) throw TraceError(source + ":" + std::to_string(line_no) + ": the trace ends before its column header (truncated?)");
    if (trace.frames.empty()) throw TraceError(source + ":" + std::to_string(line_no) + ": the trace has a header but no rows");
    return trace;
}

VisibleTrace ReadTraceFile(const std::string& path, TraceFill* fill) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw TraceError(path + ": is a folder, not a trace file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw TraceError(path + ": cannot open the trace file");
    std::ostringstream os;
    os << in.rdbuf();
    return TraceFromCsv(os.str(), path, fill);
}

}  // namespace sb
