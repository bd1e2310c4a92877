// A small strict CSV reader: the exports' own dialect, nothing more.
#include "record/csv_read.h"

#include <fstream>
#include <sstream>

namespace sb {

int CsvTable::Column(std::string_view name) const {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return static_cast<int>(i);
    return -1;
}

CsvTable ParseCsv(std::string_view text, const std::string& source) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    int line = 1;
    std::size_t i = 0;
    const auto fail = [&](const std::string& why) { throw CsvError(source + ":" + std::to_string(line) + ": " + why); };
    while (i < text.size()) {
        if (text[i] == '"') {
            ++i;
            const int opened = line;
            for (;;) {
                if (i >= text.size()) {
                    line = opened;  // where the field began, not where the file ran out
                    fail("a quoted field is not closed");
                }
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (text[i] == '\n') ++line;
                field += text[i++];
            }
            if (i < text.size() && text[i] != ',' && text[i] != '\n') fail("text after a closing quote");
        }
        while (i < text.size() && text[i] != ',' && text[i] != '\n') {
            if (text[i] == '"') fail("a quote inside an unquoted field");
            field += text[i++];
        }
        record.push_back(std::move(field));
        field.clear();
        if (i < text.size() && text[i] == ',') {
            ++i;
            if (i == text.size()) record.push_back("");
            continue;
        }
        records.push_back(std::move(record));
        record.clear();
        ++i;  // the newline (or the end)
        ++line;
    }
    if (!record.empty()) records.push_back(std::move(record));
    if (records.empty()) throw CsvError(source + ": empty file (no header)");
    CsvTable t;
    t.header = std::move(records.front());
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() != t.header.size())
            throw CsvError(source + ": row " + std::to_string(r) + " has " + std::to_string(records[r].size()) +
                           " fields, the header " + std::to_string(t.header.size()));
        t.rows.push_back(std::move(records[r]));
    }
    return t;
}

CsvTable ReadCsvFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw CsvError(path + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return ParseCsv(text.str(), path);
}

}  // namespace sb
