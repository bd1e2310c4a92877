// The summary a batch or sweep manifest records, counted from runs.csv rows as written: the merge of
// shards recounts it from the merged file and, adding the same numbers in the same order, gets the
// same summary to the last bit — so a merged manifest can equal the unsharded one byte for byte.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "batch/population_summary.h"

namespace sb {

// The fields of one CSV line (quoted fields unquoted, doubled quotes undone; no line break).
std::vector<std::string> SplitCsvLine(std::string_view line);

class RunsTally {
public:
    // `header` is runs.csv's first line (without its line break); throws std::invalid_argument if a
    // column the summary needs is missing.
    explicit RunsTally(std::string_view header);
    // One row of runs.csv (without its line break).
    void Add(std::string_view row);
    PopulationSummary Summary() const;

private:
    // Pearson's r from running co-moments (Welford), in row order; no values are kept.
    struct Pair {
        long long n = 0;
        double mean_x = 0, mean_y = 0, m2_x = 0, m2_y = 0, c_xy = 0;
        void Add(double x, double y);
        double R() const;
    };
    std::size_t group_ = 0, subgroup_ = 0, best_fit_ = 0, sensitivity_ = 0, avoidance_ = 0, resistance_ = 0, curtailed_ = 0;
    PopulationSummary s_;
    std::map<char, int> curtailed_by_group_;
    Pair security_, avoidance_pair_, resistance_pair_;
};

}  // namespace sb
