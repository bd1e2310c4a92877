// The GUI's clock: whole fixed steps from variable frame times, so simulated time never depends
// on the frame rate.
#include <catch2/catch.hpp>

#include "core/fixed_step_clock.h"
#include "sim/simulation.h"

using sb::FixedStepClock;
using sb::FixedStepClockDef;

namespace {
// Simulates `real_s` seconds of frames at `fps` and returns the steps taken.
long StepsFor(double fps, double real_s, double speed) {
    FixedStepClock clock(FixedStepClockDef{0.1, speed, 100000});
    long steps = 0;
    const long frames = static_cast<long>(real_s * fps + 0.5);
    for (long f = 0; f < frames; ++f) steps += clock.Advance(1.0 / fps);
    return steps;
}
}  // namespace

TEST_CASE("simulated time follows real time times speed, whatever the frame rate", "[clock]") {
    for (double fps : {24.0, 30.0, 60.0, 144.0, 240.0}) {
        INFO("fps " << fps);
        REQUIRE(std::abs(StepsFor(fps, 60.0, 1.0) - 600) <= 1);
        REQUIRE(std::abs(StepsFor(fps, 60.0, 8.0) - 4800) <= 1);
    }
}

TEST_CASE("a slow frame runs several steps, a fast frame may run none", "[clock]") {
    FixedStepClock clock(FixedStepClockDef{0.1, 1.0, 400});
    REQUIRE(clock.Advance(0.35) == 3);
    REQUIRE(clock.Alpha() == Approx(0.5));
    REQUIRE(clock.Advance(0.01) == 0);
}

TEST_CASE("a very long frame is capped, so a slow machine slows down instead of locking up", "[clock]") {
    FixedStepClock clock(FixedStepClockDef{0.1, 64.0, 400});
    REQUIRE(clock.Advance(5.0) == 400);
    REQUIRE(clock.Advance(0.0) == 0);  // the backlog was dropped, not owed
}

TEST_CASE("a paused clock runs no steps", "[clock]") {
    FixedStepClock clock(FixedStepClockDef{0.1, 1.0, 400});
    clock.SetPaused(true);
    REQUIRE(clock.Advance(1.0) == 0);
    clock.SetPaused(false);
    REQUIRE(clock.Advance(1.0) == 10);
}

TEST_CASE("the simulated procedure is the same at 30 and at 144 frames per second", "[clock][determinism]") {
    auto run = [](double fps) {
        sb::SimulationDef def;
        def.seed = 11;
        sb::Simulation sim(def);
        FixedStepClock clock(FixedStepClockDef{def.step_s, 16.0, 100000});
        // 20 real seconds at 16x: 320 simulated seconds, into episode 3.
        const long frames = static_cast<long>(20.0 * fps + 0.5);
        for (long f = 0; f < frames; ++f) {
            const int n = clock.Advance(1.0 / fps);
            for (int i = 0; i < n; ++i) sim.Step();
        }
        return std::make_pair(sim.StepCount(), sim.TraceHash());
    };
    const auto slow = run(30.0);
    const auto fast = run(144.0);
    REQUIRE(std::abs(slow.first - 3200) <= 1);
    // Compare the same number of steps: a frame boundary may fall either side of the last one.
    sb::SimulationDef def;
    def.seed = 11;
    sb::Simulation a(def), b(def);
    for (long i = 0; i < slow.first; ++i) a.Step();
    for (long i = 0; i < fast.first; ++i) b.Step();
    REQUIRE(slow.second == a.TraceHash());
    REQUIRE(fast.second == b.TraceHash());
    if (slow.first == fast.first) REQUIRE(slow.second == fast.second);
}
