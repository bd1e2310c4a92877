// Search for the absent caregiver in the separations (eps 4, 6, 7), 1-7: going to the door and
// staying there, moving towards it, looking at it. Rules in docs/coding.md.
#include <algorithm>

#include "coding/bouts.h"
#include "coding/scales.h"

namespace sb {

namespace {
constexpr double kAtDoor_m = 0.6;
}  // namespace

ScaleScore ScoreSearch(const EpisodeSlice& s, const RoomDef& room) {
    auto at_door = [&](const Snapshot& f) { return !f.Infant().in_contact && Distance(f.Infant().pos, room.door) <= kAtDoor_m; };
    double at_door_s = 0, searching_at_door_s = 0, first_at_door = -1;
    double start_dist = Distance(s.Frame(s.first).Infant().pos, room.door), closest = start_dist;
    for (std::size_t i = s.first; i < s.last; ++i) {
        const Snapshot& f = s.Frame(i);
        if (!f.Infant().in_contact) closest = std::min(closest, Distance(f.Infant().pos, room.door));
        if (!at_door(f)) continue;
        if (first_at_door < 0) first_at_door = f.t;
        at_door_s += s.Dt(i);
        if (f.Infant().action == VisibleAction::Searching) searching_at_door_s += s.Dt(i);
    }
    const auto looks = FindBouts(s, [&](const Snapshot& f) { return f.Infant().gaze == GazeTarget::Door && !at_door(f); }, 0.5);
    double look_s = 0;
    for (const Bout& b : looks) look_s += b.Duration();
    const int n_looks = static_cast<int>(looks.size());
    const double first_look = looks.empty() ? -1 : looks.front().start_s;

    // Already at the door when the episode began (e.g. after a curtailed separation): being there
    // is not going there; only the searching counts.
    const bool started_at_door = at_door(s.Frame(s.first));
    if (started_at_door) {
        const std::string stayed = "was at the door when the episode began and searched there for " + Secs(searching_at_door_s) + " s";
        if (searching_at_door_s >= 20) return {7, s.start_s, stayed};
        if (searching_at_door_s >= 10) return {6, s.start_s, stayed};
        if (searching_at_door_s >= 2) return {5, s.start_s, stayed};
    } else if (first_at_door >= 0) {
        const double after = first_at_door - s.start_s;
        const std::string went = "went to the door " + Secs(after) + " s into the episode and searched there for " + Secs(searching_at_door_s) + " s";
        if (searching_at_door_s >= 20 || (after <= 15 && searching_at_door_s >= 10)) return {7, first_at_door, went};
        if (searching_at_door_s >= 10) return {6, first_at_door, went};
        return {5, first_at_door, went};
    }
    const double covered = start_dist > kAtDoor_m ? (start_dist - closest) / (start_dist - kAtDoor_m) : 0.0;
    if (covered >= 0.5 || look_s >= 15)
        return {4, first_look, "moved " + std::to_string(static_cast<int>(covered * 100 + 0.5)) + "% of the way to the door and looked at it for " + Secs(look_s) + " s"};
    if (n_looks >= 3 || look_s >= 5) return {3, first_look, "looked at the door " + std::to_string(n_looks) + " times (" + Secs(look_s) + " s)"};
    if (n_looks >= 1) return {2, first_look, "glanced at the door at " + Clock(first_look)};
    return {1, -1, "no search for her"};
}

}  // namespace sb
