// Snapshot blending: linear in position, shortest way round in heading.
#include "app/run/snapshot_blend.h"

#include <cmath>

namespace sb::app {

namespace {

constexpr double kPi = 3.14159265358979323846;

double BlendAngle(double a, double b, double alpha) {
    double d = std::remainder(b - a, 2.0 * kPi);  // -pi..pi: turn the short way
    return a + d * alpha;
}

AgentView BlendAgent(const AgentView& prev, const AgentView& now, double alpha) {
    AgentView v = now;
    if (!prev.present || !now.present || Distance(prev.pos, now.pos) > kTeleportJump_m) return v;
    v.pos = Lerp(prev.pos, now.pos, alpha);
    v.facing = BlendAngle(prev.facing, now.facing, alpha);
    v.cry = prev.cry + (now.cry - prev.cry) * alpha;
    return v;
}

}  // namespace

Snapshot BlendSnapshots(const Snapshot& prev, const Snapshot& now, double alpha) {
    Snapshot s = now;
    for (int i = 0; i < kAgentCount; ++i) s.agents[i] = BlendAgent(prev.agents[i], now.agents[i], alpha);
    return s;
}

}  // namespace sb::app
