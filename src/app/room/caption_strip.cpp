// Caption strip implementation. The title shrinks to fit narrow windows rather than run under the
// clock; the clock keeps its size because it is what people glance at.
#include "app/room/caption_strip.h"

#include <SFML/Graphics/RectangleShape.hpp>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "app/room/palette.h"
#include "app/room/shape_kit.h"
#include "app/run/describe.h"

namespace sb::app {

namespace {

// Sizes at the design height kCaptionHeight_px; a taller strip scales them all.
constexpr float kPad_px = 18.0f;
constexpr float kTitle_px = 34.0f;
constexpr float kMinTitle_px = 18.0f;
constexpr float kDetail_px = 21.0f;

unsigned Px(float design, float scale) { return static_cast<unsigned>(std::lround(design * scale)); }

// The largest size up to `size` (down to `min_size`) at which `text` fits `width`; below that the
// text is cut and ends in an ellipsis.
unsigned FitText(const sf::Font& font, std::string& text, float width, unsigned size, unsigned min_size) {
    while (size > min_size && LabelWidth(font, text, size) > width) --size;
    if (LabelWidth(font, text, size) <= width) return size;
    std::string kept = text;
    while (!kept.empty()) {
        std::size_t cut = kept.size() - 1;
        while (cut > 0 && (static_cast<unsigned char>(kept[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
        kept.resize(cut);
        while (!kept.empty() && kept.back() == ' ') kept.pop_back();
        if (LabelWidth(font, kept + "\u2026", size) <= width) break;
    }
    text = kept + "\u2026";
    return size;
}

std::string SpeedText(const PlaybackStatus& st) {
    if (st.paused) return "PAUSED";
    char buf[32];
    std::snprintf(buf, sizeof buf, "\u25B6 %g\u00D7", st.speed);
    return buf;
}

}  // namespace

void DrawCaption(sf::RenderTarget& target, sf::FloatRect strip, const Simulation& sim, const PlaybackStatus& status,
                 const RoomFonts& fonts) {
    const Snapshot& now = sim.Now();
    const EpisodeDef* ep = FindEpisode(sim.Protocol(), now.episode);
    const bool caregiver_in = now.Caregiver().present;

    sf::RectangleShape band({strip.width, strip.height});
    band.setPosition(strip.left, strip.top);
    band.setFillColor(sf::Color(46, 52, 64));
    target.draw(band);
    // An accent down the left edge: teal while the caregiver is in the room, violet while she is out.
    sf::RectangleShape accent({8.0f * strip.height / kCaptionHeight_px, strip.height});
    accent.setPosition(strip.left, strip.top);
    accent.setFillColor(caregiver_in ? palette::kCaregiver : palette::kSeparation);
    target.draw(accent);

    const float k = strip.height / kCaptionHeight_px;
    const float left = strip.left + (kPad_px + 6.0f) * k;
    const float right = strip.left + strip.width - kPad_px * k;
    const float line1 = strip.top + strip.height * 0.36f;
    const float line2 = strip.top + strip.height * 0.76f;

    // Line 1: "Episode 4 — First separation" ........ "01:23 / 03:00"
    const double nominal = ep ? ep->nominal_s : 0.0;
    const std::string clock = FormatClock(now.episode_t) + " / " + FormatClock(nominal);
    // The clock gets up to 40 % of a narrow strip; the title fits into what is left.
    std::string clock_fit = clock;
    const unsigned clock_px = FitText(fonts.bold, clock_fit, (right - left) * 0.4f, Px(kTitle_px, k), Px(kMinTitle_px, k));
    const float clock_w = LabelWidth(fonts.bold, clock, clock_px);
    std::string title = "Episode " + std::to_string(now.episode) + " \u2014 " + (ep ? ep->name : std::string());
    const float title_w = right - left - clock_w - 40.0f * k;
    LabelStyle title_style;
    title_style.size_px = FitText(fonts.bold, title, title_w, Px(kTitle_px, k), Px(kMinTitle_px, k));
    // Rather than a small or cut title at the back of a lecture hall, the coders' short name.
    const bool cramped = title.find("\u2026") != std::string::npos || title_style.size_px < Px(kTitle_px * 0.8f, k);
    if (cramped) {
        std::string short_title = "Episode " + std::to_string(now.episode) + " \u2014 " + (ep && !ep->short_name.empty() ? ep->short_name : ep ? ep->name : std::string());
        const unsigned short_px = FitText(fonts.bold, short_title, title_w, Px(kTitle_px, k), Px(kMinTitle_px, k));
        if (short_px > title_style.size_px || title.find("\u2026") != std::string::npos) {
            title = short_title;
            title_style.size_px = short_px;
        }
    }
    title_style.text = palette::kCaptionText;
    DrawLabel(target, fonts.bold, title, {left, line1}, Anchor::Left, title_style);
    LabelStyle clock_style = title_style;
    clock_style.size_px = clock_px;
    // The director's record says whether this reunion is running on past its nominal length.
    const bool extended = !sim.Timeline().empty() && sim.Timeline().back().number == now.episode &&
                          sim.Timeline().back().extended;
    clock_style.text = extended ? sf::Color(255, 200, 90) : palette::kCaptionText;
    DrawLabel(target, fonts.bold, clock, {right, line1}, Anchor::Right, clock_style);

    // Line 2: the playback state on the right; on the left who is present, the total time and any
    // extension, dropping from the end whatever would run into the state.
    LabelStyle state;
    state.size_px = Px(kDetail_px, k);
    state.text = palette::kCaptionMuted;
    std::string state_text = SpeedText(status);
    if (status.paused) state.text = sf::Color(255, 200, 90);
    if (sim.Finished()) {
        state_text = "Procedure complete";
        state.text = sf::Color(150, 230, 150);
    }
    const sf::FloatRect state_box = DrawLabel(target, fonts.bold, state_text, {right, line2}, Anchor::Right, state);

    LabelStyle detail = state;
    detail.text = palette::kCaptionMuted;
    std::vector<std::string> parts = {WhoIsPresent(now), "total " + FormatClock(now.t)};
    if (extended) parts.push_back("reunion extended");
    std::string who;
    for (const std::string& part : parts) {
        const std::string longer = who.empty() ? part : who + "   \u00B7   " + part;
        if (LabelWidth(fonts.regular, longer, state.size_px) > state_box.left - left - 24.0f * k) break;
        who = longer;
    }
    DrawLabel(target, fonts.regular, who, {left, line2}, Anchor::Left, detail);
}

}  // namespace sb::app
