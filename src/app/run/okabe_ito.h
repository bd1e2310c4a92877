// The Okabe-Ito palette (Okabe & Ito 2008): eight colours that stay apart for viewers with the
// common red-green colour-vision deficiencies. The attachment groups A/B/C/D and the episode marks
// (curtailed, extended) take their colours from it, so a student with protanopia or deuteranopia
// reads them as well as anyone — and each mark also differs in shape, never by colour alone.
#pragma once

#include <cstdint>

namespace sb::app {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
};

namespace okabe_ito {
inline constexpr Rgb kBlack{0, 0, 0};
inline constexpr Rgb kOrange{230, 159, 0};
inline constexpr Rgb kSkyBlue{86, 180, 233};
inline constexpr Rgb kBluishGreen{0, 158, 115};
inline constexpr Rgb kYellow{240, 228, 66};
inline constexpr Rgb kBlue{0, 114, 178};
inline constexpr Rgb kVermillion{213, 94, 0};
inline constexpr Rgb kReddishPurple{204, 121, 167};
}  // namespace okabe_ito

// The attachment groups' colours (A avoidant, B secure, C resistant, D disorganized); grey for
// anything else. Used for the classification's letters only — the letters stay on screen too.
constexpr Rgb GroupColour(char group) {
    switch (group) {
        case 'A': return okabe_ito::kSkyBlue;
        case 'B': return okabe_ito::kBluishGreen;
        case 'C': return okabe_ito::kOrange;
        case 'D': return okabe_ito::kReddishPurple;
        default: return Rgb{200, 200, 200};
    }
}

// An episode curtailed (ended early, the infant too distressed): vermillion, a cross-hatch and a
// square "stop" mark. An episode extended (ran on until the infant settled): yellow, a one-way
// hatch and a "+" mark. Neither is ever a group's letter.
inline constexpr Rgb kCurtailedMark = okabe_ito::kVermillion;
inline constexpr Rgb kExtendedMark = okabe_ito::kYellow;

}  // namespace sb::app
