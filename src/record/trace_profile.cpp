// Reading the hand-coded trace profile: columns by name, unknown cells filled with documented
// neutral values, and the adults' entries and exits derived from their presence when the file has
// no events column. Every fill is counted for the report.
#include "record/trace_profile.h"

#include "coding/column_needs.h"
#include "procedure/protocol.h"
#include "record/trace_csv.h"
#include "record/trace_header.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>

namespace sb {

namespace {

constexpr const char* kAgentPrefix[kAgentCount] = {"infant", "caregiver", "stranger"};
enum Field { kPresent, kX, kY, kFacing, kPosture, kAffect, kGaze, kAction, kCry, kVocalising, kContact, kFieldCount };
constexpr const char* kFieldName[kFieldCount] = {"present", "x", "y", "facing", "posture", "affect",
                                                 "gaze", "action", "cry", "vocalising", "contact"};
enum Lead { kT, kEpisode, kEpisodeT, kEvents, kLeadCount };
constexpr const char* kLeadName[kLeadCount] = {"t", "episode", "episode_t", "events"};
constexpr int kColumnCount = kLeadCount + kAgentCount * kFieldCount;
constexpr double kMaxTraceTime_s = 24.0 * 3600.0;
constexpr double kMaxGap_s = 10.0;

int AgentColumn(int agent, int field) { return kLeadCount + agent * kFieldCount + field; }

std::string ColumnName(int id) {
    if (id < kLeadCount) return kLeadName[id];
    const int a = (id - kLeadCount) / kFieldCount;
    return std::string(kAgentPrefix[a]) + "_" + kFieldName[(id - kLeadCount) % kFieldCount];
}

int ColumnId(const std::string& name) {
    for (int id = 0; id < kColumnCount; ++id)
        if (ColumnName(id) == name) return id;
    return -1;
}

std::string Trim(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
    return s.substr(b, e - b);
}

bool Unknown(const std::string& cell) { return cell.empty() || cell == "NA"; }

template <typename E>
bool ParseName(const std::string& s, int count, E& out) {
    for (int i = 0; i < count; ++i)
        if (ToString(static_cast<E>(i)) == s) {
            out = static_cast<E>(i);
            return true;
        }
    return false;
}

template <typename E>
std::string Names(int count) {
    std::string out;
    for (int i = 0; i < count; ++i) out += (out.empty() ? "" : ", ") + std::string(ToString(static_cast<E>(i)));
    return out;
}

constexpr int kPostureCount = static_cast<int>(Posture::Held) + 1;
constexpr int kAffectCount = static_cast<int>(Affect::Angry) + 1;
constexpr int kGazeCount = static_cast<int>(GazeTarget::Book) + 1;
constexpr int kActionCount = static_cast<int>(VisibleAction::HeldPassively) + 1;
constexpr int kEventCount = static_cast<int>(EventKind::Extended) + 1;

// What an unknown or missing cell becomes, in words for the report.
std::string FillText(int id) {
    if (id == kEpisodeT) return "seconds since the episode's first row";
    if (id == kEvents) return "entries and exits from the adults' presence, episode starts and ends from the episode column";
    const int a = (id - kLeadCount) / kFieldCount;
    switch ((id - kLeadCount) % kFieldCount) {
        case kPresent: return "1 (in the room)";
        case kX:
        case kY: return "the last known position (before any: her chair or outside for an adult, the put-down spot for the infant)";
        case kFacing: return "0";
        case kPosture: return a == 0 ? "sitting" : "standing";
        case kAffect: return "neutral";
        case kGaze: return "none";
        case kAction: return a == 0 ? "idle" : "idle when present, absent when not";
        case kCry: return "0 (silent)";
        case kVocalising: return "0";
        case kContact:
            return a == 0 ? "0 (not in contact)" : "1 while the infant is in contact and she is the nearest adult in the room";
    }
    return "";
}

}  // namespace

std::vector<std::string> FillNotes(const TraceFill& fill, std::size_t rows) {
    std::vector<std::string> out;
    if (fill.roles_assumed)
        out.push_back("no '# episode:' lines: the standard procedure's episodes are assumed (which are reunions, whom each "
                      "scores); every code rests on that");
    if (fill.room_assumed) out.push_back("no '# room:' line: the standard room is assumed; search rests on its door position");
    // One line per code, listing the filled-in columns it reads, in the order the codes first come up.
    std::vector<std::pair<std::string, std::string>> codes;  // code, columns
    for (const FilledColumn& c : fill.columns) {
        const std::string what = c.absent ? c.column + " (not in the file)"
                                          : c.column + " (unknown in " + std::to_string(c.cells) + " of " + std::to_string(rows) + " rows)";
        for (const std::string& code : CodesReading(c.column)) {
            auto it = std::find_if(codes.begin(), codes.end(), [&](const auto& p) { return p.first == code; });
            if (it == codes.end()) codes.push_back({code, what});
            else it->second += ", " + what;
        }
    }
    for (const auto& [code, columns] : codes) out.push_back(code + " rests on filled-in columns: " + columns);
    return out;
}

const std::vector<std::string>& HandCodedRequiredColumns() {
    static const std::vector<std::string> required = {
        "t", "episode", "infant_x", "infant_y", "infant_affect", "infant_gaze", "infant_action", "infant_cry",
        "infant_contact", "caregiver_present", "caregiver_x", "caregiver_y", "stranger_present", "stranger_x", "stranger_y"};
    return required;
}

VisibleTrace HandCodedTraceFromCsv(const std::string& text, const std::string& source, TraceFill& fill) {
    VisibleTrace trace;
    fill = TraceFill{};
    fill.hand_coded = true;
    std::istringstream in(text);
    std::string line;
    int line_no = 0;
    auto fail = [&](const std::string& msg) -> void { throw TraceError(source + ":" + std::to_string(line_no) + ": " + msg); };

    bool room_seen = false, step_seen = false, header_seen = false;
    std::array<int, kColumnCount> at;  // the file's position of each trace column, -1 if absent
    at.fill(-1);
    std::size_t width = 0;
    std::array<std::size_t, kColumnCount> filled{};
    std::array<Vec2, kAgentCount> last_pos{};
    std::array<bool, kAgentCount> pos_known{};

    while (std::getline(in, line)) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line_no == 1) continue;  // the first line was checked by TraceFromCsv
        if (Trim(line).empty()) continue;
        if (line[0] == '#') {
            if (header_seen) fail("a header line ('#') after the column names");
            TraceHeader& h = trace.header;
            std::string error;
            if (line.rfind("# scenario: ", 0) == 0) h.scenario = line.substr(12);
            if (line.rfind("# seed: ", 0) == 0) h.seed = std::strtoull(line.c_str() + 8, nullptr, 10);
            if (line.rfind("# step_s: ", 0) == 0) {
                char* end = nullptr;
                h.step_s = std::strtod(line.c_str() + 10, &end);
                if (*end != '\0' || !(h.step_s > 0.0 && h.step_s <= kMaxGap_s))
                    fail("step_s must be a number of seconds above 0 and at most 10, not '" + line.substr(10) + "'");
                step_seen = true;
            }
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
        const std::vector<std::string> cells = SplitCsvLine(line);
        if (!header_seen) {
            // The column names: any trace columns, in any order, each once, the required ones present.
            for (std::size_t i = 0; i < cells.size(); ++i) {
                const std::string name = Trim(cells[i]);
                const int id = ColumnId(name);
                if (id < 0) fail("unknown column '" + name + "' (trace columns are listed in docs/trace-format.md)");
                if (at[id] >= 0) fail("column '" + name + "' appears twice");
                at[id] = static_cast<int>(i);
            }
            std::string missing;
            for (const std::string& r : HandCodedRequiredColumns())
                if (at[ColumnId(r)] < 0) missing += (missing.empty() ? "" : ", ") + r;
            if (!missing.empty()) fail("the hand-coded profile requires the column(s) " + missing);
            width = cells.size();
            if (!room_seen) {
                trace.header.room = RoomDef{};
                fill.room_assumed = true;
            }
            if (trace.header.roles.empty()) {
                trace.header.roles = RolesOf(DefaultProtocol());
                fill.roles_assumed = true;
            }
            header_seen = true;
            continue;
        }
        if (cells.size() != width)
            fail("expected " + std::to_string(width) + " cells as in the column header, found " + std::to_string(cells.size()));
        auto cell = [&](int id) { return at[id] < 0 ? std::string() : Trim(cells[static_cast<std::size_t>(at[id])]); };
        auto number = [&](int id, double lo, double hi) {
            const std::string s = cell(id);
            char* end = nullptr;
            const double v = std::strtod(s.c_str(), &end);
            if (*end != '\0' || !std::isfinite(v) || v < lo || v > hi) {
                char range[64];
                std::snprintf(range, sizeof range, "%g to %g", lo, hi);
                fail("column '" + ColumnName(id) + "': '" + s + "' is not a number from " + range);
            }
            return v;
        };
        auto flag = [&](int id) {
            const std::string s = cell(id);
            if (s != "0" && s != "1") fail("column '" + ColumnName(id) + "' must be 0 or 1, not '" + s + "'");
            return s == "1";
        };
        // A cell to fill: its column is absent or the cell says it is unknown.
        // An adult's cells are counted only while she is in the room: the coder reads nothing of
        // her outside, and a hand coder cannot see her there.
        bool counts = true;
        auto unknown = [&](int id) {
            if (at[id] >= 0 && !Unknown(cell(id))) return false;
            if (counts) ++filled[static_cast<std::size_t>(id)];
            return true;
        };
        Snapshot f;
        if (Unknown(cell(kT))) fail("column 't' may not be unknown");
        if (Unknown(cell(kEpisode))) fail("column 'episode' may not be unknown");
        f.t = number(kT, 0.0, kMaxTraceTime_s);
        const double episode = number(kEpisode, 1, 99);
        if (episode != std::floor(episode)) fail("column 'episode' must be a whole number, not " + cell(kEpisode));
        f.episode = static_cast<int>(episode);
        if (!trace.frames.empty()) {
            const Snapshot& prev = trace.frames.back();
            if (f.t <= prev.t) fail("time does not increase (" + cell(kT) + " after " + std::to_string(prev.t) + ")");
            if (f.t - prev.t > kMaxGap_s) fail("a gap of more than 10 s between rows");
            if (f.episode < prev.episode) fail("the episode number goes backwards");
        }
        f.episode_t = -1.0;  // derived below when unknown
        if (!unknown(kEpisodeT)) f.episode_t = number(kEpisodeT, 0.0, kMaxTraceTime_s);
        if (at[kEvents] >= 0 && !cell(kEvents).empty()) {
            std::istringstream es(cell(kEvents));
            std::string item;
            while (std::getline(es, item, ';')) {
                const auto p1 = item.find(':');
                const auto p2 = p1 == std::string::npos ? p1 : item.find(':', p1 + 1);
                SimEvent e;
                e.t = f.t;
                if (p2 == std::string::npos || !ParseName(item.substr(0, p1), kEventCount, e.kind) ||
                    !ParseName(item.substr(p1 + 1, p2 - p1 - 1), kAgentCount, e.who))
                    fail("column 'events': unreadable event '" + item + "' (kind:who:episode, kinds " + Names<EventKind>(kEventCount) + ")");
                char* end = nullptr;
                const std::string ep = item.substr(p2 + 1);
                const double n = std::strtod(ep.c_str(), &end);
                if (ep.empty() || *end != '\0' || n < 1 || n > 99 || n != std::floor(n))
                    fail("column 'events': the episode of '" + item + "' must be a whole number from 1 to 99");
                e.episode = static_cast<int>(n);
                trace.events.push_back(e);
            }
        }
        for (int a = 0; a < kAgentCount; ++a) {
            AgentView& v = f.agents[static_cast<std::size_t>(a)];
            const std::string who = kAgentPrefix[a];
            auto id = [&](int field) { return AgentColumn(a, field); };
            if (a > 0 && Unknown(cell(id(kPresent)))) fail("column '" + who + "_present' may not be unknown: was she in the room?");
            v.present = unknown(id(kPresent)) ? true : flag(id(kPresent));
            counts = a == 0 || v.present;
            const bool x_unknown = unknown(id(kX)), y_unknown = unknown(id(kY));
            if (x_unknown != y_unknown) fail("column '" + who + "_x' and '" + who + "_y': a position is known in both or neither");
            if (!x_unknown) {
                v.pos = {number(id(kX), -100.0, 100.0), number(id(kY), -100.0, 100.0)};
                last_pos[static_cast<std::size_t>(a)] = v.pos;
                pos_known[static_cast<std::size_t>(a)] = true;
            } else if (pos_known[static_cast<std::size_t>(a)]) {
                v.pos = last_pos[static_cast<std::size_t>(a)];
            } else {
                const RoomDef& r = trace.header.room;
                v.pos = a == 0 ? r.put_down_spot : !v.present ? r.outside : a == 1 ? r.caregiver_chair : r.stranger_chair;
            }
            v.facing = unknown(id(kFacing)) ? 0.0 : number(id(kFacing), -10.0, 10.0);
            v.posture = a == 0 ? Posture::Sitting : Posture::Standing;
            if (!unknown(id(kPosture)) && !ParseName(cell(id(kPosture)), kPostureCount, v.posture))
                fail("column '" + who + "_posture': unknown posture '" + cell(id(kPosture)) + "' (allowed: " + Names<Posture>(kPostureCount) + ", or empty or NA if unknown)");
            v.affect = Affect::Neutral;
            if (!unknown(id(kAffect)) && !ParseName(cell(id(kAffect)), kAffectCount, v.affect))
                fail("column '" + who + "_affect': unknown affect '" + cell(id(kAffect)) + "' (allowed: " + Names<Affect>(kAffectCount) + ", or empty or NA if unknown)");
            v.gaze = GazeTarget::None;
            if (!unknown(id(kGaze)) && !ParseName(cell(id(kGaze)), kGazeCount, v.gaze))
                fail("column '" + who + "_gaze': unknown gaze target '" + cell(id(kGaze)) + "' (allowed: " + Names<GazeTarget>(kGazeCount) + ", or empty or NA if unknown)");
            v.action = a == 0 || v.present ? VisibleAction::Idle : VisibleAction::Absent;
            if (!unknown(id(kAction)) && !ParseName(cell(id(kAction)), kActionCount, v.action))
                fail("column '" + who + "_action': unknown action '" + cell(id(kAction)) + "' (allowed: " + Names<VisibleAction>(kActionCount) + ", or empty or NA if unknown)");
            v.cry = unknown(id(kCry)) ? 0.0 : number(id(kCry), 0.0, 1.0);
            v.vocalising = unknown(id(kVocalising)) ? false : flag(id(kVocalising));
            // An adult's contact column, when absent, is derived after the row is read.
            v.in_contact = (a > 0 && at[id(kContact)] < 0) ? false : unknown(id(kContact)) ? false : flag(id(kContact));
        }
        // Whom the infant is in contact with, when the file does not say: the nearest adult in the room.
        const bool derive_cg = at[AgentColumn(1, kContact)] < 0, derive_st = at[AgentColumn(2, kContact)] < 0;
        if (derive_cg || derive_st) {
            const AgentView& b = f.Infant();
            AgentId nearest = AgentId::Infant;
            double best = 1e9;
            for (AgentId adult : {AgentId::Caregiver, AgentId::Stranger}) {
                const AgentView& v = f.Of(adult);
                if (v.present && Distance(v.pos, b.pos) < best) { best = Distance(v.pos, b.pos); nearest = adult; }
            }
            if (derive_cg) {
                f.Of(AgentId::Caregiver).in_contact = b.in_contact && nearest == AgentId::Caregiver;
                filled[static_cast<std::size_t>(AgentColumn(1, kContact))] += f.Caregiver().present;
            }
            if (derive_st) {
                f.Of(AgentId::Stranger).in_contact = b.in_contact && nearest == AgentId::Stranger;
                filled[static_cast<std::size_t>(AgentColumn(2, kContact))] += f.Stranger().present;
            }
        }
        trace.frames.push_back(f);
    }
    if (!header_seen) throw TraceError(source + ":" + std::to_string(line_no) + ": the trace ends before its column header (truncated?)");
    if (trace.frames.empty()) throw TraceError(source + ":" + std::to_string(line_no) + ": the trace has a header but no rows");

