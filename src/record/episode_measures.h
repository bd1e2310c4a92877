// EpisodeMeasures: per-episode behaviour measures computed from the visible stream alone
// (seconds crying, exploring, in contact, near the caregiver, searching...).
#pragma once

#include <string>
#include <vector>

#include "procedure/director.h"
#include "world/visible.h"

namespace sb {

struct EpisodeMeasures {
    int number = 0;
    std::string name;
    double start_s = 0.0;
    double duration_s = 0.0;
    double nominal_s = 0.0;
    bool curtailed = false;
    bool extended = false;
    double crying_s = 0.0;            // s with cry intensity >= kCryingLevel
    double hard_crying_s = 0.0;       // s with cry intensity >= kHardCryingLevel
    double peak_cry = 0.0;            // 0..1
    double exploring_s = 0.0;         // s exploring toys
    double contact_caregiver_s = 0.0; // s in body contact with the caregiver
    double contact_stranger_s = 0.0;
    double near_caregiver_s = 0.0;    // s within kNear_m of the caregiver, contact included
    double approaching_caregiver_s = 0.0;
    double searching_s = 0.0;         // s searching at the door / chair
    double locomotion_m = 0.0;        // m crawled
};

inline constexpr double kCryingLevel = 0.25;
inline constexpr double kHardCryingLevel = 0.6;
inline constexpr double kNear_m = 0.6;

// Feed it every snapshot (with the step length); read the measures when the run ends.
class EpisodeMeasurer {
public:
    void Observe(const Snapshot& prev, const Snapshot& now, double dt);
    std::vector<EpisodeMeasures> Finish(const std::vector<EpisodeRecord>& timeline) const;

private:
    std::vector<EpisodeMeasures> by_episode_;  // indexed by position in the timeline
    int last_episode_ = -1;
};

}  // namespace sb
