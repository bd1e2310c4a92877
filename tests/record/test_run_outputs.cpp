// What a headless run writes: episodes.csv with one row per episode and the required columns,
// manifest.json with version, scenario, parameters and seed — complete or not at all.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/stat.h>

#include "record/atomic_file.h"
#include "record/run_outputs.h"

using namespace sb;
namespace fs = std::filesystem;

namespace {
std::string Slurp(const fs::path& p) {
    std::ifstream in(p);
    std::ostringstream os;
    os << in.rdbuf();
    return os.str();
}
fs::path FreshDir(const std::string& name) {
    const fs::path d = fs::temp_directory_path() / ("securebase-test-" + name);
    fs::remove_all(d);
    return d;
}
}  // namespace

TEST_CASE("a run writes one CSV row per episode with the required columns", "[record]") {
    Scenario sc = DefaultScenario();
    sc.sim.seed = 5;
    const RunResult r = RunAndMeasure(sc.sim);
    const fs::path dir = FreshDir("outputs");
    WriteRunOutputs(dir.string(), sc, r);

    std::istringstream csv(Slurp(dir / "episodes.csv"));
    std::string header;
    std::getline(csv, header);
    for (const char* col : {"run_id", "episode", "name", "start_s", "duration_s", "curtailed", "crying_s",
                            "exploring_s", "contact_caregiver_s"}) {
        INFO(col);
        REQUIRE(header.find(col) != std::string::npos);
    }
    int rows = 0;
    for (std::string line; std::getline(csv, line);) ++rows;
    REQUIRE(rows == 8);
}

TEST_CASE("the manifest records version, scenario, every parameter and the seed", "[record]") {
    Scenario sc = DefaultScenario();
    sc.sim.seed = 12345;
    sc.sim.caregiver.sensitivity = 4.5;
    const RunResult r = RunAndMeasure(sc.sim);
    const fs::path dir = FreshDir("manifest");
    WriteRunOutputs(dir.string(), sc, r);
    const auto j = nlohmann::json::parse(Slurp(dir / "manifest.json"));
    REQUIRE(j.at("seed") == 12345);
    REQUIRE_FALSE(j.at("version").get<std::string>().empty());
    REQUIRE(j.at("scenario").at("name") == sc.name);
    REQUIRE(j.at("caregiver").at("sensitivity") == 4.5);
    REQUIRE(j.at("caregiver").contains("consistency"));
    REQUIRE(j.at("infant").contains("reactivity"));
    REQUIRE(j.at("protocol").at("episodes").size() == 8);
    REQUIRE(j.at("step_s") == sc.sim.step_s);
    REQUIRE(j.at("result").at("trace_hash") == HashHex(r.trace_hash));
}

TEST_CASE("cortisol ratio is written to runs.csv", "[record][cortisol]") {
    // The hidden post/baseline cortisol ratio goes with the hidden working model, after the
    // observer's columns and before the trace digest; the manifest's result block has it too.
    Scenario sc = LoadScenario("frightening");
    sc.sim.seed = 3;
    const RunResult r = RunAndMeasure(sc.sim);
    const fs::path dir = FreshDir("cortisol");
    WriteRunOutputs(dir.string(), sc, r);

    std::istringstream csv(Slurp(dir / "runs.csv"));
    std::string header, row;
    std::getline(csv, header);
    std::getline(csv, row);
    REQUIRE_THAT(header, Catch::EndsWith(",iwm_strategy,iwm_separation_confidence,iwm_others_familiarity,cortisol_ratio,trace_hash"));
    // The second-last cell of the row is the ratio, written as the run computed it.
    const std::size_t last = row.rfind(',');
    const std::size_t before = row.rfind(',', last - 1);
    const double written = std::stod(row.substr(before + 1, last - before - 1));
    CHECK(written == Approx(r.cortisol_ratio).margin(5e-5));
    CHECK(written > 1.0);  // a frightening caregiver's infant: its stress shows in its cortisol

    const auto j = nlohmann::json::parse(Slurp(dir / "manifest.json"));
    CHECK(j.at("result").at("cortisol_ratio").get<double>() == r.cortisol_ratio);
}

TEST_CASE("a set of exports is written completely or not at all", "[record][atomic]") {
    const fs::path dir = FreshDir("atomic");
    fs::create_directories(dir);
    const fs::path episodes = dir / "episodes.csv";
    WriteFileAtomically(episodes.string(), "old complete content\n");
    // The second file cannot be staged (its folder does not exist): the first must not be replaced.
    REQUIRE_THROWS_WITH(WriteFilesAtomically({{episodes.string(), "new content\n"},
                                              {(dir / "missing" / "runs.csv").string(), "x\n"}}),
                        Catch::Matchers::Contains("no file was replaced"));
    REQUIRE(Slurp(episodes) == "old complete content\n");
    // No temporary file is left behind.
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir)) files += e.is_regular_file();
    REQUIRE(files == 1);
}

TEST_CASE("exports get the permissions the umask allows, so collaborators can read them", "[record][atomic]") {
    const fs::path dir = FreshDir("umask");
    fs::create_directories(dir);
    const mode_t before = ::umask(022);
    WriteFileAtomically((dir / "runs.csv").string(), "x\n");
    ::umask(077);
    WriteFileAtomically((dir / "private.csv").string(), "x\n");
    ::umask(before);
    const auto perms = [](const fs::path& p) { return fs::status(p).permissions() & fs::perms::all; };
    REQUIRE(perms(dir / "runs.csv") == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read));
    REQUIRE(perms(dir / "private.csv") == (fs::perms::owner_read | fs::perms::owner_write));
}

TEST_CASE("an output folder that cannot be created is a clear error", "[record][atomic]") {
    const fs::path dir = FreshDir("blocked");
    fs::create_directories(dir);
    std::ofstream(dir / "file") << "x";
    REQUIRE_THROWS_WITH(EnsureFolder((dir / "file" / "sub").string()), Catch::Matchers::Contains("cannot create output folder"));
}
