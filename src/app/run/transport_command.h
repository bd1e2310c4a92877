// Transport commands: what a lecturer can do to the run on screen without aiming at a button —
// play or pause, step, restart, faster, slower, jump to an episode. The keys that give them are the
// window's business; what they do is decided here, where a test can reach it.
#pragma once

#include "app/run/playback.h"

namespace sb::app {

enum class Transport { PlayPause, StepOnce, Restart, Faster, Slower, JumpToEpisode };

struct TransportCommand {
    Transport what = Transport::PlayPause;
    int episode = 0;  // for JumpToEpisode: the episode's number in the protocol
};

// Carries out `command` on `playback`. A jump to an episode the protocol does not have is ignored,
// so the digit 9 does nothing in the standard eight-episode procedure.
void Apply(const TransportCommand& command, Playback& playback);

}  // namespace sb::app
