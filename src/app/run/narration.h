// Narration: the texts, the running log and the switch (key N, or the Run tab's checkbox), and what
// the room shows of them — the episode's "What to notice" line and the latest reading, or at the
// end of the procedure the observer's classification with its one-sentence meaning.
#pragma once

#include <string>

#include "app/run/narration_log.h"
#include "app/run/narration_texts.h"
#include "app/run/playback.h"

namespace sb::app {

// What the band under the room says at this instant.
struct NarrationShown {
    std::string notice;    // "What to notice" in this episode
    std::string reading;   // the latest reading, or the classification once the procedure is over
    bool final = false;    // `reading` is the classification
};

struct Narration {
    NarrationTexts texts;
    NarrationLog log;
    // On unless switched off: a class needs to be told where to look, and a lecturer who wants the
    // room to speak for itself presses N once.
    bool on = true;

    // Reads what the run on screen has gained since the last frame.
    void Update(const Playback& playback);
    NarrationShown Shown(const Playback& playback) const;
};

}  // namespace sb::app
