// Clip recording without a window: the plan (frame count, episode span, ffmpeg's arguments), the
// writer's all-or-nothing promise (a failing encoder leaves no file; a working one leaves exactly
// what it wrote), and the frame-time statistics of --stats.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <vector>

#include "app/run/clip_plan.h"
#include "app/run/clip_writer.h"
#include "app/run/frame_stats.h"
#include "scenario/scenario.h"

using namespace sb::app;
namespace fs = std::filesystem;

namespace {

struct TempFolder {
    fs::path path;
    TempFolder() {
        path = fs::temp_directory_path() / ("sb-clip-test-" + std::to_string(std::random_device{}()));
        fs::create_directories(path);
    }
    ~TempFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

// A stand-in encoder: a shell script that copies its input to the file named last, or fails.
std::string FakeEncoder(const TempFolder& dir, const std::string& body) {
    const fs::path script = dir.path / "fake-encoder";
    std::ofstream(script) << "#!/bin/sh\n" << body << "\n";
    fs::permissions(script, fs::perms::owner_all);
    return script.string();
}

std::string ReadAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("a clip's frame count follows from its span, frame rate and speed", "[app][clip]") {
    CHECK(ClipFrameCount({10.0, 12.0, 25.0, 1.0}) == 50);
    CHECK(ClipFrameCount({10.0, 26.0, 25.0, 8.0}) == 50);
    CHECK(ClipFrameCount({0.0, 0.01, 25.0, 1.0}) == 1);
    CHECK_THROWS_WITH(ClipFrameCount({5.0, 5.0, 25.0, 1.0}), Catch::Contains("must end after it starts"));
    CHECK_THROWS_WITH(ClipFrameCount({0.0, 1300.0, 25.0, 1.0}), Catch::Contains("allowed up to 15000"));
}

TEST_CASE("a clip's format comes from its file name", "[app][clip]") {
    CHECK(ClipFormatFor("a.gif") == ClipFormat::Gif);
    CHECK(ClipFormatFor("dir/B.MP4") == ClipFormat::Mp4);
    CHECK_THROWS_WITH(ClipFormatFor("clip.avi"), Catch::Contains("must end in .gif or .mp4"));
    const std::vector<std::string> gif = FfmpegArguments(ClipFormat::Gif, 640, 480, 25.0, "out.gif");
    CHECK(std::find(gif.begin(), gif.end(), "640x480") != gif.end());
    CHECK(gif.back() == "out.gif");
    const std::vector<std::string> mp4 = FfmpegArguments(ClipFormat::Mp4, 641, 481, 30.0, "out.mp4");
    CHECK(std::find(mp4.begin(), mp4.end(), "libx264") != mp4.end());
    CHECK(std::find(mp4.begin(), mp4.end(), "30") != mp4.end());
}

TEST_CASE("an episode's span is found in the scenario's own run", "[app][clip]") {
    const sb::Scenario sc = sb::DefaultScenario();
    const EpisodeSpan first = FindEpisodeSpan(sc, 1);
    CHECK(first.start_s == 0.0);
    CHECK(first.end_s == Approx(30.0).margin(1.0));  // about its nominal 30 s
    const EpisodeSpan sixth = FindEpisodeSpan(sc, 6);
    CHECK(sixth.start_s > first.end_s);
    CHECK(sixth.end_s > sixth.start_s);
    CHECK_THROWS_WITH(FindEpisodeSpan(sc, 9), Catch::Contains("no such episode"));
}

TEST_CASE("a clip is written whole by a working encoder", "[app][clip]") {
    TempFolder dir;
    const std::string encoder = FakeEncoder(dir, "for last; do :; done; cat > \"$last\"");
    const fs::path target = dir.path / "clip.mp4";
    ClipWriter w(target.string(), 2, 1, 25.0, encoder);
    const std::uint8_t frame[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    w.AddFrame(frame, sizeof frame);
    CHECK_FALSE(fs::exists(target));  // nothing in place until the end
    w.AddFrame(frame, sizeof frame);
    w.Finish();
    CHECK(w.Frames() == 2);
    CHECK(ReadAll(target) == std::string("\1\2\3\4\5\6\7\10\1\2\3\4\5\6\7\10", 16));
    CHECK_THROWS_AS(w.AddFrame(frame, sizeof frame), ClipError);
}

TEST_CASE("a failing encoder leaves no file and says so", "[app][clip]") {
    TempFolder dir;
    const fs::path target = dir.path / "clip.gif";
    {
        // Writes part of a file, then fails: the part must not appear under the clip's name.
        const std::string encoder = FakeEncoder(dir, "for last; do :; done; head -c 3 > \"$last\"; exit 3");
        ClipWriter w(target.string(), 2, 1, 25.0, encoder);
        const std::uint8_t frame[8] = {};
        try {
            for (int i = 0; i < 100000; ++i) w.AddFrame(frame, sizeof frame);
            w.Finish();
            FAIL("a failing encoder must make the clip fail");
        } catch (const ClipError& e) {
            CHECK_THAT(e.what(), Catch::Contains("nothing was written"));
        }
    }
    CHECK_FALSE(fs::exists(target));
    CHECK_THROWS_WITH(ClipWriter(target.string(), 2, 1, 25.0, (dir.path / "no-such-encoder").string()),
                      Catch::Contains("cannot start"));
    CHECK_THROWS_WITH(ClipWriter((dir.path / "missing" / "c.gif").string(), 2, 1, 25.0, "true"),
                      Catch::Contains("does not exist"));
    // Abandoned half way (the window closed): no file either.
    {
        const std::string encoder = FakeEncoder(dir, "for last; do :; done; cat > \"$last\"");
        ClipWriter w(target.string(), 2, 1, 25.0, encoder);
        const std::uint8_t frame[8] = {};
        w.AddFrame(frame, sizeof frame);
    }
    CHECK_FALSE(fs::exists(target));
}

TEST_CASE("frame statistics give exact quantiles of the frames after the first few", "[app][stats]") {
    FrameStats stats(2);
    stats.Add(1.0);  // skipped: start-up frames
    stats.Add(1.0);
    for (int i = 1; i <= 100; ++i) stats.Add(i / 1000.0);
    CHECK(stats.Counted() == 100);
    CHECK(stats.Quantile(0.5) == Approx(0.050));
    CHECK(stats.Quantile(0.99) == Approx(0.099));
    CHECK(stats.Quantile(1.0) == Approx(0.100));
    CHECK_THAT(stats.Summary(102, 2.0), Catch::Contains("51.0 fps; frame time p50 50.0 ms, p99 99.0 ms (100 counted)"));
    CHECK(FrameStats().Quantile(0.5) == 0.0);
}
