// Writing and reading the room and the episode roles of a trace header as key=value pairs.
#include "record/trace_header.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

namespace sb {

namespace {

// Shortest text that reads back as exactly the same double.
std::string Exact(double v) {
    char buf[40];
    for (int digits = 6; digits <= 17; ++digits) {
        std::snprintf(buf, sizeof buf, "%.*g", digits, v);
        if (std::strtod(buf, nullptr) == v) break;
    }
    return buf;
}

std::string Point(Vec2 p) { return Exact(p.x) + "," + Exact(p.y); }

std::string Quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += "\"\"";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out + "\"";
}

// Splits `key=value key="quoted value" ...`; false on a malformed pair.
bool Pairs(const std::string& text, std::map<std::string, std::string>& out, std::string& error) {
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        if (i >= text.size()) break;
        const std::size_t eq = text.find('=', i);
        if (eq == std::string::npos) {
            error = "expected key=value at '" + text.substr(i, 40) + "'";
            return false;
        }
        const std::string key = text.substr(i, eq - i);
        std::string value;
        i = eq + 1;
        if (i < text.size() && text[i] == '"') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"') { value += '"'; i += 2; continue; }
                if (text[i] == '"') { closed = true; ++i; break; }
                value += text[i++];
            }
            if (!closed) {
                error = "unterminated quoted value of '" + key + "'";
                return false;
            }
        } else {
            while (i < text.size() && text[i] != ' ') value += text[i++];
        }
        if (out.count(key)) {
            error = "'" + key + "' given twice";
            return false;
        }
        out[key] = value;
    }
    return true;
}

bool Number(const std::map<std::string, std::string>& kv, const char* key, double lo, double hi, double& out,
            std::string& error) {
    const auto it = kv.find(key);
    if (it == kv.end()) {
        error = std::string("missing '") + key + "'";
        return false;
    }
    char* end = nullptr;
    const double v = std::strtod(it->second.c_str(), &end);
    if (it->second.empty() || *end != '\0' || !std::isfinite(v) || v < lo || v > hi) {
        char range[64];
        std::snprintf(range, sizeof range, "%g to %g", lo, hi);
        error = std::string(key) + " = '" + it->second + "' is not a number from " + range;
        return false;
    }
    out = v;
    return true;
}

bool ParsePoint(const std::string& s, const char* what, Vec2& p, std::string& error) {
    const std::size_t comma = s.find(',');
    std::map<std::string, std::string> kv;
    if (comma != std::string::npos) {
        kv["x"] = s.substr(0, comma);
        kv["y"] = s.substr(comma + 1);
    }
    if (kv.empty() || !Number(kv, "x", -100.0, 100.0, p.x, error) || !Number(kv, "y", -100.0, 100.0, p.y, error)) {
        error = std::string(what) + " must be two numbers x,y in metres (-100 to 100), not '" + s + "'";
        return false;
    }
    return true;
}

bool Point(const std::map<std::string, std::string>& kv, const char* key, Vec2& p, std::string& error) {
    const auto it = kv.find(key);
    if (it == kv.end()) {
        error = std::string("missing '") + key + "'";
        return false;
    }
    return ParsePoint(it->second, key, p, error);
}

bool Flag(const std::map<std::string, std::string>& kv, const char* key, bool& out, std::string& error) {
    const auto it = kv.find(key);
    if (it == kv.end()) {
        error = std::string("missing '") + key + "'";
        return false;
    }
    if (it->second != "0" && it->second != "1") {
        error = std::string(key) + " must be 0 or 1, not '" + it->second + "'";
        return false;
    }
    out = it->second == "1";
    return true;
}

// A comma-separated set of words, each from `allowed`.
bool Words(const std::map<std::string, std::string>& kv, const char* key, const std::vector<std::string>& allowed,
           std::vector<std::string>& out, std::string& error) {
    const auto it = kv.find(key);
    if (it == kv.end()) {
        error = std::string("missing '") + key + "'";
        return false;
    }
    std::string word;
    const std::string s = it->second + ",";
    for (char c : s) {
        if (c != ',') { word += c; continue; }
        if (word.empty()) continue;
        bool known = false;
        for (const std::string& a : allowed) known |= a == word;
        if (!known) {
            std::string list;
            for (const std::string& a : allowed) list += (list.empty() ? "" : ", ") + a;
            error = std::string(key) + ": unknown '" + word + "' (allowed: " + list + ")";
            return false;
        }
        out.push_back(word);
        word.clear();
    }
    return true;
}

bool Has(const std::vector<std::string>& v, const char* w) {
    for (const std::string& s : v)
        if (s == w) return true;
    return false;
}

