// check_datapackage FOLDER...: checks every CSV a folder's datapackage.json describes against its
// Table Schema — header names and order, types, required cells, minimum/maximum, enum levels,
// patterns and missing values — and prints each violation. Exit 0 if all hold, 1 if not, 2 if the
// package itself cannot be read. Written for the tests; it knows the subset of Table Schema the
// exports use (integer, number, string, boolean) and refuses any other type rather than pass it.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "record/csv_read.h"

namespace {

struct Report {
    int problems = 0;
    void Add(const std::string& where, const std::string& what) {
        if (++problems <= 50) std::fprintf(stderr, "%s: %s\n", where.c_str(), what.c_str());
    }
};

bool ParseNumber(const std::string& s, double& v) {
    const char* end = s.data() + s.size();
    const auto r = std::from_chars(s.data(), end, v);
    return !s.empty() && r.ec == std::errc() && r.ptr == end && std::isfinite(v);
}

bool ParseInteger(const std::string& s, double& v) {
    long long i = 0;
    const char* end = s.data() + s.size();
    const auto r = std::from_chars(s.data(), end, i);
    v = static_cast<double>(i);
    return !s.empty() && r.ec == std::errc() && r.ptr == end;
}

// Table Schema patterns are regular expressions matched against the whole value. The exports use
// only character classes and literals with {n} or {m,n} counts ("[0-9]{1,20}"), and this matcher
// knows just that much; any other pattern is reported as unsupported, never passed. (std::regex is
// avoided: GCC 12 warns inside it under the sanitizer build, and warnings are errors.)
struct Atom {
    std::string set;     // the characters it matches
    int min = 1, max = 1;
};

bool ParsePattern(const std::string& p, std::vector<Atom>& atoms) {
    for (std::size_t i = 0; i < p.size();) {
        Atom a;
        if (p[i] == '[') {
            const std::size_t close = p.find(']', i);
            if (close == std::string::npos) return false;
            for (std::size_t k = i + 1; k < close; ++k) {
                if (k + 2 < close && p[k + 1] == '-') {
                    for (char c = p[k]; c <= p[k + 2]; ++c) a.set += c;
                    k += 2;
                } else {
                    a.set += p[k];
                }
            }
            i = close + 1;
        } else if (std::string("\\^$.|?*+()").find(p[i]) == std::string::npos && p[i] != '{') {
            a.set = std::string(1, p[i++]);
        } else {
            return false;
        }
        if (i < p.size() && p[i] == '{') {
            const std::size_t close = p.find('}', i);
            if (close == std::string::npos) return false;
            const std::string counts = p.substr(i + 1, close - i - 1);
            const std::size_t comma = counts.find(',');
            try {
                a.min = std::stoi(counts.substr(0, comma));
                a.max = comma == std::string::npos ? a.min : std::stoi(counts.substr(comma + 1));
            } catch (const std::exception&) {
                return false;
            }
            i = close + 1;
        }
        atoms.push_back(a);
    }
    return true;
}

bool MatchFrom(const std::vector<Atom>& atoms, std::size_t k, const std::string& s, std::size_t pos) {
    if (k == atoms.size()) return pos == s.size();
    const Atom& a = atoms[k];
    std::size_t n = 0;
    while (n < static_cast<std::size_t>(a.max) && pos + n < s.size() && a.set.find(s[pos + n]) != std::string::npos) ++n;
    for (;; --n) {
        if (n >= static_cast<std::size_t>(a.min) && MatchFrom(atoms, k + 1, s, pos + n)) return true;
        if (n == 0) return false;
    }
}

bool Contains(const nlohmann::json& list, const std::string& s) {
    for (const auto& x : list)
        if (x == s) return true;
    return false;
}

// One cell against its field. Returns the problem, or "".
std::string CheckCell(const nlohmann::json& field, const std::string& cell, const nlohmann::json& missing) {
    const nlohmann::json c = field.value("constraints", nlohmann::json::object());
    if (Contains(missing, cell)) return c.value("required", false) ? "empty, but the field is required" : "";
    const std::string type = field.at("type");
    double v = 0.0;
    bool numeric = false;
    if (type == "integer") {
        if (!ParseInteger(cell, v)) return "'" + cell + "' is not an integer";
        numeric = true;
    } else if (type == "number") {
        if (!ParseNumber(cell, v)) return "'" + cell + "' is not a number";
        numeric = true;
    } else if (type == "boolean") {
        if (!Contains(field.at("trueValues"), cell) && !Contains(field.at("falseValues"), cell))
            return "'" + cell + "' is none of the boolean's trueValues and falseValues";
    } else if (type != "string") {
        return "type '" + type + "' is not one this checker knows";
    }
    if (numeric && c.contains("minimum") && v < c["minimum"].get<double>()) return "'" + cell + "' is below the minimum " + c["minimum"].dump();
    if (numeric && c.contains("maximum") && v > c["maximum"].get<double>()) return "'" + cell + "' is above the maximum " + c["maximum"].dump();
    if (c.contains("enum") && !Contains(c["enum"], cell)) return "'" + cell + "' is not one of the levels " + c["enum"].dump();
    if (c.contains("pattern")) {
        std::vector<Atom> atoms;
        if (!ParsePattern(c["pattern"].get<std::string>(), atoms)) return "pattern " + c["pattern"].dump() + " is not one this checker knows";
        if (!MatchFrom(atoms, 0, cell, 0)) return "'" + cell + "' does not match the pattern " + c["pattern"].dump();
    }
    return "";
}

void CheckResource(const std::filesystem::path& folder, const nlohmann::json& res, Report& report) {
    const std::string path = (folder / res.at("path").get<std::string>()).string();
    const nlohmann::json& schema = res.at("schema");
    const nlohmann::json& fields = schema.at("fields");
    const nlohmann::json missing = schema.value("missingValues", nlohmann::json::array({""}));
    sb::CsvTable t;
    try {
        t = sb::ReadCsvFile(path);
    } catch (const sb::CsvError& e) {
        report.Add(path, e.what());
        return;
    }
    if (t.header.size() != fields.size()) report.Add(path, "header has " + std::to_string(t.header.size()) + " columns, the schema " + std::to_string(fields.size()));
    for (std::size_t i = 0; i < std::min(t.header.size(), fields.size()); ++i)
        if (t.header[i] != fields[i].at("name").get<std::string>())
            report.Add(path, "column " + std::to_string(i + 1) + " is '" + t.header[i] + "', the schema says '" + fields[i].at("name").get<std::string>() + "'");
    if (t.header.size() != fields.size()) return;
    for (std::size_t r = 0; r < t.rows.size(); ++r)
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const std::string why = CheckCell(fields[i], t.rows[r][i], missing);
            if (!why.empty()) report.Add(path + ": row " + std::to_string(r + 1) + ", " + t.header[i], why);
        }
    std::printf("%s: %zu rows x %zu columns checked\n", path.c_str(), t.rows.size(), fields.size());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: check_datapackage FOLDER...\n");
        return 2;
    }
    Report report;
    for (int a = 1; a < argc; ++a) {
        const std::filesystem::path folder(argv[a]);
        std::ifstream in(folder / "datapackage.json");
        if (!in) {
            std::fprintf(stderr, "%s: no datapackage.json\n", argv[a]);
            return 2;
        }
        nlohmann::json pkg;
        try {
            pkg = nlohmann::json::parse(in);
            if (pkg.at("resources").empty()) throw std::runtime_error("no resources");
            for (const auto& res : pkg.at("resources")) CheckResource(folder, res, report);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "%s/datapackage.json: %s\n", argv[a], e.what());
            return 2;
        }
    }
    if (report.problems) std::fprintf(stderr, "%d problems\n", report.problems);
    return report.problems ? 1 : 0;
}
