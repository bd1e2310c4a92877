// Reading back the CSV files the exports write (RFC 4180: commas, double quotes, "" inside quotes),
// for replaying a dyad from its runs.csv row and for checking files against their codebook.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sb {

class CsvError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;  // each as long as the header
    // The column's index, or -1.
    int Column(std::string_view name) const;
};

// Throws CsvError naming `source` and the line for an unclosed quote, stray text after a closing
// quote, or a row whose length is not the header's.
CsvTable ParseCsv(std::string_view text, const std::string& source);
CsvTable ReadCsvFile(const std::string& path);

}  // namespace sb
