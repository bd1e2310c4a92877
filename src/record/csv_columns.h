// The columns of episodes.csv and runs.csv, each a field of the codebook (table_schema.h) and the
// function that writes its cell. The writers and datapackage.json both read these lists, so the
// header, the cells and the codebook always agree (docs/data.md describes the columns in words).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "record/run_outputs.h"
#include "record/table_schema.h"

namespace sb {
struct ParamEntry;
}

namespace sb {

template <class Row>
struct CsvColumn {
    FieldDef field;
    std::function<std::string(const Row&)> cell;
};

// One row of episodes.csv: an episode of a run (its index k in run.episodes).
struct EpisodeRow {
    const RunResult& run;
    const EpisodeMeasures& m;
    std::size_t k;
};

// The columns a sweep adds after run_id, in both tables: cell, replicate and each swept parameter
// by its registry name (bounded by its registry range). A batch and a run have none. Each row's cells
// are its RunResult::design_values, in this order.
std::vector<FieldDef> SweepDesignFields(const SweepDef& sweep);

std::vector<CsvColumn<EpisodeRow>> EpisodeColumns(const std::vector<FieldDef>& design = {});
// Depends on the scenario: a population adds a column for each drawn parameter no other column
// shows (a swept parameter's design column shows it), and a [trial] two last columns, arm and
// year_end_sensitivity.
std::vector<CsvColumn<RunResult>> RunColumns(const Scenario& scenario, const std::vector<FieldDef>& design = {});

TableDef EpisodesTable(const std::vector<FieldDef>& design = {});
TableDef RunsTable(const Scenario& scenario, const std::vector<FieldDef>& design = {});

// A file's header line and rows, from its column list (each with its line break): what every
// writer uses, whole files (RunsCsv, EpisodesCsv) and rows streamed as dyads finish alike.
template <class Row>
std::string CsvHeaderLine(const std::vector<CsvColumn<Row>>& columns) {
    std::string line;
    for (std::size_t i = 0; i < columns.size(); ++i) line += (i ? "," : "") + columns[i].field.name;
    return line + "\n";
}
template <class Row>
std::string CsvRowLine(const std::vector<CsvColumn<Row>>& columns, const Row& row) {
    std::string line;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i) line += ',';
        line += columns[i].cell(row);
    }
    return line + "\n";
}
// The episodes.csv rows of one run.
std::string EpisodesCsvRows(const std::vector<CsvColumn<EpisodeRow>>& columns, const RunResult& run);

// A registry value as a runs.csv cell, exactly: the shortest text that reads back as the same
// double (so a dyad rebuilt from its row is the dyad that ran), a whole number, or true/false.
std::string ExactParamCell(const ParamEntry& e, double value);

// datapackage.json for a folder holding runs.csv and episodes.csv of `scenario` (with `design`'s columns).
std::string ExportDataPackage(const std::string& package_name, const Scenario& scenario, const std::vector<FieldDef>& design = {});

}  // namespace sb
