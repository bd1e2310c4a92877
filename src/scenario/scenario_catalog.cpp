// Scenario catalog implementation: a directory listing, the scenario reader for titles, and an
// optimal-string-alignment edit distance for suggestions.
#include "scenario/scenario_catalog.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "scenario/scenario.h"

namespace sb {

std::string ShippedScenarioDir() { return SB_SCENARIO_DIR; }

std::vector<std::string> ShippedScenarioNames() {
    namespace fs = std::filesystem;
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(ShippedScenarioDir(), ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        if (p.extension() == ".toml" && it->is_regular_file(ec)) names.push_back(p.stem().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<ShippedScenario> ShippedScenarios() {
    std::vector<ShippedScenario> list;
    for (const std::string& name : ShippedScenarioNames()) {
        ShippedScenario s;
        s.file_name = name;
        s.path = (std::filesystem::path(ShippedScenarioDir()) / (name + ".toml")).string();
        try {
            const Scenario sc = LoadScenario(s.path);
            s.title = sc.name;
            s.description = sc.description;
        } catch (const std::exception& e) {
            s.title = name;
            s.error = e.what();
        }
        list.push_back(std::move(s));
    }
    return list;
}

int EditDistance(const std::string& a, const std::string& b) {
    auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    const std::size_t n = a.size(), m = b.size();
    // d[i][j]: edits from a's first i letters to b's first j, in one flat row-major table.
    std::vector<int> d((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> int& { return d[i * (m + 1) + j]; };
    for (std::size_t i = 0; i <= n; ++i) at(i, 0) = static_cast<int>(i);
    for (std::size_t j = 0; j <= m; ++j) at(0, j) = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            int best = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            // Two neighbours typed the wrong way round are one slip, not two.
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                best = std::min(best, at(i - 2, j - 2) + 1);
            at(i, j) = best;
        }
    }
    return at(n, m);
}

std::string NearestShippedName(const std::string& wanted, const std::vector<std::string>& names) {
    std::string stem = wanted;
    if (stem.size() > 5 && stem.compare(stem.size() - 5, 5, ".toml") == 0) stem.resize(stem.size() - 5);
    if (stem.empty()) return "";
    const int allowed = std::max(1, static_cast<int>(stem.size()) / 3);
    std::string best;
    int best_d = allowed + 1;
    for (const std::string& name : names) {
        const int d = EditDistance(stem, name);
        if (d < best_d) {
            best_d = d;
            best = name;
        }
    }
    return best;
}

}  // namespace sb
