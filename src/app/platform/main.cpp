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
#include <stdexcept>
#include <string>
#include <vector>

#include "app/panel/control_panel.h"
#include "app/panel/panel_fonts.h"
#include "app/platform/asset_paths.h"
#include "app/platform/imgui_sfml_glue.h"
#include "app/platform/recorded_dyad_option.h"
#include "app/platform/shortcuts.h"
#include "app/platform/stop_signal.h"
#include "app/platform/ui_scale.h"
#include "app/room/caption_strip.h"
#include "app/room/palette.h"
#include "app/room/room_fonts.h"
#include "app/room/room_view.h"
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
    bool stats = false;
    bool scorecard = false;   // open on the scorecard tab
    bool inside = false;      // open on the inside-the-infant tab
    double at_s = -1.0;       // start paused at this moment of the procedure; < 0: not given
    std::string dump_params;  // on exit, every parameter's value and range (for tests/gui/soak.sh)
};

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

// The runs on screen share the part of the window left of the panel, a room each.
void DrawScene(sf::RenderWindow& window, const std::vector<const sb::app::Playback*>& runs,
               const sb::app::RoomFonts& fonts, double pulse_s, float ui_scale, float panel_w) {
    using namespace sb::app;
    const sf::Vector2u size = window.getSize();
    const float rooms_w = std::max(240.0f, static_cast<float>(size.x) - panel_w);
    const float caption_h = kCaptionHeight_px * ui_scale;
    window.clear(palette::kBackdrop);
    for (const RoomView& view : LayOutRoomViews(runs, {0.0f, 0.0f, rooms_w, static_cast<float>(size.y)}, caption_h))
        DrawRoomView(window, view, fonts, caption_h, pulse_s);
}

int Run(const AppOptions& o, const char* argv0) {
    using namespace sb::app;
    // Load the scenario before opening a window, so a bad file fails fast and without a display.
    sb::Scenario scenario = o.from.dir.empty() ? LoadOrDefault(o.scenario, o.scenario_given) : sb::app::RecordedDyadScenario(o.from);
    if (o.seed_given) scenario.sim.seed = o.seed;
    const std::filesystem::path assets = FindAssetDir(argv0);
    if (assets.empty()) throw std::runtime_error("cannot find the assets folder (fonts/DejaVuSans.ttf)");

    sf::ContextSettings gl;
    gl.antialiasingLevel = o.antialias;
    const std::string title = "SecureBase \u2014 " + scenario.name;
    sf::RenderWindow window(sf::VideoMode(o.width, o.height), sf::String::fromUtf8(title.begin(), title.end()),
                            sf::Style::Default, gl);
    window.setPosition({0, 0});  // with no window manager (Xvfb) SFML may place it half off-screen
    window.setFramerateLimit(o.max_fps);

    RoomFonts room_fonts;
    LoadRoomFonts(room_fonts, assets);
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
            if (event.type == sf::Event::KeyPressed && !ImGui::GetIO().WantCaptureKeyboard)
                HandleShortcut(event.key, playback, panel);
        }
        if (const float wanted = UiScaleFor(window.getSize()); wanted != ui_scale) {
            ui_scale = wanted;
            LoadPanelFonts(panel_fonts, assets, ui_scale);
            glue.FontsChanged();
            ApplyPanelStyle(ui_scale);
        }
        const double dt = std::min(static_cast<double>(frame_clock.restart().asSeconds()), kLongestFrame_s);
        for (Playback& session : sessions) session.Advance(dt);

        glue.NewFrame(static_cast<float>(dt));
        panel.Show(playback, panel_fonts, ui_scale, static_cast<float>(window.getSize().x),
                   static_cast<float>(window.getSize().y));
        DrawScene(window, runs, room_fonts, pulse_clock.getElapsedTime().asSeconds(), ui_scale, panel.Width(ui_scale));
        glue.Render();

        ++frames;
        const bool last = close_requested || StopRequested() || (o.frames > 0 && frames >= o.frames);
        if (last && !o.screenshot.empty()) SaveScreenshot(window, o.screenshot);
        window.display();
        running = !last;
    }

    if (!o.dump_params.empty()) sb::WriteFileAtomically(o.dump_params, ParamDump(playback.Source().sim, playback.Speed()));
    if (o.stats) {
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
        std::fprintf(stderr, "%d frames in %.2f s: %.1f fps\n", frames, wall, wall > 0.0 ? frames / wall : 0.0);
    }
    if (o.frames > 0) {
        const sb::Simulation& sim = playback.Sim();
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
    app.add_flag("--inside", o.inside, "Open on the inside view: the infant's hidden state and its first year (key I switches)")
        ->excludes(card_opt);
    app.add_option("--size", size, "Window size WxH (at least 800x480)");
    app.add_option("--max-fps", o.max_fps, "Frame rate cap, 0 for none")->check(CLI::Range(0u, 1000u));
    app.add_option("--antialias", o.antialias, "Multisampling level for smooth edges, 0 to switch off")
        ->check(CLI::IsMember({0u, 2u, 4u, 8u}));
    app.add_flag("--stats", o.stats, "Print the frame rate to stderr on exit");
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
    try {
        return Run(o, argc > 0 ? argv[0] : nullptr);
    } catch (const sb::ScenarioError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
}
