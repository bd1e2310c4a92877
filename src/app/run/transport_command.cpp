// Transport commands carried out. Stepping pauses first (Playback::StepOnce), so a step is always
// one step and never a step plus whatever the running clock adds.
#include "app/run/transport_command.h"

#include "app/run/describe.h"

namespace sb::app {

void Apply(const TransportCommand& command, Playback& playback) {
    switch (command.what) {
        case Transport::PlayPause: playback.SetPaused(!playback.Paused()); return;
        case Transport::StepOnce: playback.StepOnce(); return;
        case Transport::Restart: playback.Restart(); return;
        case Transport::Faster: playback.SetSpeed(FasterSpeed(playback.Speed())); return;
        case Transport::Slower: playback.SetSpeed(SlowerSpeed(playback.Speed())); return;
        case Transport::JumpToEpisode:
            if (FindEpisode(playback.Sim().Protocol(), command.episode)) playback.JumpToEpisode(command.episode);
            return;
    }
}

}  // namespace sb::app
