// Narration band implementation. Texts wrap onto two lines and shrink a little before they are cut,
// so a translated or reworded line still fits a 1024-px window.
#include "app/room/narration_band.h"

#include <SFML/Graphics/RectangleShape.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "app/room/caption_strip.h"
#include "app/room/shape_kit.h"

namespace sb::app {

namespace {

// Sizes at the caption's design height kCaptionHeight_px (its title is 34 px there).
constexpr float kNotice_px = 34.0f;
constexpr float kMinNotice_px = 26.0f;
constexpr float kReading_px = 27.0f;
constexpr float kMinReading_px = 21.0f;
constexpr float kPad_px = 14.0f;
constexpr float kLineGap = 1.22f;  // line height as a multiple of the font size
constexpr std::size_t kLines = 2;
// A band narrower than this many notice-sized ems (a 1024-px window beside a zoomed panel) gives
// each text a third line rather than cut it.
constexpr float kNarrowBand_em = 20.0f;

const sf::Color kBand{46, 52, 64};
const sf::Color kAccent{255, 196, 70};        // the notice's amber: "look here"
const sf::Color kNoticeText{255, 226, 150};
const sf::Color kReadingText{225, 232, 242};
const sf::Color kFinalText{150, 230, 150};

std::size_t LinesFor(float band_w, float k) { return band_w < kNarrowBand_em * kNotice_px * k ? kLines + 1 : kLines; }

float BandDesign(std::size_t lines) {
    return 2.0f * kPad_px + lines * kNotice_px * kLineGap + lines * kReading_px * kLineGap + 6.0f;
}

// Greedy word wrap of `text` into lines no wider than `width`.
std::vector<std::string> Wrap(const sf::Font& font, const std::string& text, float width, unsigned size) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find(' ', at);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(at, end - at);
        at = end + 1;
        if (word.empty()) continue;
        const std::string longer = line.empty() ? word : line + " " + word;
        if (!line.empty() && LabelWidth(font, longer, size) > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

// The text in at most `max_lines` lines, at the largest size down to `min_size` that fits; at the
// smallest size the last line is cut with an ellipsis.
std::vector<std::string> Fit(const sf::Font& font, const std::string& text, float width, unsigned& size,
                             unsigned min_size, std::size_t max_lines) {
    std::vector<std::string> lines = Wrap(font, text, width, size);
    while (lines.size() > max_lines && size > min_size) lines = Wrap(font, text, width, --size);
    if (lines.size() > max_lines) {
        lines.resize(max_lines);
        std::string& last = lines.back();
        while (!last.empty() && LabelWidth(font, last + "\u2026", size) > width) {
            std::size_t cut = last.size() - 1;
            while (cut > 0 && (static_cast<unsigned char>(last[cut]) & 0xC0) == 0x80) --cut;  // whole characters
            last.resize(cut);
        }
        last += "\u2026";
    }
    return lines;
}

}  // namespace

float NarrationBandHeight(float caption_h, float band_w) {
    const float k = caption_h / kCaptionHeight_px;
    return BandDesign(LinesFor(band_w, k)) * k;
}

void DrawNarrationBand(sf::RenderTarget& target, sf::FloatRect band, const NarrationShown& shown,
                       const RoomFonts& fonts, float caption_h) {
    const float k = caption_h / kCaptionHeight_px;
    sf::RectangleShape back({band.width, band.height});
    back.setPosition(band.left, band.top);
    back.setFillColor(kBand);
    target.draw(back);
    sf::RectangleShape accent({8.0f * k, band.height});
    accent.setPosition(band.left, band.top);
    accent.setFillColor(kAccent);
    target.draw(accent);

    const std::size_t max_lines = LinesFor(band.width, k);
    const float left = band.left + (kPad_px + 10.0f) * k;
    const float width = band.width - (2.0f * kPad_px + 10.0f) * k;
    float y = band.top + kPad_px * k;

    LabelStyle notice;
    notice.size_px = static_cast<unsigned>(std::lround(kNotice_px * k));
    notice.text = kNoticeText;
    const std::vector<std::string> notice_lines =
        Fit(fonts.bold, shown.notice, width, notice.size_px, static_cast<unsigned>(std::lround(kMinNotice_px * k)), max_lines);
    for (const std::string& line : notice_lines) {
        const float h = notice.size_px * kLineGap;
        DrawLabel(target, fonts.bold, line, {left, y + h * 0.5f}, Anchor::Left, notice);
        y += h;
    }
    y += 6.0f * k;

    LabelStyle reading;
    reading.size_px = static_cast<unsigned>(std::lround(kReading_px * k));
    reading.text = shown.final ? kFinalText : kReadingText;
    const sf::Font& face = shown.final ? fonts.bold : fonts.regular;
    for (const std::string& line :
         Fit(face, shown.reading, width, reading.size_px, static_cast<unsigned>(std::lround(kMinReading_px * k)), max_lines)) {
        const float h = reading.size_px * kLineGap;
        DrawLabel(target, face, line, {left, y + h * 0.5f}, Anchor::Left, reading);
        y += h;
    }
}

}  // namespace sb::app
