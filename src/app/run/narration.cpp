// Narration implementation: the log reads the playback's visible trace and coding (never the
// simulation's hidden state), and the notice comes from the episode roles in the trace's header.
#include "app/run/narration.h"

namespace sb::app {

namespace {

// A reading stays up over the adults' events for this long (simulated seconds) after it is said.
constexpr double kReadingOutranksEvent_s = 6.0;

}  // namespace

void Narration::Update(const Playback& playback) {
    const LiveCoding& live = playback.Live();
    log.Update(live.Trace(), live.Generation(), live.Current(), texts);
}

NarrationShown Narration::Shown(const Playback& playback) const {
    NarrationShown s;
    const VisibleTrace& trace = playback.Live().Trace();
    if (trace.frames.empty()) return s;
    const int episode = trace.frames.back().episode;
    if (const EpisodeRoles* role = trace.header.roles.Find(episode)) s.notice = texts.Notice(*role);
    if (playback.Sim().Finished()) {
        const Classification& c = playback.Coded().classification;
        s.reading = ClassificationHeadline(c) + " \u2014 " + ClassificationSentence(c, texts);
        s.final = true;
    } else if (const NarrationLine* latest = log.Latest()) {
        s.reading = latest->text;
        // What the infant did matters more than the stranger's comings and goings: her leaving right
        // after a reading (as the infant turns from its returning mother) does not cover it.
        const std::vector<NarrationLine>& lines = log.Lines();
        const bool minor = latest->from == NarrationLine::From::Event &&
                           (latest->event == NarratedEvent::StrangerLeaves || latest->event == NarratedEvent::StrangerPutsDown ||
                            latest->event == NarratedEvent::EpisodeEnd);
        for (std::size_t i = lines.size(); minor && i-- > 0;) {
            if (latest->t - lines[i].t > kReadingOutranksEvent_s) break;
            if (lines[i].from != NarrationLine::From::Event) {
                s.reading = lines[i].text;
                break;
            }
        }
    }
    return s;
}

}  // namespace sb::app
