// The parameter dump the GUI can write on exit: every registry parameter once, in registry order,
// with its value and range, exactly enough that the soak test's range check means something.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "app/run/param_dump.h"
#include "params/param_registry.h"

using namespace sb;
using namespace sb::app;

namespace {
std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}
}  // namespace

TEST_CASE("the dump lists every registry parameter with its value and range, then the speed", "[app][dump]") {
    SimulationDef def;
    def.caregiver.sensitivity = 3.5;  // today's caregiver
    const std::vector<std::string> lines = Lines(ParamDump(def, 8.0));
    const std::vector<ParamEntry>& registry = ParamRegistry();
    REQUIRE(lines.size() == registry.size() + 2);
    CHECK(lines.front() == "name\tvalue\tmin\tmax\tkind");
    for (std::size_t i = 0; i < registry.size(); ++i) CHECK(lines[i + 1].rfind(registry[i].name + "\t", 0) == 0);
    CHECK_THAT(ParamDump(def, 8.0), Catch::Matchers::Contains("\ntoday.sensitivity\t3.5\t1\t9\treal\n"));
    CHECK(lines.back() == "playback.speed\t8\t1\t64\treal");
}

TEST_CASE("dumped values read back exactly and say their kind", "[app][dump]") {
    SimulationDef def;
    def.caregiver.sensitivity = 9.000000000000002;  // a hair past the top of today's range
    const std::string dump = ParamDump(def, 1.0);
    CHECK_THAT(dump, Catch::Matchers::Contains("today.sensitivity\t9.000000000000002\t1\t9\treal\n"));
    CHECK_THAT(dump, Catch::Matchers::Contains("history.episodes_per_month\t300\t30\t3000\twhole\n"));
    CHECK_THAT(dump, Catch::Matchers::Contains("protocol.curtail_separations\t1\t0\t1\tflag\n"));
}
