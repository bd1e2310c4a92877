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

const std::vector<CsvColumn<EpisodeRow>>& EpisodeColumns();
// Depends on the scenario: a population adds a column for each drawn parameter no other column shows.
std::vector<CsvColumn<RunResult>> RunColumns(const Scenario& scenario);

TableDef EpisodesTable();
TableDef RunsTable(const Scenario& scenario);

// A registry value as a runs.csv cell, exactly: the shortest text that reads back as the same
// double (so a dyad rebuilt from its row is the dyad that ran), a whole number, or true/false.
std::string ExactParamCell(const ParamEntry& e, double value);

// datapackage.json for a folder holding runs.csv and episodes.csv of `scenario`.
std::string ExportDataPackage(const std::string& package_name, const Scenario& scenario);

}  // namespace sb
