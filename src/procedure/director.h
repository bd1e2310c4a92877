// Director: runs a protocol table on the simulation clock — starts and ends episodes at the
// boundaries of Appendix II, fires the adults' cues, curtails separations and extends reunions.
// It sees only the clock and a few visible facts (crying, entries, exits, put-downs).
#pragma once

#include <limits>
#include <string>
#include <vector>

#include "procedure/protocol.h"

namespace sb {

// The visible facts the director needs each step.
struct DirectorInputs {
    double infant_cry = 0.0;       // 0..1
    bool infant_put_down = false;  // an adult put the infant down this step
    bool caregiver_exited = false; // the caregiver went out of the door this step
};

struct EpisodeRecord {
    int number = 0;
    std::string name;
    double nominal_s = 0.0;
    double start_s = 0.0;
    double end_s = -1.0;           // -1 while running
    bool curtailed = false;
    bool extended = false;
    double Duration() const { return end_s - start_s; }
};

class Director {
public:
    explicit Director(ProtocolDef protocol);

    // Starts episode 1 at t = 0 and hands over the cues due at once.
    void Start(std::vector<Cue>& due, std::vector<SimEvent>& events);
    // Called after every step with the new time t (s).
    void Update(double t, double dt, const DirectorInputs& in, std::vector<Cue>& due, std::vector<SimEvent>& events);

    bool Finished() const { return finished_; }
    int Episode() const { return CurrentDef().number; }  // number of the current (or last) episode
    const EpisodeDef& CurrentDef() const {
        return protocol_.episodes[index_ < protocol_.episodes.size() ? index_ : protocol_.episodes.size() - 1];
    }
    double EpisodeStart() const { return timeline_.back().start_s; }
    const std::vector<EpisodeRecord>& Timeline() const { return timeline_; }
    const ProtocolDef& Protocol() const { return protocol_; }

private:
    void BeginEpisode(std::size_t index, double t, std::vector<SimEvent>& events);
    void FireDueCues(double et, bool settled, std::vector<Cue>& due, std::vector<SimEvent>& events, double t);

    ProtocolDef protocol_;
    std::size_t index_ = 0;
    bool finished_ = false;
    std::vector<EpisodeRecord> timeline_;
    std::vector<bool> fired_;
    // Episode time (s) of the earliest cue not yet fired: no cue is due before it. Infinite when
    // none waits; minus infinity when the table must be read at the next step.
    static constexpr double kNever_s = std::numeric_limits<double>::infinity();
    double next_cue_s_ = -kNever_s;
    double hard_cry_run_s_ = 0.0;
    double hard_cry_gap_s_ = 0.0;
    double calm_run_s_ = 0.0;
};

}  // namespace sb
