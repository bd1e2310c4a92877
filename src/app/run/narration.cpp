// Narration implementation: the log reads the playback's visible trace and coding (never the
// simulation's hidden state), and the notice comes from the episode roles in the trace's header.
#include "app/run/narration.h"

namespace sb::app {

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
    }
    return s;
}

}  // namespace sb::app
