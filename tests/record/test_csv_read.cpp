// The CSV reader that replay and the codebook check use: the exports' dialect, strictly.
#include <catch2/catch.hpp>

#include "record/csv_read.h"

using namespace sb;
using Catch::Matchers::Contains;

TEST_CASE("CSV fields: quoted commas, doubled quotes, empty cells", "[record][csv]") {
    const CsvTable t = ParseCsv("a,b,c\n1,\"x, \"\"y\"\"\",\n,,\"\"\n", "t.csv");
    REQUIRE(t.header == std::vector<std::string>{"a", "b", "c"});
    REQUIRE(t.rows.size() == 2);
    REQUIRE(t.rows[0] == std::vector<std::string>{"1", "x, \"y\"", ""});
    REQUIRE(t.rows[1] == std::vector<std::string>{"", "", ""});
    REQUIRE(t.Column("c") == 2);
    REQUIRE(t.Column("d") == -1);
}

TEST_CASE("malformed CSV is an error naming the file and line", "[record][csv]") {
    REQUIRE_THROWS_WITH(ParseCsv("a,b\n1,\"open\n", "t.csv"), Contains("t.csv:2: a quoted field is not closed"));
    REQUIRE_THROWS_WITH(ParseCsv("a,b\n1,\"x\"y\n", "t.csv"), Contains("t.csv:2: text after a closing quote"));
    REQUIRE_THROWS_WITH(ParseCsv("a,b\n1\n", "t.csv"), Contains("row 1 has 1 fields, the header 2"));
    REQUIRE_THROWS_WITH(ParseCsv("", "t.csv"), Contains("empty file"));
}
