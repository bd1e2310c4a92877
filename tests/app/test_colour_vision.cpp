// The Okabe-Ito colours of the groups and the episode marks stay apart with protanopia and
// deuteranopia (simulated), and the simulation itself behaves as a dichromat's eye should.
#include <catch2/catch.hpp>

#include "app/run/colour_vision.h"
#include "app/run/okabe_ito.h"

using namespace sb::app;

namespace {
constexpr Vision kVisions[] = {Vision::Typical, Vision::Protanopia, Vision::Deuteranopia};
}  // namespace

TEST_CASE("simulated dichromacy keeps greys and loses red-green", "[app][colour]") {
    for (Vision v : kVisions) {
        const Rgb grey = Simulate(Rgb{128, 128, 128}, v);
        CHECK(DeltaE(grey, Rgb{128, 128, 128}) < 1.0);
    }
    // Pure red and a green of similar lightness are far apart to a typical eye, close to a dichromat.
    const Rgb red{200, 60, 40}, green{110, 120, 40};
    CHECK(DeltaE(red, green) > 40.0);
    CHECK(DeltaE(red, green, Vision::Deuteranopia) < DeltaE(red, green) / 3.0);
    CHECK(DeltaE(red, green, Vision::Protanopia) < DeltaE(red, green) / 2.0);
    CHECK(DeltaE(Rgb{0, 0, 0}, Rgb{255, 255, 255}) == Approx(100.0).margin(0.1));
}

TEST_CASE("curtailed and extended marks differ clearly in every vision", "[app][colour]") {
    for (Vision v : kVisions) {
        INFO("vision " << static_cast<int>(v));
        CHECK(DeltaE(kCurtailedMark, kExtendedMark, v) > 30.0);
    }
}

TEST_CASE("the four groups' colours differ in every vision", "[app][colour]") {
    const char groups[] = {'A', 'B', 'C', 'D'};
    for (Vision v : kVisions) {
        for (int i = 0; i < 4; ++i) {
            for (int j = i + 1; j < 4; ++j) {
                INFO("vision " << static_cast<int>(v) << ": " << groups[i] << " vs " << groups[j]);
                CHECK(DeltaE(GroupColour(groups[i]), GroupColour(groups[j]), v) > 12.0);
            }
        }
    }
}
