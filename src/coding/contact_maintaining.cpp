// Contact maintaining (CM), 1-7: how persistently the infant keeps contact once it has it —
// clinging and sinking in, protest or renewed seeking when released. Operational rules in
// docs/coding.md.
#include "coding/bouts.h"
#include "coding/scales.h"

namespace sb {

namespace {
constexpr double kProtestWindow_s = 5.0;   // crying this soon after release is protest at release
constexpr double kReseekWindow_s = 10.0;   // approaching or reaching again this soon is renewed seeking
}  // namespace

ScaleScore ScoreContactMaintaining(const EpisodeSlice& s, AgentId person) {
    ScaleScore best;
    best.why = "no contact with her";
    const auto contacts = FindBouts(s, [&](const Snapshot& f) { return InContactWith(f, person); }, 0.5);
    for (const Bout& c : contacts) {
        const double held = c.Duration();
        std::size_t clinging = 0, wanting_down_at = 0;
        for (std::size_t i = c.begin; i < c.end; ++i) {
            const VisibleAction a = s.Frame(i).Infant().action;
            clinging += a == VisibleAction::InContact;
            if (!wanting_down_at && (a == VisibleAction::WantingDown || a == VisibleAction::Resisting)) wanting_down_at = i;
        }
        const double cling_share = static_cast<double>(clinging) / static_cast<double>(c.end - c.begin);
        const bool wanted_down_at_once = wanting_down_at && s.Frame(wanting_down_at).t - c.start_s <= 2.0;
        const bool still_at_end = c.end == s.last;
        bool protest = false, reseek = false;
        double released_cry = s.Frame(c.end - 1).Infant().cry;
        for (std::size_t i = c.end; i < s.last; ++i) {
            const Snapshot& f = s.Frame(i);
            const double since = f.t - c.end_s;
            if (since <= kProtestWindow_s && f.Infant().cry >= 0.25 && f.Infant().cry > released_cry + 0.05) protest = true;
            if (since <= kReseekWindow_s && (f.Infant().action == VisibleAction::Reaching ||
                                             (f.Infant().action == VisibleAction::Approaching && f.Infant().gaze == GazeAt(person))))
                reseek = true;
            if (since > kReseekWindow_s) break;
        }
        const bool keeps = protest || reseek || still_at_end;
        const std::string tail = protest ? ", protested when put down" : reseek ? ", sought her again when put down"
                               : still_at_end ? ", still in contact at the end of the episode" : "";
        const std::string base = "in contact for " + Secs(held) + " s at " + Clock(c.start_s) + ", clinging " +
                                 std::to_string(static_cast<int>(cling_share * 100 + 0.5)) + "% of it" + tail;
        int v;
        if (held >= 60 && cling_share >= 0.8 && keeps) v = 7;
        else if (held >= 30 && cling_share >= 0.7 && keeps) v = 6;
        else if ((held >= 15 && cling_share >= 0.7) || (held >= 5 && cling_share >= 0.5 && (protest || reseek))) v = 5;
        else if (held >= 15 && cling_share >= 0.5) v = 4;
        else if (held >= 5) v = 3;
        else v = 2;
        std::string why = base;
        if (wanted_down_at_once && !protest && !reseek) {
            v = std::min(v, 2);
            why += "; leaned out to get down within 2 s of being picked up";
        }
        if (v > best.value) best = {v, c.start_s, why};
    }
    return best;
}

}  // namespace sb
