// Narration log: the running plain-language reading of the run on screen — what the adults did,
// what the infant just did and why it matters, and what the observer's coder noted — built from the
// visible trace and the coding only. It cannot see the infant's hidden state: its inputs are the
// camera's record (VisibleTrace) and the Coding made from it.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "app/run/narration_texts.h"
#include "coding/coding.h"
#include "world/visible_trace.h"

namespace sb::app {

struct NarrationLine {
    enum class From { Event, Reading, Coder };
    double t = 0.0;     // s since the procedure began: when it happened (or, for the coder, was noted)
    int episode = 1;
    From from = From::Reading;
    Reading reading = Reading::ExploresWithCaregiver;  // when from == Reading
    std::string text;
    NarratedEvent event = NarratedEvent::EpisodeStart;  // when from == Event
    std::string detail;  // the coder's own words for the instance (from == Coder), for the panel's list
};

class NarrationLog {
public:
    // Reads whatever the trace has gained since the last call, and the coder's new notes. A new
    // `generation` (the trace was started again: a restart or a jump) reads it all from the start.
    void Update(const VisibleTrace& trace, std::uint64_t generation, const Coding& coding, const NarrationTexts& texts);

    const std::vector<NarrationLine>& Lines() const { return lines_; }
    // The newest line, or nullptr before anything was said.
    const NarrationLine* Latest() const { return lines_.empty() ? nullptr : &lines_.back(); }
    // The first line of a reading, or nullptr if the run has not shown it.
    const NarrationLine* First(Reading r) const;

private:
    void Reset();
    void ReadFrame(const VisibleTrace& trace, std::size_t i, const NarrationTexts& texts);
    void Say(const Snapshot& f, Reading r, const NarrationTexts& texts);

    std::uint64_t generation_ = ~std::uint64_t{0};
    std::size_t frames_read_ = 0;
    std::size_t events_read_ = 0;
    std::vector<NarrationLine> lines_;
    std::set<std::pair<int, int>> coder_notes_;  // (index, episode) of the observations already said

    // The episode being read, and what it has shown so far.
    int episode_ = 0;
    double caregiver_entry_s_ = -1.0;     // her entrance in this episode, -1 if none
    bool held_by_caregiver_ = false;      // in contact with her at some point in this episode
    double clung_s_ = 0.0;                // s held by her and holding on, in this episode
    bool wanted_down_ = false;            // asked to be put down by her in this episode
    std::vector<double> since_s_;         // when each reading's condition became true, -1 if false
    std::vector<double> last_said_s_;     // when each reading was last said, -1 if never
    std::vector<bool> said_this_episode_;
};

// "Classification: B (B3)", or for D "Classification: D (best fit B3)", or "Not classifiable".
std::string ClassificationHeadline(const Classification& c);
// The headline's one sentence: the group's meaning from the texts.
const std::string& ClassificationSentence(const Classification& c, const NarrationTexts& texts);

}  // namespace sb::app
