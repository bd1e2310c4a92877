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
#include <memory>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <vector>

#include "app/panel/compare_panel.h"
#include "app/panel/control_panel.h"
#include "app/panel/help_window.h"
#include "app/panel/panel_fonts.h"
#include "app/panel/scenario_picker.h"
#include "app/platform/asset_paths.h"
#include "app/platform/clip_capture.h"
#include "app/platform/gl_probe.h"
#include "app/platform/imgui_sfml_glue.h"
#include "app/platform/recorded_dyad_option.h"
#include "app/platform/shortcuts.h"
#include "app/platform/stop_signal.h"
#include "app/platform/ui_scale.h"
#include "app/platform/window_keys.h"
#include "app/platform/window_mode.h"
#include "app/room/caption_strip.h"
#include "app/room/compare_marks.h"
#include "app/room/narration_band.h"
#include "app/room/palette.h"
#include "app/room/room_fonts.h"
#include "app/room/room_view.h"
#include "app/run/compare_session.h"
#include "app/run/frame_stats.h"
#include "app/run/narration.h"
#include "app/run/param_dump.h"
#include "app/run/playback.h"
#include "app/run/view_scale.h"
#include "core/version.h"
#include "record/atomic_file.h"
#include "scenario/scenario.h"

namespace {

struct AppOptions {
    std::string scenario;
    bool scenario_given = false;
    std::uint64_t seed = 0;
    bool seed_given = false;
    sb::app::RecordedDyadOption from;  // --from DIR --run-id N: a recorded dyad instead of a scenario
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
    bool population = false;  // open on the population tab
    bool no_narration = false;  // open with the narration band switched off (key N switches)
    bool quiz = false;          // "code this infant": a hidden caregiver, the quiz tab
    std::string quiz_source;    // the population or scenario items are drawn from; empty: see QuizSource
    std::string quiz_log;       // the tally is saved here after every answer
    double at_s = -1.0;       // start paused at this moment of the procedure; < 0: not given
    std::string dump_params;  // on exit, every parameter's value and range (for tests/gui/soak.sh)
    int zoom = sb::app::kDefaultZoom;  // percent of the automatic UI scale
    bool fullscreen = false;
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

// Where quiz items come from: --quiz's value, else the scenario argument, else the low-risk
// population ("population" is a name for it too).
std::string QuizSource(const AppOptions& o) {
    const std::string& given = !o.quiz_source.empty() ? o.quiz_source : o.scenario;
    return given.empty() || given == "population" ? std::string("population-lowrisk") : given;
}

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
// each room also carries its caption, its colour and, at the end, its classification. The narration,
// when given and on, takes a band across the bottom (one room only: compare mode passes none).
void DrawScene(sf::RenderWindow& window, const std::vector<const sb::app::Playback*>& runs,
               const sb::app::RoomFonts& fonts, double pulse_s, float ui_scale, float panel_w,
               const sb::app::Narration* narration, const sb::app::CompareSession* compare, sb::app::RoomCache& cache) {
    using namespace sb::app;
    const sf::Vector2u size = window.getSize();
    const float rooms_w = std::max(240.0f, static_cast<float>(size.x) - panel_w);
    // Two rows of rooms need the height for the rooms: their captions are set smaller.
    const float caption_h = kCaptionHeight_px * ui_scale * (runs.size() > 2 ? 0.7f : 1.0f);
    const bool band = narration && narration->on && !runs.empty();
    const float band_h = band ? NarrationBandHeight(caption_h, rooms_w) : 0.0f;
    const float rooms_h = static_cast<float>(size.y) - band_h;
    window.clear(palette::kBackdrop);
    std::vector<RoomView> views = LayOutRoomViews(runs, {0.0f, 0.0f, rooms_w, rooms_h}, caption_h);
    for (std::size_t i = 0; i < views.size(); ++i) {
        DrawRoomView(window, views[i], fonts, caption_h, pulse_s, &cache);
        if (!compare) continue;
        const int room = static_cast<int>(i);
        DrawCompareMarks(window, views[i], room, compare->Caption(room), VerdictText(compare->Run(room), true), fonts, caption_h);
    }
    if (band) DrawNarrationBand(window, {0.0f, rooms_h, rooms_w, band_h}, narration->Shown(*runs.front()), fonts, caption_h);
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

std::string WindowTitle(const sb::Scenario& scenario) { return "SecureBase \u2014 " + scenario.name; }

// Exit status when the scenario named at launch could not be loaded (as ScenarioError in main).
constexpr int kScenarioErrorExit = 2;

int Run(const AppOptions& o, const char* argv0) {
    using namespace sb::app;
    // Load the scenario before opening a window, so a bad file fails fast and without a display.
    // A scripted run (--frames, --record) stops there; a lecturer gets the window with the message in
    // it, the default dyad and the scenario list, and the exit status still says it failed.
    std::string load_error;
    sb::Scenario scenario;
    std::unique_ptr<QuizPanel> quiz;
    if (o.quiz) {
        // A class given the same --seed codes the same infants; otherwise every quiz is new. A
        // population that does not load stops here: there is nothing to quiz on.
        const std::uint64_t deck_seed = o.seed_given ? o.seed : std::random_device{}();
        quiz = std::make_unique<QuizPanel>(QuizDeck(sb::LoadScenario(QuizSource(o)), deck_seed), o.quiz_log);
        scenario = quiz->Item().scenario;
    } else {
        try {
            scenario = o.from.dir.empty() ? LoadOrDefault(o.scenario, o.scenario_given) : RecordedDyadScenario(o.from);
            if (o.seed_given) scenario.sim.seed = o.seed;
        } catch (const sb::ScenarioError& e) {
            if (o.frames > 0 || !o.record.file.empty()) throw;
            std::fprintf(stderr, "error: %s\n", e.what());
            load_error = e.what();
            scenario = sb::DefaultScenario();
        }
    }
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
    Narration narration;
    narration.texts = LoadNarrationTexts((assets / "narration.toml").string());
    narration.on = !o.no_narration && !quiz;  // in a quiz its readings would give the answer away

    // Multisampling costs a software renderer three to four times the frame time; it gets none unless
    // --antialias asks for it.
    // A context held until the window exists keeps one connection to the X display throughout, so
    // the probe and the window never reconnect in between.
    std::optional<sf::Context> display_held(std::in_place);
    const std::string renderer = GlRendererName();
    WindowSpec spec;
    spec.windowed_size = {o.width, o.height};
    spec.gl.antialiasingLevel = o.antialias_given || !IsSoftwareRenderer(renderer) ? o.antialias : 0u;
    spec.title = quiz ? std::string("SecureBase \u2014 quiz") : WindowTitle(scenario);  // a quiz hides the dyad
    spec.max_fps = clip_plan ? 0 : o.max_fps;  // a clip's frames are not real time
    spec.fullscreen = o.fullscreen;
    sf::RenderWindow window;
    OpenWindow(window, spec);
    display_held.reset();
    if (!window.setActive(true)) throw std::runtime_error("cannot make the window's OpenGL context current");

    RoomFonts room_fonts;
    LoadRoomFonts(room_fonts, assets);
    RoomCache room_cache(window.getSettings().antialiasingLevel);
    ImGuiSfmlGlue glue(window);
    int zoom = o.zoom;
    float ui_scale = UiScaleFor(window.getSize(), zoom);
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
    ControlPanel panel(o.population ? PanelTab::Population
                       : o.inside   ? PanelTab::Inside
                       : o.scorecard ? PanelTab::Scorecard
                                     : PanelTab::Run);
    if (quiz) {
        panel.SetQuiz(quiz.get());
    } else {
        panel.SetNarration(&narration);
    }
    ScenarioPicker picker;
    bool help_open = false;
    if (!load_error.empty()) picker.Open();
    // Compare mode: several rooms on one clock, with a panel of their own (the Compare menu switches).
    // The single-room panel (its tabs, the narration, the key moments, the population) waits behind it.
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

    auto panel_width = [&]() {
        return compare ? ComparePanel::Width(ui_scale, static_cast<float>(window.getSize().x)) : panel.Width(ui_scale);
    };
    // Everything ImGui draws in a frame; returns the scenario file chosen in the picker, if any.
    auto show_ui = [&]() {
        const sf::Vector2u size = window.getSize();
        const float window_w = static_cast<float>(size.x);
        const float window_h = static_cast<float>(size.y);
        if (compare) compare_panel.Show(*compare, panel.Picker(), panel_fonts, ui_scale, window_w, window_h);
        else panel.Show(playback, panel_fonts, ui_scale, window_w, window_h);
        LoadErrorBox(load_error, window_w - panel_width(), panel_fonts);
        HelpWindow(help_open, EffectiveZoom(size.x, size.y, zoom), panel_fonts);
        return picker.Show(playback.Source(), load_error, panel_fonts);
    };
    // ImGui lays a window out from what it measured the frame before: a tab bar shows its tabs only
    // from its second frame, a tab chosen on the command line (--scorecard) is selected in the
    // second and sets the panel's width only then, and the scroll bars of that tab's scrolling
    // parts are sized in the third. Three frames are laid out unseen, so the first one drawn (and
    // --frames 1 --screenshot, and a clip's first frame) already looks like every later one
    // (tests/gui/first_frame.sh). They come after the runs are put where they start.
    for (int unseen = 0; unseen < 3; ++unseen) {
        glue.NewFrame(0.0f);
        narration.Update(playback);  // the Run tab lists its readings from the first frame on
        show_ui();
        ImGui::EndFrame();
    }
    const int exit_code = load_error.empty() ? 0 : kScenarioErrorExit;

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
            // A clip is filmed as the command line asked: no key changes the run, the size or the zoom.
            if (event.type != sf::Event::KeyPressed || clip) continue;
            const bool typing = ImGui::GetIO().WantCaptureKeyboard;
            switch (WindowKeyFor(event.key, typing)) {
                case WindowKey::ZoomIn: zoom = ZoomIn(EffectiveZoom(window.getSize().x, window.getSize().y, zoom)); break;
                case WindowKey::ZoomOut: zoom = ZoomOut(EffectiveZoom(window.getSize().x, window.getSize().y, zoom)); break;
                case WindowKey::ZoomReset: zoom = kDefaultZoom; break;
                case WindowKey::Fullscreen:
                    // The new window has a new GL context: ImGui's renderer is made again, and the
                    // room textures are drawn afresh at the new size.
                    ToggleFullscreen(window, spec);
                    glue.WindowRecreated();
                    room_cache.Clear();
                    break;
                case WindowKey::Help: help_open = !help_open; break;
                case WindowKey::ScenarioPicker:
                    if (!quiz) picker.Toggle();  // another scenario would end the quiz and name the dyad
                    break;
                case WindowKey::CloseOverlays:
                    help_open = false;
                    picker.Close();
                    break;
                case WindowKey::None:
                    if (typing) break;
                    if (compare) HandleCompareShortcut(event.key, *compare);
                    else HandleShortcut(event.key, playback, panel);
                    break;
            }
        }
        if (const float wanted = UiScaleFor(window.getSize(), zoom); wanted != ui_scale) {
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
        narration.Update(playback);  // what the steps just taken showed, for the panel's list...
        const std::optional<std::string> chosen = show_ui();
        narration.Update(playback);  // ...and again after the panel, which may have jumped the run
        const double pulse_s = clip ? clip->VideoTime_s() : pulse_clock.getElapsedTime().asSeconds();
        std::vector<const Playback*> shown = compare ? compare->Runs() : runs;
        DrawScene(window, shown, room_fonts, pulse_s, ui_scale, panel_width(), compare ? nullptr : &narration,
                  compare ? &*compare : nullptr, room_cache);
        glue.Render();
        if (clip) clip->Capture(window);

        ++frames;
        const bool last = close_requested || StopRequested() || (o.frames > 0 && frames >= o.frames) || (clip && clip->Done());
        if (last && !o.screenshot.empty()) SaveScreenshot(window, o.screenshot);
        window.display();
        running = !last;
        if (chosen) {
            // Another scenario: a new run from its start, at the same speed, in one room (it leaves
            // compare mode). A file that fails now (edited since the list was read) is reported in
            // the window as at launch.
            try {
                playback = Playback(sb::LoadScenario(*chosen), playback.Speed(), false);
                load_error.clear();
                compare.reset();
                spec.title = WindowTitle(playback.Source());
                window.setTitle(sf::String::fromUtf8(spec.title.begin(), spec.title.end()));
            } catch (const sb::ScenarioError& e) {
                load_error = e.what();
                picker.Open();
            }
        }
        if (!quiz) SwitchCompare(panel.Picker(), compare, playback.Speed());
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
    return exit_code;
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
    sb::app::AddRecordedDyadOptions(app, o.from, scenario_opt, seed_opt);
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
    CLI::Option* inside_opt =
        app.add_flag("--inside", o.inside, "Open on the inside view: the infant's hidden state and its first year (key I switches)")
            ->excludes(card_opt);
    CLI::Option* population_opt =
        app.add_flag("--population", o.population, "Open on the population view: many dyads of the first-year caregiver (key P switches)")
            ->excludes(card_opt)
            ->excludes(inside_opt);
    app.add_flag("--no-narration", o.no_narration, "Open with the narration (what to notice, what the infant did) off (key N switches)");
    CLI::Option* quiz_opt = app.add_option("--quiz", o.quiz_source,
                   "Quiz: code infants whose caregiver is hidden, drawn from this population or scenario "
                   "(default: the scenario argument, else population-lowrisk)")
        ->expected(0, 1)
        ->excludes(card_opt)
        ->excludes(inside_opt)
        ->excludes(population_opt);
    app.add_option("--quiz-log", o.quiz_log, "Quiz: save the tally as CSV to this file after every answer")->needs(quiz_opt);
    app.add_option("--size", size, "Window size WxH (at least 800x480)");
    app.add_option("--max-fps", o.max_fps, "Frame rate cap, 0 for none")->check(CLI::Range(0u, 1000u));
    CLI::Option* antialias_opt = app.add_option("--antialias", o.antialias,
        "Multisampling level for smooth edges, 0 to switch off (default 4; 0 on a software renderer)")
        ->check(CLI::IsMember({0u, 2u, 4u, 8u}));
    app.add_option("--zoom", o.zoom, "Panel and caption size in percent of the automatic size, 75 to 300 (Ctrl +/- in the window)")
        ->check(CLI::Range(sb::app::kMinZoom, sb::app::kMaxZoom));
    app.add_flag("--fullscreen", o.fullscreen, "Open full-screen at the desktop's resolution (F11 switches)");
    app.add_flag("--stats", o.stats, "Print the frame rate and the median and 99th-percentile frame time to stderr on exit");
    app.add_option("--compare", o.compare, "Two to four rooms on one clock: a compare preset (scenarios/compare/), or 2 to 4 scenario files or names")
        ->expected(1, sb::app::kMaxCompareRooms)
        ->excludes(scenario_opt)
        ->excludes(quiz_opt);  // a quiz hides the caregiver; rooms side by side would name them
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
    o.quiz = quiz_opt->count() > 0;
    o.antialias_given = antialias_opt->count() > 0;
    try {
        return Run(o, argc > 0 ? argv[0] : nullptr);
    } catch (const sb::ScenarioError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const sb::app::NarrationError& e) {
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