    // Episode time: seconds since the episode's first row, where the file does not give it.
    std::vector<Snapshot>& fr = trace.frames;
    double episode_start = fr.front().t;
    for (std::size_t i = 0; i < fr.size(); ++i) {
        if (i > 0 && fr[i].episode != fr[i - 1].episode) episode_start = fr[i].t;
        if (fr[i].episode_t < 0) fr[i].episode_t = fr[i].t - episode_start;
    }
    // Without an events column, the events the coder reads come from the other columns: an adult
    // enters where her presence turns to 1 and leaves where it turns to 0 (at the row that first
    // shows it), and each episode starts at its first row and ends where the next begins.
    if (at[kEvents] < 0) {
        for (std::size_t i = 0; i < fr.size(); ++i) {
            const bool first_of_episode = i == 0 || fr[i].episode != fr[i - 1].episode;
            if (first_of_episode && i > 0) trace.events.push_back({fr[i].t, EventKind::EpisodeEnd, AgentId::Infant, fr[i - 1].episode});
            if (first_of_episode) trace.events.push_back({fr[i].t, EventKind::EpisodeStart, AgentId::Infant, fr[i].episode});
            for (AgentId adult : {AgentId::Caregiver, AgentId::Stranger}) {
                const bool was = i > 0 && fr[i - 1].Of(adult).present;
                if (fr[i].Of(adult).present && !was) trace.events.push_back({fr[i].t, EventKind::Enter, adult, fr[i].episode});
                if (!fr[i].Of(adult).present && was) trace.events.push_back({fr[i].t, EventKind::Exit, adult, fr[i].episode});
            }
        }
        // The observation ends with its last row: so does the last episode.
        trace.events.push_back({fr.back().t, EventKind::EpisodeEnd, AgentId::Infant, fr.back().episode});
        filled[kEvents] = fr.size();
    }
    // The interval between instants, when the header does not give it: the shortest one used.
    if (!step_seen && fr.size() > 1) {
        double shortest = kMaxGap_s;
        for (std::size_t i = 1; i < fr.size(); ++i) shortest = std::min(shortest, fr[i].t - fr[i - 1].t);
        trace.header.step_s = shortest;
    }
    for (int id = 0; id < kColumnCount; ++id) {
        if (filled[static_cast<std::size_t>(id)] == 0) continue;
        FilledColumn c;
        c.column = ColumnName(id);
        c.absent = at[id] < 0;
        c.cells = filled[static_cast<std::size_t>(id)];
        c.fill = FillText(id);
        fill.columns.push_back(c);
    }
    return trace;
}

}  // namespace sb
