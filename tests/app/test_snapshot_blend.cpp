// Snapshot blending: between two steps the room shows agents part of the way along, turning the
// short way round — and never sliding through a wall when someone was placed rather than walked.
#include <catch2/catch.hpp>

#include "app/run/snapshot_blend.h"

using namespace sb;
using namespace sb::app;

namespace {

constexpr double kPi = 3.14159265358979323846;

Snapshot WithInfantAt(Vec2 pos, double facing, double cry) {
    Snapshot s;
    AgentView& infant = s.agents[0];
    infant.present = true;
    infant.pos = pos;
    infant.facing = facing;
    infant.cry = cry;
    return s;
}

}  // namespace

TEST_CASE("positions, headings and crying are blended along the step", "[app][blend]") {
    const Snapshot prev = WithInfantAt({1.0, 1.0}, 0.0, 0.2);
    const Snapshot now = WithInfantAt({1.2, 1.1}, 0.4, 0.6);
    const AgentView shown = BlendSnapshots(prev, now, 0.25).Infant();
    CHECK(shown.pos.x == Approx(1.05));
    CHECK(shown.pos.y == Approx(1.025));
    CHECK(shown.facing == Approx(0.1));
    CHECK(shown.cry == Approx(0.3));

    CHECK(BlendSnapshots(prev, now, 0.0).Infant().pos.x == Approx(1.0));
    CHECK(BlendSnapshots(prev, now, 1.0).Infant().pos.x == Approx(1.2));
}

TEST_CASE("a turn across the back goes the short way round", "[app][blend]") {
    const Snapshot prev = WithInfantAt({1.0, 1.0}, kPi - 0.1, 0.0);
    const Snapshot now = WithInfantAt({1.0, 1.0}, -kPi + 0.1, 0.0);
    const double halfway = BlendSnapshots(prev, now, 0.5).Infant().facing;
    CHECK(std::abs(std::remainder(halfway - kPi, 2.0 * kPi)) < 1e-9);  // facing straight back, not forward
}

TEST_CASE("everything that is not a position is shown as of the latest step", "[app][blend]") {
    Snapshot prev = WithInfantAt({1.0, 1.0}, 0.0, 0.0);
    Snapshot now = WithInfantAt({1.1, 1.0}, 0.0, 0.0);
    prev.agents[0].action = VisibleAction::Exploring;
    prev.agents[0].affect = Affect::Neutral;
    now.agents[0].action = VisibleAction::Crying;
    now.agents[0].affect = Affect::Distressed;
    now.agents[0].posture = Posture::Sitting;
    now.episode = 4;
    // Even at the very start of the step: the latest state is what the step produced.
    const Snapshot shown = BlendSnapshots(prev, now, 0.1);
    CHECK(shown.Infant().action == VisibleAction::Crying);
    CHECK(shown.Infant().affect == Affect::Distressed);
    CHECK(shown.Infant().posture == Posture::Sitting);
    CHECK(shown.episode == 4);
}

TEST_CASE("an agent placed rather than walked is drawn where it now is", "[app][blend]") {
    const Snapshot prev = WithInfantAt({0.5, 1.0}, 0.0, 0.0);
    const Snapshot now = WithInfantAt({0.5 + kTeleportJump_m + 0.1, 1.0}, 0.0, 0.0);
    CHECK(BlendSnapshots(prev, now, 0.5).Infant().pos.x == now.Infant().pos.x);

    SECTION("and so is one who has just come in") {
        Snapshot outside = now;
        outside.agents[0].present = false;
        CHECK(BlendSnapshots(outside, now, 0.5).Infant().pos.x == now.Infant().pos.x);
    }
}
