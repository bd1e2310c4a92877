// The scales a coder scores per episode, each from the visible stream of one episode:
// Ainsworth's interactive scales toward a person, search in the separations, 15-s interval codes.
// The anchors and our operational rules are in docs/coding.md; each .cpp implements one scale.
#pragma once

#include <string>
#include <vector>

#include "coding/coding.h"
#include "coding/episode_slice.h"
#include "world/room.h"

namespace sb {

// Proximity/contact seeking. With `delay_rule` (eps 5, 7, 8) a 7 needs the first approach to
// start within 30 s of the person's entry (Ainsworth et al. 1978).
ScaleScore ScoreProximitySeeking(const EpisodeSlice& s, AgentId person, bool delay_rule);
ScaleScore ScoreContactMaintaining(const EpisodeSlice& s, AgentId person);
ScaleScore ScoreResistance(const EpisodeSlice& s, AgentId person);
ScaleScore ScoreAvoidance(const EpisodeSlice& s, AgentId person);
ScaleScore ScoreDistanceInteraction(const EpisodeSlice& s, AgentId person);
// Search for the absent caregiver: at the door, towards it, looking at it.
ScaleScore ScoreSearch(const EpisodeSlice& s, const RoomDef& room);
std::vector<IntervalCode> CodeIntervals(const EpisodeSlice& s, double interval_s = 15.0);

// "m:ss" of a time since the start of the procedure, for reasons.
std::string Clock(double t_s);
// A number with at most one decimal, for reasons ("14.5 s", "16 s").
std::string Secs(double s);

}  // namespace sb
