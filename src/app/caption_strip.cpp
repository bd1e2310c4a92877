// Caption strip implementation. The title shrinks to fit narrow windows rather than run under the
// clock; the clock keeps its size because it is what people glance at.
#include "caption_strip.h"

#include <SFML/Graphics/RectangleShape.hpp>
#include <algorithm>
#include <cstdio>

#include "describe.h"
#include "palette.h"
#include "shape_kit.h"

namespace sb::app {

namespace {

constexpr float kPad_px = 18.0f;
constexpr unsigned kTitle_px = 34;
constexpr unsigned kMinTitle_px = 18;
constexpr unsigned kDetail_px = 21;

std::string SpeedText(const PlaybackStatus& st) {
    if (st.paused) return "PAUSED";
    char buf[32];
    std::snprintf(buf, sizeof buf, "\u25B6 %g\u00D7", st.speed);
    return buf;
}

}  // namespace

void DrawCaption(sf::RenderTarget& target, sf::FloatRect strip, const Simulation& sim, const PlaybackStatus& status,
                 const AppFonts& fonts) {
    const Snapshot& now = sim.Now();
    const EpisodeDef* ep = FindEpisode(sim.Protocol(), now.episode);
    const bool caregiver_in = now.Caregiver().present;

    sf::RectangleShape band({strip.width, strip.height});
    band.setPosition(strip.left, strip.top);
    band.setFillColor(sf::Color(46, 52, 64));
    target.draw(band);
    // An accent down the left edge: teal while the caregiver is in the room, violet while she is out.
    sf::RectangleShape accent({8.0f, strip.height});
    accent.setPosition(strip.left, strip.top);
    accent.setFillColor(caregiver_in ? palette::kCaregiver : palette::kSeparation);
    target.draw(accent);

    const float left = strip.left + kPad_px + 6.0f;
    const float right = strip.left + strip.width - kPad_px;
    const float line1 = strip.top + strip.height * 0.36f;
    const float line2 = strip.top + strip.height * 0.76f;

    // Line 1: "Episode 4 — First separation" ........ "01:23 / 03:00"
    const double nominal = ep ? ep->nominal_s : 0.0;
    const std::string clock = FormatClock(now.episode_t) + " / " + FormatClock(nominal);
    const float clock_w = LabelWidth(fonts.bold, clock, kTitle_px);
    const std::string title = "Episode " + std::to_string(now.episode) + " \u2014 " + (ep ? ep->name : std::string());
    unsigned title_px = kTitle_px;
    while (title_px > kMinTitle_px && LabelWidth(fonts.bold, title, title_px) > right - left - clock_w - 48.0f) --title_px;
    LabelStyle title_style;
    title_style.size_px = title_px;
    title_style.text = palette::kCaptionText;
    DrawLabel(target, fonts.bold, title, {left, line1}, Anchor::Left, title_style);
    LabelStyle clock_style = title_style;
    clock_style.size_px = kTitle_px;
    const bool overrun = nominal > 0.0 && now.episode_t > nominal + 0.05;
    clock_style.text = overrun ? sf::Color(255, 200, 90) : palette::kCaptionText;
    DrawLabel(target, fonts.bold, clock, {right, line1}, Anchor::Right, clock_style);

    // Line 2: who is present and the total time, then the playback state.
    LabelStyle detail;
    detail.size_px = kDetail_px;
    detail.text = palette::kCaptionMuted;
    std::string who = WhoIsPresent(now) + "   \u00B7   total " + FormatClock(now.t);
    if (overrun) who += "   \u00B7   reunion extended";
    DrawLabel(target, fonts.regular, who, {left, line2}, Anchor::Left, detail);

    LabelStyle state = detail;
    state.text = status.paused ? sf::Color(255, 200, 90) : palette::kCaptionMuted;
    const std::string state_text = sim.Finished() ? "Procedure complete" : SpeedText(status);
    if (sim.Finished()) state.text = sf::Color(150, 230, 150);
    DrawLabel(target, fonts.bold, state_text, {right, line2}, Anchor::Right, state);
}

}  // namespace sb::app
