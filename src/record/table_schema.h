// The codebook of the CSV exports as a Frictionless Data Package (datapackage.json): each table's
// fields with their types, units, constraints and missing values. The CSV writers take their
// headers from the same FieldDefs (csv_columns.h), so the codebook cannot drift from the files.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sb {

// One column, in Table Schema terms (https://specs.frictionlessdata.io/table-schema/).
struct FieldDef {
    std::string name;
    std::string type = "number";     // "integer", "number", "string" or "boolean" (written 1/0 or true/false)
    std::string description;         // what it means, with its unit in words
    std::string unit;                // "s", "m", "Ainsworth scale"...; empty when dimensionless
    bool required = false;           // never empty (else an empty cell is a missing value)
    std::optional<double> minimum;   // inclusive
    std::optional<double> maximum;
    std::vector<std::string> levels; // the only values allowed (Table Schema "enum"); empty: any
    std::string pattern;             // a regular expression a string must match in whole; empty: any
};

struct TableDef {
    std::string name;                // "runs"
    std::string path;                // "runs.csv", relative to datapackage.json
    std::string description;
    std::vector<FieldDef> fields;    // in column order
};

// The cell that stands for "no value" in every table: an empty string.
inline constexpr const char* kMissingValue = "";

// datapackage.json: one tabular resource per table (CSV, UTF-8, header row, comma), with its schema.
std::string DataPackageJson(const std::string& package_name, const std::vector<TableDef>& tables);

}  // namespace sb
