// The step loop's shortcuts (kept lag shares, exp() and heading of a repeated argument, rounding
// without the library call) give exactly, bit for bit, what the plain formulas give.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#include "core/rng.h"
#include "core/vec2.h"
#include "model/cortisol.h"
#include "model/relaxation.h"
#include "world/visible_trace.h"

using namespace sb;

namespace {
bool SameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }
}  // namespace

TEST_CASE("rounding without the library call is std::round for every kind of double", "[shortcuts]") {
    std::vector<double> v = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
                             0.3, -0.3, 0.7, -0.7, 4503599627370495.5, -4503599627370495.5, 4503599627370496.0,
                             9007199254740993.0, 1e300, -1e300, std::numeric_limits<double>::infinity(),
                             -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::denorm_min(),
                             -std::numeric_limits<double>::denorm_min(), 1.0 - 1e-16, 123456.5, -123456.5};
    Rng r(5);
    for (int i = 0; i < 50000; ++i) {
        v.push_back(r.Uniform(-50.0, 50.0) * 1e4);  // trace positions on the 1e-4 grid
        v.push_back(r.Uniform(0.0, 2000.0) * 1e6);  // trace times on the 1e-6 grid
        v.push_back(std::round(r.Uniform(-1e6, 1e6)) + 0.5);  // exact halves
        std::uint64_t bits = r.NextU64();
        double any;
        std::memcpy(&any, &bits, sizeof any);
        if (!std::isnan(any)) v.push_back(any);
    }
    for (double x : v) {
        INFO(x);
        REQUIRE(SameBits(RoundHalfAway(x), std::round(x)));
    }
    REQUIRE(std::isnan(RoundHalfAway(std::nan(""))));
}

TEST_CASE("a kept rounding is the rounding of the value, whether it repeats or not", "[shortcuts]") {
    RoundedLast kept;
    Rng r(11);
    double v = 0.0;
    for (int i = 0; i < 20000; ++i) {
        if (r.Chance(0.4)) v = r.Chance(0.1) ? -0.0 : r.Uniform(-8.0, 8.0);
        REQUIRE(SameBits(RoundValueKept(v, kept), RoundTo(v, kTraceValueDecimals)));
    }
}

TEST_CASE("a lag stepped with its kept share moves exactly as the plain formula", "[shortcuts]") {
    Rng r(9);
    for (int i = 0; i < 20000; ++i) {
        const double x = r.Uniform(-2.0, 2.0), target = r.Uniform(-2.0, 2.0);
        const double tau = r.Uniform(0.05, 4000.0), dt = i % 2 ? 0.1 : r.Uniform(0.001, 2.0);
        const double plain = x + (target - x) * (1.0 - std::exp(-dt / tau));
        REQUIRE(SameBits(RelaxBy(x, target, RelaxShare(tau, dt)), plain));
        REQUIRE(SameBits(Relax(x, target, tau, dt), plain));
    }
}

TEST_CASE("cortisol stepped with kept shares is cortisol stepped the plain way", "[shortcuts]") {
    const InfantModelDef m;
    InfantInner a, b;
    const CortisolShares shares = CortisolSharesFor(m, 0.1);
    for (int i = 0; i < 30000; ++i) {
        a.sustained_arousal = b.sustained_arousal = i < 9000 ? 0.8 : 0.1;
        a.conflict = b.conflict = i % 700 < 50 ? 0.6 : 0.0;
        StepCortisol(a, m, 0.1);
        StepCortisol(b, m, shares);
        REQUIRE(SameBits(a.acth, b.acth));
        REQUIRE(SameBits(a.cortisol, b.cortisol));
    }
}

TEST_CASE("exp() and heading of a repeated argument are the functions themselves", "[shortcuts]") {
    ExpOfLast e;
    HeadingOfLast h;
    Rng r(3);
    double last = 0.3;
    Vec2 dir{0.0, 0.0};
    for (int i = 0; i < 20000; ++i) {
        if (r.Chance(0.3)) last = r.Uniform(-30.0, 5.0);
        REQUIRE(SameBits(e(last), std::exp(last)));
        if (r.Chance(0.3)) dir = Vec2{r.Uniform(-3.0, 3.0), r.Uniform(-3.0, 3.0)};
        REQUIRE(SameBits(h(dir), Heading(dir)));
    }
    // atan2 tells the zeros apart, and so must the kept heading.
    for (const Vec2 d : {Vec2{0.0, 0.0}, Vec2{-0.0, 0.0}, Vec2{-1.0, 0.0}, Vec2{-1.0, -0.0}, Vec2{-0.0, -0.0}, Vec2{-1.0, 0.0}})
        REQUIRE(SameBits(h(d), Heading(d)));
    REQUIRE(SameBits(e(0.0), 1.0));
    REQUIRE(SameBits(e(-0.0), 1.0));
}