std::string Join(const std::vector<const char*>& words) {
    std::string out;
    for (const char* w : words) out += (out.empty() ? "" : ",") + std::string(w);
    return out;
}

}  // namespace

std::string RoomLine(const RoomDef& r) {
    std::string toys;
    for (const Vec2& t : r.toys) toys += (toys.empty() ? "" : ";") + Point(t);
    return "# room: size_m=" + Exact(r.size_m) + " door=" + Point(r.door) + " door_width_m=" + Exact(r.door_width_m) +
           " outside=" + Point(r.outside) + " caregiver_chair=" + Point(r.caregiver_chair) +
           " stranger_chair=" + Point(r.stranger_chair) + " put_down_spot=" + Point(r.put_down_spot) + " toys=" + toys;
}

std::string EpisodeLine(const EpisodeRoles& e) {
    std::vector<const char*> present, scores;
    if (e.caregiver_present) present.push_back("caregiver");
    if (e.stranger_present) present.push_back("stranger");
    if (e.scores_caregiver) scores.push_back("caregiver");
    if (e.scores_stranger) scores.push_back("stranger");
    if (e.scores_search) scores.push_back("search");
    const char* kind = e.separation && e.reunion ? "separation,reunion" : e.separation ? "separation" : e.reunion ? "reunion" : "";
    return "# episode: number=" + std::to_string(e.number) + " present=" + Join(present) + " kind=" + kind +
           " scores=" + Join(scores) + " entry_delay_rule=" + (e.entry_delay_rule ? "1" : "0") +
           " short=" + Quoted(e.short_name) + " name=" + Quoted(e.name);
}

bool ParseRoomLine(const std::string& text, RoomDef& r, std::string& error) {
    std::map<std::string, std::string> kv;
    if (!Pairs(text, kv, error)) return false;
    for (const auto& [key, value] : kv) {
        (void)value;
        static const char* known[] = {"size_m", "door", "door_width_m", "outside", "caregiver_chair", "stranger_chair",
                                      "put_down_spot", "toys"};
        bool ok = false;
        for (const char* k : known) ok |= key == k;
        if (!ok) {
            error = "unknown room key '" + key + "'";
            return false;
        }
    }
    if (!Number(kv, "size_m", 0.5, 50.0, r.size_m, error) || !Point(kv, "door", r.door, error) ||
        !Number(kv, "door_width_m", 0.1, 10.0, r.door_width_m, error) || !Point(kv, "outside", r.outside, error) ||
        !Point(kv, "caregiver_chair", r.caregiver_chair, error) || !Point(kv, "stranger_chair", r.stranger_chair, error) ||
        !Point(kv, "put_down_spot", r.put_down_spot, error))
        return false;
    const auto toys = kv.find("toys");
    if (toys == kv.end()) {
        error = "missing 'toys'";
        return false;
    }
    std::vector<std::string> points;
    std::string cur;
    for (char c : toys->second + ";") {
        if (c == ';') { points.push_back(cur); cur.clear(); }
        else cur += c;
    }
    if (points.size() != r.toys.size()) {
        error = "toys must list " + std::to_string(r.toys.size()) + " points x,y separated by ';'";
        return false;
    }
    for (std::size_t i = 0; i < points.size(); ++i)
        if (!ParsePoint(points[i], "a toy", r.toys[i], error)) return false;
    return true;
}

bool ParseEpisodeLine(const std::string& text, EpisodeRoles& e, std::string& error) {
    std::map<std::string, std::string> kv;
    if (!Pairs(text, kv, error)) return false;
    double number = 0;
    std::vector<std::string> present, kind, scores;
    if (!Number(kv, "number", 1, 99, number, error)) return false;
    if (number != std::floor(number)) {
        error = "number must be a whole number";
        return false;
    }
    if (!Words(kv, "present", {"caregiver", "stranger"}, present, error) ||
        !Words(kv, "kind", {"separation", "reunion"}, kind, error) ||
        !Words(kv, "scores", {"caregiver", "stranger", "search"}, scores, error) ||
        !Flag(kv, "entry_delay_rule", e.entry_delay_rule, error))
        return false;
    e.number = static_cast<int>(number);
    e.caregiver_present = Has(present, "caregiver");
    e.stranger_present = Has(present, "stranger");
    e.separation = Has(kind, "separation");
    e.reunion = Has(kind, "reunion");
    e.scores_caregiver = Has(scores, "caregiver");
    e.scores_stranger = Has(scores, "stranger");
    e.scores_search = Has(scores, "search");
    e.short_name = kv.count("short") ? kv["short"] : "";
    e.name = kv.count("name") ? kv["name"] : "";
    return true;
}

}  // namespace sb
