// securebase: the interactive window. Parses the command line, opens the window and runs the frame
// loop — real time x speed through the fixed-step clock, the room drawn from the visible snapshot,
// the control panel (with the observer's scorecard) on the right.
#include <CLI/CLI.hpp>
#include <SFML/Graphics.hpp>
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <imgui.h>
#include <optional>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <vector>

#include "app/panel/compare_panel.h"
#include "app/panel/control_panel.h"
#include "app/panel/panel_fonts.h"
#include "app/platform/asset_paths.h"
#include "app/platform/clip_capture.h"
#include "app/platform/gl_probe.h"
#include "app/platform/imgui_sfml_glue.h"
#include "app/platform/shortcuts.h"
#include "app/platform/stop_signal.h"
#include "app/platform/ui_scale.h"
#include "app/room/caption_strip.h"
#include "app/room/compare_marks.h"
#include "app/room/palette.h"
#include "app/room/room_fonts.h"
#include "app/room/room_view.h"
#include "app/run/compare_session.h"
#include "app/run/frame_stats.h"
#include "app/run/param_dump.h"
#include "app/run/playback.h"
#include "core/version.h"
#include "record/atomic_file.h"
#include "scenario/scenario.h"

namespace {

struct AppOptions {
    std::string scenario;
    bool scenario_given = false;
    std::uint64_t seed = 0;
    bool seed_given = false;
    double speed = 1.0;
    int frames = 0;           // 0: run until the window is closed
    std::string screenshot;   // PNG of the last frame
    int episode = 0;          // 0: start at the beginning
    bool paused = false;
    unsigned width = 1280;
    unsigned height = 720;
    unsigned max_fps = 60;
    unsigned antialias = 4;   // multisampling; 0 is much faster on software renderers
    bool antialias_given = false;  // if not, software renderers get none (docs/performance.md)
    bool stats = false;
    bool scorecard = false;   // open on the scorecard tab
    bool inside = false;      // open on the inside-the-infant tab
    double at_s = -1.0;       // start paused at this moment of the procedure; < 0: not given
    std::string dump_params;  // on exit, every parameter's value and range (for tests/gui/soak.sh)
    std::vector<std::string> compare;  // --compare: one preset, or 2 to 4 scenarios side by side
    sb::app::RecordOptions record;     // --record: film a stretch of the run into a clip, then quit
};

// CPU time this process has used so far, all its threads (a software renderer draws on several), in s.
double ProcessCpu_s() {
    rusage use{};
    getrusage(RUSAGE_SELF, &use);
    return static_cast<double>(use.ru_utime.tv_sec + use.ru_stime.tv_sec) + (use.ru_utime.tv_usec + use.ru_stime.tv_usec) * 1e-6;
}

// A frame that took longer than this (window dragged, machine busy) counts as this long, so the
// simulation does not leap ahead when the window comes back.
constexpr double kLongestFrame_s = 0.25;

// No scenario argument means the default dyad; an empty one is an error (LoadScenario says so).
sb::Scenario LoadOrDefault(const std::string& arg, bool given) { return given ? sb::LoadScenario(arg) : sb::DefaultScenario(); }

void SaveScreenshot(const sf::RenderWindow& window, const std::string& file) {
    // Read back before display(): afterwards the back buffer's contents are undefined.
    sf::Texture grab;
    if (!grab.create(window.getSize().x, window.getSize().y)) throw std::runtime_error("cannot create screenshot texture");
    grab.update(window);
    if (!grab.copyToImage().saveToFile(file)) throw std::runtime_error("cannot write screenshot " + file);
}

// The runs on screen share the part of the window left of the panel, a room each; in compare mode
// each room also carries its caption, its colour and, at the end, its classification.
void DrawScene(sf::RenderWindow& window, const std::vector<const sb::app::Playback*>& runs,
               const sb::app::RoomFonts& fonts, double pulse_s, float ui_scale, float panel_w,
               const sb::app::CompareSession* compare, sb::app::RoomCache& cache) {
    using namespace sb::app;
    const sf::Vector2u size = window.getSize();
    const float rooms_w = std::max(240.0f, static_cast<float>(size.x) - panel_w);
    // Two rows of rooms need the height for the rooms: their captions are set smaller.
    const float caption_h = kCaptionHeight_px * ui_scale * (runs.size() > 2 ? 0.7f : 1.0f);
    window.clear(palette::kBackdrop);
    std::vector<RoomView> views = LayOutRoomViews(runs, {0.0f, 0.0f, rooms_w, static_cast<float>(size.y)}, caption_h);
    for (std::size_t i = 0; i < views.size(); ++i) {
        DrawRoomView(window, views[i], fonts, caption_h, pulse_s, &cache);
        if (!compare) continue;
        const int room = static_cast<int>(i);
        DrawCompareMarks(window, views[i], room, compare->Caption(room), VerdictText(compare->Run(room), true), fonts, caption_h);
    }
}

// Opens a preset or leaves compare mode when the Compare menu asked to. A preset that fails to load
// is reported under the menu; the window carries on as it was.
void SwitchCompare(sb::app::ComparePicker& picker, std::optional<sb::app::CompareSession>& compare, double speed) {
    using namespace sb::app;
    const CompareRequest request = picker.Take();
    if (request.what == CompareRequest::What::LeaveCompare) compare.reset();
    if (request.what != CompareRequest::What::OpenPreset) return;
    try {
        compare.emplace(LoadComparePreset(request.preset_path), speed, false);
        picker.SetError("");
    } catch (const std::exception& e) {
        picker.SetError(e.what());
    }
}

int Run(const AppOptions& o, const char* argv0) {
    using namespace sb::app;
    // Load the scenario before opening a window, so a bad file fails fast and without a display.
    sb::Scenario scenario = LoadOrDefault(o.scenario, o.scenario_given);
    if (o.seed_given) scenario.sim.seed = o.seed;
    std::optional<ComparePreset> preset;
    if (!o.compare.empty()) {
        preset = CompareFromArguments(o.compare);
        if (o.seed_given)
            for (CompareRoom& room : preset->rooms) room.scenario.sim.seed = o.seed;
    }
    // A clip's stretch is checked before the window opens, like the scenario.
    std::optional<ClipDef> clip_plan;
    if (!o.record.file.empty()) {
        ClipFormatFor(o.record.file);
        clip_plan = PlanClip(o.record, preset ? preset->rooms.front().scenario : scenario, o.speed);
    }
    const std::filesystem::path assets = FindAssetDir(argv0);
    if (assets.empty()) throw std::runtime_error("cannot find the assets folder (fonts/DejaVuSans.ttf)");

    // Multisampling costs a software renderer three to four times the frame time; it gets none unless
    // --antialias asks for it.
    // A context held until the window exists keeps one connection to the X display throughout, so
    // the probe and the window never reconnect in between.
    std::optional<sf::Context> display_held(std::in_place);
    const std::string renderer = GlRendererName();
    const unsigned antialias = o.antialias_given || !IsSoftwareRenderer(renderer) ? o.antialias : 0u;
    sf::ContextSettings gl;
    gl.antialiasingLevel = antialias;
    const std::string title = "SecureBase \u2014 " + scenario.name;
    sf::RenderWindow window(sf::VideoMode(o.width, o.height), sf::String::fromUtf8(title.begin(), title.end()),
                            sf::Style::Default, gl);
    window.setPosition({0, 0});  // with no window manager (Xvfb) SFML may place it half off-screen
    display_held.reset();
    if (!window.setActive(true)) throw std::runtime_error("cannot make the window's OpenGL context current");
    window.setFramerateLimit(clip_plan ? 0 : o.max_fps);  // a clip's frames are not real time

    RoomFonts room_fonts;
    LoadRoomFonts(room_fonts, assets);
    RoomCache room_cache(window.getSettings().antialiasingLevel);
    ImGuiSfmlGlue glue(window);
    float ui_scale = UiScaleFor(window.getSize());
    PanelFonts panel_fonts;
    LoadPanelFonts(panel_fonts, assets, ui_scale);
    ApplyPanelStyle(ui_scale);

    // The runs on screen, a room each. One today; more would be more entries here, and the layout
    // gives each its room. The panel and the keys act on the first.
    std::vector<Playback> sessions;
    sessions.emplace_back(std::move(scenario), o.speed, o.paused);
    Playback& playback = sessions.front();
    if (o.episode > 0) playback.JumpToEpisode(o.episode);
    if (o.at_s >= 0.0) playback.JumpToTime(o.at_s);
    std::vector<const Playback*> runs;
    for (const Playback& session : sessions) runs.push_back(&session);
    ControlPanel panel(o.inside ? PanelTab::Inside : o.scorecard ? PanelTab::Scorecard : PanelTab::Run);
    // Compare mode: several rooms on one clock, with a panel of their own (the Compare menu switches).
    std::optional<CompareSession> compare;
    ComparePanel compare_panel;
    if (preset) {
        compare.emplace(std::move(*preset), o.speed, o.paused);
        if (o.episode > 0) compare->Apply({Transport::JumpToEpisode, o.episode});
        if (o.at_s >= 0.0) compare->JumpToTime(o.at_s);
    }
    std::optional<ClipCapture> clip;
    if (clip_plan) {
        // The runs are put at the clip's start and play at its speed; the clip's own clock drives them.
        if (compare) {
            compare->JumpToTime(clip_plan->from_s);
            compare->SetSpeed(clip_plan->speed);
            compare->SetPaused(false);
        } else {
            playback.JumpToTime(clip_plan->from_s);
            playback.SetSpeed(clip_plan->speed);
            playback.SetPaused(false);
        }
        clip.emplace(o.record.file, *clip_plan, window.getSize());
    }
    FrameStats frame_stats;
    // CPU per frame is counted from a few frames in, after fonts and textures are made.
    constexpr int kCpuFromFrame = 10;
    double cpu_from_s = 0.0;

    CatchStopSignals();
    sf::Clock frame_clock;
    sf::Clock pulse_clock;
    const auto wall_start = std::chrono::steady_clock::now();
    int frames = 0;
    bool close_requested = false;
    bool running = true;
    // The window stays open until Run returns, so the ImGui renderer shuts down with its GL context.
    while (running) {
        sf::Event event;
        while (window.pollEvent(event)) {
            glue.ProcessEvent(event);
            if (event.type == sf::Event::Closed) close_requested = true;
            if (event.type == sf::Event::Resized) {
                // Keep one pixel per pixel: without a new view SFML would stretch the old one.
                window.setView(sf::View(sf::FloatRect(0.0f, 0.0f, static_cast<float>(event.size.width),
                                                      static_cast<float>(event.size.height))));
            }
            if (event.type == sf::Event::KeyPressed && !ImGui::GetIO().WantCaptureKeyboard && !clip) {
                if (compare) HandleCompareShortcut(event.key, *compare);
                else HandleShortcut(event.key, playback, panel);
            }
        }
        if (const float wanted = UiScaleFor(window.getSize()); wanted != ui_scale) {
            ui_scale = wanted;
            LoadPanelFonts(panel_fonts, assets, ui_scale);
            glue.FontsChanged();
            ApplyPanelStyle(ui_scale);
        }
        const double real_dt = frame_clock.restart().asSeconds();
        if (frames > 0) frame_stats.Add(real_dt);
        if (frames == kCpuFromFrame) cpu_from_s = ProcessCpu_s();
        const double dt = clip ? clip->FrameDt() : std::min(real_dt, kLongestFrame_s);
        if (compare) compare->Advance(dt);
        else for (Playback& session : sessions) session.Advance(dt);

        glue.NewFrame(static_cast<float>(dt));
        const float window_w = static_cast<float>(window.getSize().x);
        const float window_h = static_cast<float>(window.getSize().y);
        if (compare) compare_panel.Show(*compare, panel.Picker(), panel_fonts, ui_scale, window_w, window_h);
        else panel.Show(playback, panel_fonts, ui_scale, window_w, window_h);
        const double pulse_s = clip ? clip->VideoTime_s() : pulse_clock.getElapsedTime().asSeconds();
        const float panel_w = compare ? ComparePanel::Width(ui_scale) : panel.Width(ui_scale);
        std::vector<const Playback*> shown = compare ? compare->Runs() : runs;
        DrawScene(window, shown, room_fonts, pulse_s, ui_scale, panel_w, compare ? &*compare : nullptr, room_cache);
        glue.Render();
        if (clip) clip->Capture(window);

        ++frames;
        const bool last = close_requested || StopRequested() || (o.frames > 0 && frames >= o.frames) || (clip && clip->Done());
        if (last && !o.screenshot.empty()) SaveScreenshot(window, o.screenshot);
        window.display();
        running = !last;
        SwitchCompare(panel.Picker(), compare, playback.Speed());
    }
    if (clip) {
        if (!clip->Done()) throw ClipError("the window closed before the clip's end: " + o.record.file + " was not written");
        clip->Finish();
        std::printf("recorded %s: %d frames at %g fps (%g s of the procedure from %g s at %g\u00d7)\n", o.record.file.c_str(),
                    clip->Frames(), clip_plan->fps, clip_plan->to_s - clip_plan->from_s, clip_plan->from_s, clip_plan->speed);
    }

    if (!o.dump_params.empty()) sb::WriteFileAtomically(o.dump_params, ParamDump(playback.Source().sim, playback.Speed()));
    if (o.stats) {
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
        std::fprintf(stderr, "%s\n", frame_stats.Summary(frames, wall).c_str());
        const double cpu_ms = frames > kCpuFromFrame ? (ProcessCpu_s() - cpu_from_s) * 1e3 / (frames - kCpuFromFrame) : 0.0;
        std::fprintf(stderr, "CPU %.1f ms a frame (all threads); renderer %s, multisampling %u, %d room textures\n", cpu_ms,
                     renderer.c_str(), window.getSettings().antialiasingLevel, room_cache.Made());
    }
    if (o.frames > 0) {
        const sb::Simulation& sim = compare ? compare->Run(0).Sim() : playback.Sim();
        std::printf("frames=%d sim_time=%.1f episode=%d steps=%lld\n", frames, sim.Time(), sim.Now().episode,
                    static_cast<long long>(sim.StepCount()));
    }
    return 0;
}

// "1280x720" -> width and height; false if malformed or too small to lay out the room and panel.
bool ParseSize(const std::string& text, unsigned& w, unsigned& h) {
    unsigned a = 0, b = 0;
    char x = 0, extra = 0;
    if (std::sscanf(text.c_str(), "%u%c%u%c", &a, &x, &b, &extra) != 3 || (x != 'x' && x != 'X')) return false;
    if (a < 800 || b < 480 || a > 8192 || b > 8192) return false;
    w = a;
    h = b;
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"SecureBase: Ainsworth's Strange Situation, simulated and shown live."};
    app.set_version_flag("--version", std::string("securebase ") + SECUREBASE_VERSION);
    AppOptions o;
    std::string size = "1280x720";
    CLI::Option* scenario_opt = app.add_option("scenario", o.scenario, "Scenario file or name in scenarios/ (default: built-in default dyad)");
    CLI::Option* seed_opt = app.add_option("--seed", o.seed, "Random seed (overrides the scenario's)")
                                ->check(CLI::Range(std::uint64_t{0}, sb::kMaxSeed));
    app.add_option("--speed", o.speed, "Simulated seconds per real second, 1 to 64")
        ->check(CLI::Range(sb::app::kMinSpeed, sb::app::kMaxSpeed));
    app.add_option("--frames", o.frames, "Quit after this many frames and print a summary line")
        ->check(CLI::PositiveNumber);
    app.add_option("--screenshot", o.screenshot, "Save the last frame as a PNG file");
    CLI::Option* episode_opt = app.add_option("--episode", o.episode, "Start at the beginning of this episode")->check(CLI::Range(1, 99));
    app.add_option("--at", o.at_s, "Start paused at this moment of the procedure (simulated seconds)")
        ->check(CLI::Range(0.0, 1e6))
        ->excludes(episode_opt);
    app.add_flag("--paused", o.paused, "Start paused");
    CLI::Option* card_opt =
        app.add_flag("--scorecard", o.scorecard, "Open on the observer's scorecard instead of the run controls (key C switches)");
    app.add_flag("--inside", o.inside, "Open on the inside view: the infant's hidden state and its first year (key I switches)")
        ->excludes(card_opt);
    app.add_option("--size", size, "Window size WxH (at least 800x480)");
    app.add_option("--max-fps", o.max_fps, "Frame rate cap, 0 for none")->check(CLI::Range(0u, 1000u));
    CLI::Option* antialias_opt = app.add_option("--antialias", o.antialias,
        "Multisampling level for smooth edges, 0 to switch off (default 4; 0 on a software renderer)")
        ->check(CLI::IsMember({0u, 2u, 4u, 8u}));
    app.add_flag("--stats", o.stats, "Print the frame rate and the median and 99th-percentile frame time to stderr on exit");
    app.add_option("--compare", o.compare, "Two to four rooms on one clock: a compare preset (scenarios/compare/), or 2 to 4 scenario files or names")
        ->expected(1, sb::app::kMaxCompareRooms)
        ->excludes(scenario_opt);
    sb::app::AddRecordOptions(app, o.record);
    app.add_option("--dump-params", o.dump_params,
                   "On exit, write every parameter's value and allowed range to this file (tab-separated)");
    try {
        app.parse(argc, argv);
        if (!ParseSize(size, o.width, o.height))
            throw CLI::ValidationError("--size", "expected WxH between 800x480 and 8192x8192, got '" + size + "'");
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    o.scenario_given = scenario_opt->count() > 0;
    o.seed_given = seed_opt->count() > 0;
    o.antialias_given = antialias_opt->count() > 0;
    try {
        return Run(o, argc > 0 ? argv[0] : nullptr);
    } catch (const sb::ScenarioError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const std::invalid_argument& e) {  // a clip that cannot be filmed as asked
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
}
