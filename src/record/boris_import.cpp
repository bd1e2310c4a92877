// BORIS export to hand-coded trace: state events become intervals, point events instants, sampled
// every step_s; the mapping turns subjects into roles and behaviour codes into visible behaviour.
#include "record/boris_import.h"

#include "record/trace_csv.h"
#include "record/trace_profile.h"
#include "world/room.h"
#include "world/visible.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <toml++/toml.h>

namespace sb {

namespace {

constexpr const char* kRoles[] = {"infant", "caregiver", "stranger"};

std::string Line(const std::string& source, const toml::source_region& at) {
    return source + ":" + std::to_string(at.begin.line);
}

template <typename E>
bool Known(const std::string& s, int count) {
    for (int i = 0; i < count; ++i)
        if (ToString(static_cast<E>(i)) == s) return true;
    return false;
}

template <typename E>
std::string Names(int count) {
    std::string out;
    for (int i = 0; i < count; ++i) out += (out.empty() ? "" : ", ") + std::string(ToString(static_cast<E>(i)));
    return out;
}

const std::vector<std::string>& Places() {
    static const std::vector<std::string> places = {"put_down_spot", "toys", "door", "caregiver_chair", "stranger_chair",
                                                    "caregiver", "stranger"};
    return places;
}

int RoleOf(const std::string& role) {
    for (int r = 0; r < 3; ++r)
        if (role == kRoles[r]) return r;
    return -1;
}

std::string Trim(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.pop_back();
    std::size_t b = 0;
    while (b < s.size() && (s[b] == ' ' || s[b] == '\t')) ++b;
    return s.substr(b);
}

std::vector<std::string> Cells(const std::string& line, bool tabs) {
    if (!tabs) return SplitCsvLine(line);
    std::vector<std::string> out;
    std::string cell;
    std::istringstream in(line);
    while (std::getline(in, cell, '\t')) out.push_back(cell);
    if (!line.empty() && line.back() == '\t') out.push_back("");
    return out;
}

struct Event {
    double t = 0;
    int role = 0;
    std::string behaviour;
    enum Kind { Start, Stop, Point } kind = Point;
    int line = 0;
};

std::string Fixed(double v, int decimals) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

}  // namespace

BorisMap ReadBorisMap(const std::string& path) {
    toml::table doc;
    try {
        doc = toml::parse_file(path);
    } catch (const toml::parse_error& e) {
        throw TraceError(Line(path, e.source()) + ": TOML syntax error: " + std::string(e.description()));
    }
    BorisMap map;
    auto fail = [&](const toml::node& at, const std::string& msg) -> void { throw TraceError(Line(path, at.source()) + ": " + msg); };
    auto number = [&](const toml::node& n, const std::string& what, double lo, double hi) {
        const std::optional<double> v = n.value<double>();
        if (!v || !std::isfinite(*v) || *v < lo || *v > hi)
            fail(n, what + " must be a number from " + Fixed(lo, 1) + " to " + Fixed(hi, 1));
        return *v;
    };
    for (const auto& [key, node] : doc) {
        const std::string k(key.str());
        if (k == "step_s") map.step_s = number(node, "step_s", 0.05, 10.0);
        else if (k == "end_s") map.end_s = number(node, "end_s", 0.0, 86400.0);
        else if (k == "subjects") {
            if (!node.is_table()) fail(node, "[subjects] must be a table of subject = \"infant\" | \"caregiver\" | \"stranger\"");
            for (const auto& [name, role] : *node.as_table()) {
                const std::optional<std::string> r = role.value<std::string>();
                if (!r || RoleOf(*r) < 0) fail(role, "subject '" + std::string(name.str()) + "' must be \"infant\", \"caregiver\" or \"stranger\"");
                map.subjects[std::string(name.str())] = *r;
            }
        } else if (k == "episodes") {
            if (!node.is_table()) fail(node, "[episodes] must be a table with 'starts' or 'marker'");
            for (const auto& [ek, ev] : *node.as_table()) {
                if (ek.str() == "starts") {
                    if (!ev.is_array()) fail(ev, "episodes.starts must be a list of times in seconds");
                    for (const toml::node& t : *ev.as_array()) {
                        const double s = number(t, "an episode start", 0.0, 86400.0);
                        if (!map.episode_starts_s.empty() && s <= map.episode_starts_s.back()) fail(t, "episode starts must increase");
                        map.episode_starts_s.push_back(s);
                    }
                } else if (ek.str() == "marker") {
                    const std::optional<std::string> m = ev.value<std::string>();
                    if (!m || m->empty()) fail(ev, "episodes.marker must be the name of a POINT behaviour");
                    map.episode_marker = *m;
                } else {
                    fail(ev, "unknown key episodes." + std::string(ek.str()) + " (allowed: starts, marker)");
                }
            }
            if (map.episode_starts_s.empty() == map.episode_marker.empty())
                fail(node, "[episodes] needs exactly one of 'starts' (a list of times) and 'marker' (a POINT behaviour)");
        } else if (k == "behaviours") {
            if (!node.is_table()) fail(node, "[behaviours] must hold one table per behaviour code");
            for (const auto& [code, table] : *node.as_table()) {
                if (!table.is_table()) fail(table, "behaviours.\"" + std::string(code.str()) + "\" must be a table");
                BorisBehaviour b;
                for (const auto& [fk, fv] : *table.as_table()) {
                    const std::string f(fk.str());
                    auto word = [&](int count, auto tag, const char* what) {
                        using E = decltype(tag);
                        const std::optional<std::string> s = fv.value<std::string>();
                        if (!s || !Known<E>(*s, count)) fail(fv, std::string(what) + " must be one of: " + Names<E>(count));
                        return *s;
                    };
                    auto flag = [&]() {
                        const std::optional<bool> v = fv.value<bool>();
                        if (!v) fail(fv, f + " must be true or false");
                        return *v ? 1 : 0;
                    };
                    if (f == "ignore") b.ignore = flag() == 1;
                    else if (f == "action") b.action = word(static_cast<int>(VisibleAction::HeldPassively) + 1, VisibleAction{}, "action");
                    else if (f == "affect") b.affect = word(static_cast<int>(Affect::Angry) + 1, Affect{}, "affect");
                    else if (f == "gaze") b.gaze = word(static_cast<int>(GazeTarget::Book) + 1, GazeTarget{}, "gaze");
                    else if (f == "cry") b.cry = number(fv, "cry", 0.0, 1.0);
                    else if (f == "vocalising") b.vocalising = flag();
                    else if (f == "contact") b.contact = flag();
                    else if (f == "present") b.present = flag();
                    else if (f == "place") {
                        const std::optional<std::string> s = fv.value<std::string>();
                        std::string list;
                        for (const std::string& p : Places()) list += (list.empty() ? "" : ", ") + p;
                        if (!s || std::find(Places().begin(), Places().end(), *s) == Places().end()) fail(fv, "place must be one of: " + list);
                        b.place = *s;
                    } else {
                        fail(fv, "unknown key '" + f + "' (allowed: ignore, action, affect, gaze, cry, vocalising, contact, present, place)");
                    }
                }
                map.behaviours[std::string(code.str())] = b;
            }
        } else {
            fail(node, "unknown key '" + k + "' (allowed: step_s, end_s, [subjects], [episodes], [behaviours])");
        }
    }
    if (map.subjects.empty()) throw TraceError(path + ": the mapping has no [subjects] table");
    if (map.episode_starts_s.empty() && map.episode_marker.empty()) throw TraceError(path + ": the mapping has no [episodes] table");
    return map;
}

std::string BorisToTrace(const std::string& text, const std::string& source, const BorisMap& map) {
    std::istringstream in(text);
    std::string line;
    int line_no = 0;
    auto fail = [&](int at, const std::string& msg) -> void { throw TraceError(source + ":" + std::to_string(at) + ": " + msg); };
    // Older exports put the observation's details on lines of their own above the column names:
    // the header is the first line naming the columns needed.
    int time_col = -1, subject_col = -1, behaviour_col = -1, status_col = -1;
    bool tabs = false;
    std::vector<Event> events;
    while (std::getline(in, line)) {
        ++line_no;
        if (Trim(line).empty()) continue;
        if (time_col < 0) {
            tabs = line.find('\t') != std::string::npos;
            const std::vector<std::string> c = Cells(line, tabs);
            int t = -1, s = -1, b = -1, st = -1;
            for (std::size_t i = 0; i < c.size(); ++i) {
                const std::string name = Trim(c[i]);
                if (name == "Time") t = static_cast<int>(i);
                if (name == "Subject") s = static_cast<int>(i);
                if (name == "Behavior") b = static_cast<int>(i);
                if (name == "Status" || name == "Behavior type") st = static_cast<int>(i);
            }
            if (t >= 0 && s >= 0 && b >= 0 && st >= 0) { time_col = t; subject_col = s; behaviour_col = b; status_col = st; }
            continue;
        }
        const std::vector<std::string> c = Cells(line, tabs);
        const int need = std::max({time_col, subject_col, behaviour_col, status_col});
        if (static_cast<int>(c.size()) <= need)
            fail(line_no, "expected at least " + std::to_string(need + 1) + " cells, found " + std::to_string(c.size()));
        Event e;
        e.line = line_no;
        const std::string ts = Trim(c[static_cast<std::size_t>(time_col)]);
        char* end = nullptr;
        e.t = std::strtod(ts.c_str(), &end);
        if (ts.empty() || *end != '\0' || !std::isfinite(e.t) || e.t < 0 || e.t > 86400.0)
            fail(line_no, "Time '" + ts + "' is not a number of seconds from 0 to 86400");
        const std::string subject = Trim(c[static_cast<std::size_t>(subject_col)]);
        const auto role = map.subjects.find(subject);
        if (role == map.subjects.end()) fail(line_no, "subject '" + subject + "' is not in the mapping's [subjects]");
        e.role = RoleOf(role->second);
        e.behaviour = Trim(c[static_cast<std::size_t>(behaviour_col)]);
        const std::string status = Trim(c[static_cast<std::size_t>(status_col)]);
        if (status == "START") e.kind = Event::Start;
        else if (status == "STOP") e.kind = Event::Stop;
        else if (status == "POINT") e.kind = Event::Point;
        else fail(line_no, "status '" + status + "' must be START, STOP or POINT");
        if (e.behaviour != map.episode_marker && !map.behaviours.count(e.behaviour))
            fail(line_no, "behaviour '" + e.behaviour + "' is not in the mapping's [behaviours] (map it, or give it ignore = true)");
        if (!events.empty() && e.t < events.back().t) fail(line_no, "events are not in time order");
        events.push_back(e);
    }
    if (time_col < 0) throw TraceError(source + ":" + std::to_string(line_no) + ": no column header with Time, Subject, Behavior and Status (or Behavior type)");
    if (events.empty()) throw TraceError(source + ":" + std::to_string(line_no) + ": the export has no events");

    // State intervals: each START opens one for its subject and behaviour, the next STOP closes it.
    struct Interval { int role; std::string behaviour; double from, to; };
    std::vector<Interval> states;
    std::vector<Event> points;
    std::vector<double> marks;
    for (const Event& e : events) {
        if (e.behaviour == map.episode_marker) {
            if (e.kind != Event::Point) fail(e.line, "the episode marker '" + e.behaviour + "' must be a POINT event");
            marks.push_back(e.t);
            continue;
        }
        if (map.behaviours.at(e.behaviour).ignore) continue;
        auto open = std::find_if(states.begin(), states.end(), [&](const Interval& s) {
            return s.role == e.role && s.behaviour == e.behaviour && s.to < 0;
        });
        if (e.kind == Event::Start) {
            if (open != states.end()) fail(e.line, "'" + e.behaviour + "' starts again before it stopped");
            states.push_back({e.role, e.behaviour, e.t, -1.0});
        } else if (e.kind == Event::Stop) {
            if (open == states.end()) fail(e.line, "'" + e.behaviour + "' stops without having started");
            open->to = e.t;
        } else {
            points.push_back(e);
        }
    }
    const double end_s = map.end_s >= 0 ? map.end_s : events.back().t;
    for (Interval& s : states)
        if (s.to < 0) s.to = end_s + map.step_s;  // still going when the observation ended
    const std::vector<double>& starts = map.episode_marker.empty() ? map.episode_starts_s : marks;

    // Which optional columns the export fills: a column is written only if some behaviour sets it.
    bool sets[3][4] = {};  // per role: vocalising, action, gaze, affect (adults)
    for (const Interval& s : states) {
        const BorisBehaviour& b = map.behaviours.at(s.behaviour);
        sets[s.role][0] |= b.vocalising >= 0;
        sets[s.role][1] |= !b.action.empty();
        sets[s.role][2] |= !b.gaze.empty();
    }
    for (const Event& p : points) {
        const BorisBehaviour& b = map.behaviours.at(p.behaviour);
        sets[p.role][0] |= b.vocalising >= 0;
        sets[p.role][1] |= !b.action.empty();
        sets[p.role][2] |= !b.gaze.empty();
    }

    const RoomDef room;
    std::string out = std::string(kTraceMagic) + ", format " + std::to_string(kTraceFormatVersion) + "\n";
    out += std::string(kHandCodedProfileLine) + "\n";
    out += "# scenario: imported from " + source + "\n";
    out += "# step_s: " + Fixed(map.step_s, 3) + "\n";
    out += "t,episode,infant_x,infant_y,infant_affect,infant_gaze,infant_action,infant_cry,infant_contact";
    if (sets[0][0]) out += ",infant_vocalising";
    for (int r = 1; r < 3; ++r) {
        const std::string p = std::string(",") + kRoles[r] + "_";
        out += p + "present" + p + "x" + p + "y";
        if (sets[r][1]) out += p + "action";
        if (sets[r][2]) out += p + "gaze";
        if (sets[r][0]) out += p + "vocalising";
    }
    out += "\n";
    const long samples = static_cast<long>(std::floor(end_s / map.step_s + 1e-9)) + 1;
    for (long k = 0; k < samples; ++k) {
        const double t = static_cast<double>(k) * map.step_s;
        struct State {
            bool present = false, contact = false, vocalising = false;
            std::string action, affect = "neutral", gaze = "none", place;
            double cry = 0;
        } st[3];
        auto apply = [&](int role, const BorisBehaviour& b) {
            State& s = st[role];
            if (!b.action.empty()) s.action = b.action;
            if (!b.affect.empty()) s.affect = b.affect;
            if (!b.gaze.empty()) s.gaze = b.gaze;
            if (b.cry >= 0) s.cry = b.cry;
            if (b.vocalising >= 0) s.vocalising = b.vocalising == 1;
            if (b.contact >= 0) st[0].contact |= b.contact == 1;
            if (b.present >= 0) s.present = b.present == 1;
            if (!b.place.empty()) s.place = b.place;
        };
        for (const Interval& s : states)
            if (s.from <= t + 1e-9 && t < s.to - 1e-9) apply(s.role, map.behaviours.at(s.behaviour));
        // A point event shows at the first instant at or after it.
        for (const Event& p : points)
            if (p.t > t - map.step_s + 1e-9 && p.t <= t + 1e-9) apply(p.role, map.behaviours.at(p.behaviour));
        // The episode is the number of episode starts at or before this instant; none yet: not observed.
        int episode = 0;
        for (double from : starts) episode += from <= t + 1e-9;
        if (episode == 0) continue;
        auto landmark = [&](const std::string& place, Vec2 otherwise) {
            if (place == "toys") return room.toys[1];
            if (place == "door") return room.door;
            if (place == "caregiver_chair") return room.caregiver_chair;
            if (place == "stranger_chair") return room.stranger_chair;
            if (place == "put_down_spot") return room.put_down_spot;
            return otherwise;
        };
        Vec2 pos[3];
        pos[1] = landmark(st[1].place, room.caregiver_chair);
        pos[2] = landmark(st[2].place, room.stranger_chair);
        // Next to an adult: a quarter of a metre in front of her, within reach.
        if (st[0].place == "caregiver") pos[0] = {pos[1].x, pos[1].y - 0.25};
        else if (st[0].place == "stranger") pos[0] = {pos[2].x, pos[2].y - 0.25};
        else pos[0] = landmark(st[0].place, room.put_down_spot);
        out += Fixed(t, 3) + "," + std::to_string(episode) + "," + Fixed(pos[0].x, 2) + "," + Fixed(pos[0].y, 2) + "," +
               st[0].affect + "," + st[0].gaze + "," + (st[0].action.empty() ? "idle" : st[0].action) + "," + Fixed(st[0].cry, 2) +
               "," + (st[0].contact ? "1" : "0");
        if (sets[0][0]) out += st[0].vocalising ? ",1" : ",0";
        for (int r = 1; r < 3; ++r) {
            const State& s = st[r];
            out += std::string(",") + (s.present ? "1" : "0") + "," + (s.present ? Fixed(pos[r].x, 2) + "," + Fixed(pos[r].y, 2) : "NA,NA");
            if (sets[r][1]) out += "," + (s.action.empty() ? std::string(s.present ? "idle" : "absent") : s.action);
            if (sets[r][2]) out += "," + s.gaze;
            if (sets[r][0]) out += s.vocalising ? ",1" : ",0";
        }
        out += "\n";
    }
    return out;
}

}  // namespace sb
