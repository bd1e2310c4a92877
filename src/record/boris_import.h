// Importing a BORIS tabular event export (one row per event: time, subject, behaviour, START / STOP /
// POINT) as a trace in the hand-coded profile, sampled at a fixed interval. A mapping file says
// which subject is the infant, the caregiver and the stranger, what each behaviour code shows, and
// where the episodes begin. Documented in docs/trace-format.md ("Importing a BORIS export").
#pragma once

#include <map>
#include <string>
#include <vector>

namespace sb {

// What one behaviour code shows while it lasts (a state) or at its instant (a point). Unset
// fields leave the subject's defaults (docs/trace-format.md) in place.
struct BorisBehaviour {
    bool ignore = false;        // coded for another purpose: read nothing from it
    std::string action;         // a visible action name, e.g. "exploring"
    std::string affect;         // "positive" ... "angry"
    std::string gaze;           // "toy", "caregiver", ...
    double cry = -1.0;          // 0-1; -1: not set
    int vocalising = -1;        // 0/1; -1: not set
    int contact = -1;           // 1: body contact between the infant and an adult
    int present = -1;           // 1: an adult is in the room while this lasts
    std::string place;          // a room landmark or "caregiver"/"stranger" (next to her)
};

struct BorisMap {
    double step_s = 0.5;                            // s between the trace's instants
    double end_s = -1.0;                            // s; -1: the last event's time
    std::map<std::string, std::string> subjects;    // BORIS subject -> infant, caregiver or stranger
    std::vector<double> episode_starts_s;           // the episodes' start times, or...
    std::string episode_marker;                     // ...a POINT behaviour marking each episode's start
    std::map<std::string, BorisBehaviour> behaviours;
};

// Reads the mapping (TOML); throws TraceError naming the file and line.
BorisMap ReadBorisMap(const std::string& path);

// The trace text (hand-coded profile) of a BORIS export; `source` names it in errors
// (TraceError, FILE:LINE).
std::string BorisToTrace(const std::string& events_csv, const std::string& source, const BorisMap& map);

}  // namespace sb
