// An export is one set: its targets are checked before anything is written, its manifest lists every
// other file with size and SHA-256 so a reader can check it, and what a killed export left is settled
// by the next one (finished past its commit record, removed before it) — only names of our own pattern. (A kill at every step: cli_export_crash.cmake.)
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/sha256.h"
#include "record/atomic_file.h"
#include "record/commit_record.h"
#include "record/export_targets.h"
#include "record/run_outputs.h"
#include "record/stale_staging.h"
#include "record/verify_set.h"

using namespace sb;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;

namespace {
std::string Slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream os;
    os << in.rdbuf();
    return os.str();
}
void Put(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }
fs::path FreshDir(const std::string& name) {
    const fs::path d = fs::temp_directory_path() / ("securebase-test-" + name);
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
}
std::vector<std::string> Names(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}
}  // namespace

TEST_CASE("the manifest's files list names each file, relative to the manifest, with its bytes and digest", "[record][export]") {
    Scenario sc = DefaultScenario();
    sc.sim.seed = 4;
    const RunResult r = RunAndMeasure(sc.sim, 1, true);
    const fs::path dir = FreshDir("files-list");
    fs::create_directories(dir / "traces");
    WriteRunOutputs((dir / "out").string(), sc, r, (dir / "traces" / "t.csv").string());
    const auto j = nlohmann::json::parse(Slurp(dir / "out" / "manifest.json"));
    const auto& files = j.at("files");
    REQUIRE(files.size() == 4);
    const std::vector<std::string> expected{"episodes.csv", "runs.csv", "datapackage.json", "../traces/t.csv"};
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string name = files[i].at("name");
        REQUIRE(name == expected[i]);
        const std::string text = Slurp(dir / "out" / name);
        CHECK(files[i].at("bytes") == text.size());
        CHECK(files[i].at("sha256") == Sha256Hex(text));
    }
    // The rest of the manifest is as the run rendered it.
    auto without = j;
    without.erase("files");
    REQUIRE(without == nlohmann::json::parse(ManifestJson(sc, r)));
}

TEST_CASE("a folder is a complete set when its manifest exists and every listed file matches", "[record][export]") {
    const fs::path dir = FreshDir("verify");
    WriteSetWithManifest({{(dir / "a.csv").string(), "one\n"}, {(dir / "b.csv").string(), "two\n"}},
                         (dir / "manifest.json").string(), R"({"program": "securebase"})");
    SECTION("as written, it is complete") {
        const SetCheck c = VerifySet(dir.string());
        REQUIRE(c.complete);
        REQUIRE(c.files == 2);
    }
    SECTION("a file changed, even to the same size, makes it incomplete, naming the file") {
        Put(dir / "b.csv", "TWO\n");
        const SetCheck c = VerifySet(dir.string());
        REQUIRE_FALSE(c.complete);
        REQUIRE_THAT(c.problems.at(0), Contains("b.csv") && Contains("SHA-256"));
    }
    SECTION("a file of another size or a missing file makes it incomplete") {
        Put(dir / "a.csv", "one more\n");
        fs::remove(dir / "b.csv");
        const SetCheck c = VerifySet(dir.string());
        REQUIRE(c.problems.size() == 2);
        REQUIRE_THAT(c.problems[0], Contains("a.csv: 9 bytes, the manifest says 4"));
        REQUIRE_THAT(c.problems[1], Contains("b.csv: missing"));
    }
    SECTION("no manifest means an export was interrupted (or there is none)") {
        fs::remove(dir / "manifest.json");
        const SetCheck c = VerifySet(dir.string());
        REQUIRE_FALSE(c.complete);
        REQUIRE_THAT(c.problems.at(0), Contains("no manifest.json"));
    }
    SECTION("a manifest without a files list cannot vouch for anything") {
        Put(dir / "manifest.json", R"({"program": "securebase"})");
        REQUIRE_FALSE(VerifySet(dir.string()).complete);
    }
}

TEST_CASE("a finished export leaves only its files: no staging folder, no temporary file", "[record][export]") {
    const fs::path dir = FreshDir("clean");
    WriteSetWithManifest({{(dir / "runs.csv").string(), "x\n"}}, (dir / "manifest.json").string(), "{}");
    REQUIRE(Names(dir) == std::vector<std::string>{"manifest.json", "runs.csv"});
}

TEST_CASE("what a killed export left is removed by the next one, and nothing that is not ours", "[record][export]") {
    const fs::path dir = FreshDir("stale");
    fs::create_directories(dir / ".securebase-staging-Ab3dE9");
    Put(dir / ".securebase-staging-Ab3dE9" / "runs.csv", "half a set\n");
    Put(dir / "runs.csv.part-Xy12Zz", "an older version's temporary file\n");
    // Close to our names, but not ours: a user's files stay.
    fs::create_directories(dir / ".securebase-staging-mine");
    Put(dir / "runs.csv.part-toolong1", "x");
    Put(dir / "notes.csv.part-abc123", "x");
    Put(dir / "notes.txt", "x");
    WriteFilesAtomically({{(dir / "runs.csv").string(), "new\n"}});
    REQUIRE(Names(dir) == std::vector<std::string>{".securebase-staging-mine", "notes.csv.part-abc123", "notes.txt",
                                                   "runs.csv", "runs.csv.part-toolong1"});
}

