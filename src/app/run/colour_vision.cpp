// Colour vision implementation: sRGB <-> linear light, the Vienot 1999 dichromat projections, and
// CIE L*a*b* under D65.
#include "app/run/colour_vision.h"

#include <algorithm>
#include <cmath>

namespace sb::app {

namespace {

double ToLinear(std::uint8_t v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::uint8_t FromLinear(double c) {
    c = std::clamp(c, 0.0, 1.0);
    const double v = c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
    return static_cast<std::uint8_t>(std::lround(v * 255.0));
}

struct Lab {
    double l, a, b;
};

Lab ToLab(Rgb c) {
    const double r = ToLinear(c.r), g = ToLinear(c.g), b = ToLinear(c.b);
    // sRGB to XYZ (D65), then relative to the D65 white.
    const double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
    auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

}  // namespace

Rgb Simulate(Rgb c, Vision vision) {
    if (vision == Vision::Typical) return c;
    const double r = ToLinear(c.r), g = ToLinear(c.g), b = ToLinear(c.b);
    // Vienot et al. 1999: the dichromat's colour, projected onto the plane it can still tell apart.
    const bool protan = vision == Vision::Protanopia;
    const double k = protan ? 0.11238 : 0.29275;
    const double rg = k * r + (1.0 - k) * g;
    const double bb = protan ? 0.00401 * r - 0.00401 * g + b : -0.02234 * r + 0.02234 * g + b;
    return {FromLinear(rg), FromLinear(rg), FromLinear(bb)};
}

double DeltaE(Rgb a, Rgb b) {
    const Lab p = ToLab(a), q = ToLab(b);
    return std::sqrt((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b));
}

double DeltaE(Rgb a, Rgb b, Vision vision) { return DeltaE(Simulate(a, vision), Simulate(b, vision)); }

}  // namespace sb::app