TEST_CASE("a staging folder an export is still using is not stale", "[record][export]") {
    const fs::path dir = FreshDir("held");
    const fs::path staging = dir / ".securebase-staging-HeLd01";
    fs::create_directories(staging);
    const int fd = ::open(staging.c_str(), O_RDONLY | O_DIRECTORY);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX) == 0);  // as the export holding it does
    CHECK(FindStale(dir.string(), {}).empty());
    ::close(fd);
    REQUIRE(FindStale(dir.string(), {}) == std::vector<std::string>{staging.string()});
}

TEST_CASE("a staging folder with a commit record is finished, not removed: the new set is put in place", "[record][export]") {
    const fs::path dir = FreshDir("rollforward");
    fs::create_directories(dir / "traces");
    Put(dir / "runs.csv", "old runs\n");
    Put(dir / "manifest.json", "old manifest\n");
    Put(dir / "traces" / "t.csv", "old trace\n");
    // As an export killed after its commit point leaves it: episodes.csv already moved, the rest staged,
    // the trace staged beside its own target.
    const fs::path staging = dir / ".securebase-staging-Cm1t0k";
    const fs::path beside = dir / "traces" / ".securebase-staging-Tr4c3s";
    fs::create_directories(staging);
    fs::create_directories(beside);
    Put(dir / "episodes.csv", "new episodes\n");
    Put(staging / "file-runs.csv", "new runs\n");
    Put(beside / "file-t.csv", "new trace\n");
    Put(beside / kPrimaryName, PrimaryMarkerText("../.securebase-staging-Cm1t0k"));
    Put(staging / "file-manifest.json", "new manifest\n");
    Put(staging / kCommitName, CommitRecordText({{".securebase-staging-Cm1t0k/file-episodes.csv", "episodes.csv"},
                                                 {".securebase-staging-Cm1t0k/file-runs.csv", "runs.csv"},
                                                 {"traces/.securebase-staging-Tr4c3s/file-t.csv", "traces/t.csv"},
                                                 {".securebase-staging-Cm1t0k/file-manifest.json", "manifest.json"}},
                                                true));
    SECTION("from the output folder") { RemoveStale(dir.string(), {}); }
    SECTION("from the trace's folder, whose staging folder names the record") { RemoveStale((dir / "traces").string(), {}); }
    CHECK(Slurp(dir / "episodes.csv") == "new episodes\n");
    CHECK(Slurp(dir / "runs.csv") == "new runs\n");
    CHECK(Slurp(dir / "traces" / "t.csv") == "new trace\n");
    CHECK(Slurp(dir / "manifest.json") == "new manifest\n");
    CHECK(Names(dir) == std::vector<std::string>{"episodes.csv", "manifest.json", "runs.csv", "traces"});
    CHECK(Names(dir / "traces") == std::vector<std::string>{"t.csv"});
}

TEST_CASE("recovery after the new manifest is in place leaves it there", "[record][export]") {
    const fs::path dir = FreshDir("rollforward-done");
    const fs::path staging = dir / ".securebase-staging-D0n3aa";
    fs::create_directories(staging);
    Put(dir / "runs.csv", "new runs\n");
    Put(dir / "manifest.json", "new manifest\n");
    Put(staging / kCommitName, CommitRecordText({{".securebase-staging-D0n3aa/file-runs.csv", "runs.csv"},
                                                 {".securebase-staging-D0n3aa/file-manifest.json", "manifest.json"}},
                                                true));
    RemoveStale(dir.string(), {});
    CHECK(Slurp(dir / "manifest.json") == "new manifest\n");
    CHECK(Names(dir) == std::vector<std::string>{"manifest.json", "runs.csv"});
}

TEST_CASE("a committed staging folder an export is still using is not finished by anyone else", "[record][export]") {
    const fs::path dir = FreshDir("rollforward-held");
    const fs::path staging = dir / ".securebase-staging-HeLd02";
    fs::create_directories(staging);
    Put(staging / "file-runs.csv", "new\n");
    Put(staging / kCommitName, CommitRecordText({{".securebase-staging-HeLd02/file-runs.csv", "runs.csv"}}, false));
    const int fd = ::open(staging.c_str(), O_RDONLY | O_DIRECTORY);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX) == 0);
    RemoveStale(dir.string(), {});
    CHECK(Names(staging) == std::vector<std::string>{kCommitName, "file-runs.csv"});
    CHECK_FALSE(fs::exists(dir / "runs.csv"));
    ::close(fd);
}

TEST_CASE("a commit record naming a file outside a staging folder moves nothing", "[record][export]") {
    const fs::path dir = FreshDir("rollforward-damaged");
    const fs::path staging = dir / ".securebase-staging-Bad000";
    fs::create_directories(staging);
    Put(dir / "notes.txt", "mine\n");
    Put(staging / kCommitName, CommitRecordText({{"notes.txt", "runs.csv"}}, false));
    RemoveStale(dir.string(), {});
    CHECK(Slurp(dir / "notes.txt") == "mine\n");
    CHECK_FALSE(fs::exists(dir / "runs.csv"));
}

TEST_CASE("targets are checked before anything is written", "[record][export]") {
    const fs::path dir = FreshDir("targets");
    Put(dir / "kept.csv", "kept\n");
    SECTION("two targets on one file, however spelled, are refused naming both") {
        REQUIRE_THROWS_WITH(CheckTargets({(dir / "a.csv").string(), (dir / "sub" / ".." / "a.csv").string()}),
                            Contains("two outputs are the same file") && Contains("a.csv"));
        fs::create_hard_link(dir / "kept.csv", dir / "also.csv");
        REQUIRE_THROWS_WITH(CheckTargets({(dir / "kept.csv").string(), (dir / "also.csv").string()}),
                            Contains("two outputs are the same file"));
    }
    SECTION("a symbolic link is refused, even to a regular file") {
        fs::create_symlink("kept.csv", dir / "link.csv");
        REQUIRE_THROWS_WITH(CheckTargets({(dir / "link.csv").string()}), Contains("is a symbolic link"));
    }
    SECTION("a device, a FIFO or a folder is refused") {
        REQUIRE_THROWS_WITH(CheckTargets({"/dev/null"}), Contains("/dev/null: is a character device"));
        REQUIRE(::mkfifo((dir / "pipe").c_str(), 0600) == 0);
        REQUIRE_THROWS_WITH(CheckTargets({(dir / "pipe").string()}), Contains("is a FIFO"));
        fs::create_directories(dir / "folder");
        REQUIRE_THROWS_WITH(CheckTargets({(dir / "folder").string()}), Contains("is a folder"));
        REQUIRE_THROWS_WITH(CheckTargets({(dir / "folder/").string()}), Contains("names a folder"));
    }
    SECTION("a refused target in a set replaces none of the others") {
        fs::create_symlink("kept.csv", dir / "link.csv");
        REQUIRE_THROWS(WriteSetWithManifest({{(dir / "runs.csv").string(), "x\n"}, {(dir / "link.csv").string(), "y\n"}},
                                            (dir / "manifest.json").string(), "{}"));
        REQUIRE(Names(dir) == std::vector<std::string>{"kept.csv", "link.csv"});
        REQUIRE(Slurp(dir / "kept.csv") == "kept\n");
    }
    SECTION("new files and existing regular files are fine") {
        REQUIRE_NOTHROW(CheckTargets({(dir / "kept.csv").string(), (dir / "new.csv").string(), (dir / "new" / "x.csv").string()}));
    }
}

TEST_CASE("a streamed set is the set written whole; abandoned, it leaves the old set untouched", "[record][export][sweep]") {
    const fs::path d = FreshDir("streamed");
    const std::string a = (d / "a.csv").string(), b = (d / "b.csv").string(), m = (d / "manifest.json").string();
    WriteSetWithManifest({{a, "old a\n"}, {b, "old b\n"}}, m, "{\"kind\": \"old\"}");
    const std::string old_manifest = Slurp(m);
    {
        StreamedSet set({a, b}, m);
        set.Append(0, "new a, ");
        set.Append(1, "new b\n");
        REQUIRE(Names(d).size() == 4);  // the staging folder is there while rows are written
        // Destroyed without Finish (an exception while dyads run): nothing is replaced.
    }
    REQUIRE(Names(d) == std::vector<std::string>{"a.csv", "b.csv", "manifest.json"});
    REQUIRE(Slurp(m) == old_manifest);
    REQUIRE(Slurp(a) == "old a\n");
    {
        StreamedSet set({a, b}, m);
        std::string big;
        for (int i = 0; i < 200000; ++i) big += "row " + std::to_string(i) + "\n";  // more than one buffer
        set.Append(0, big.substr(0, 1000));
        set.Append(0, big.substr(1000));
        set.Append(1, "b\n");
        set.Finish("{\"kind\": \"new\"}");
        REQUIRE(Slurp(a) == big);
    }
    const fs::path whole = FreshDir("streamed-whole");
    WriteSetWithManifest({{(whole / "a.csv").string(), Slurp(a)}, {(whole / "b.csv").string(), "b\n"}}, (whole / "manifest.json").string(),
                         "{\"kind\": \"new\"}");
    REQUIRE(Slurp(m) == Slurp(whole / "manifest.json"));
    REQUIRE(Names(d) == std::vector<std::string>{"a.csv", "b.csv", "manifest.json"});
    REQUIRE(VerifySet(d.string()).complete);
}
