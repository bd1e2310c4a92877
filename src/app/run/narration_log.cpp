// Narration log implementation. Each reading has a condition on one instant (and the episode so
// far); it is said once the condition has held for a moment — so a single step's flicker says
// nothing — and then not again for a while, or not again in the episode for the once-only ones.
#include "app/run/narration_log.h"


namespace sb::app {

namespace {

constexpr double kCrying = 0.25;         // cry intensity that is crying (as the coder's intervals count it)
constexpr double kSilent = 0.05;
constexpr double kReturnWindow_s = 30.0; // a reunion's first moments: Ainsworth's 30 s for a prompt approach
constexpr double kGreetWindow_s = 15.0;
constexpr double kComforted_s = 3.0;     // held and holding on this long: comforted
constexpr double kSaidThisBout = 1e18;   // a condition's start time that no hold is ever reached from

struct ReadingRule {
    double hold_s;       // the condition must hold this long before it is said
    bool once;           // said at most once an episode
    double cooldown_s;   // otherwise not said again within this long
};

ReadingRule RuleOf(Reading r) {
    switch (r) {
        case Reading::ExploresWithCaregiver: return {3.0, true, 0.0};
        case Reading::ChecksBack: return {0.8, false, 45.0};
        case Reading::WaryOfStranger: return {1.0, true, 0.0};
        case Reading::CriesWhenSheLeaves: return {1.0, true, 0.0};
        case Reading::Searches: return {1.0, true, 0.0};
        case Reading::PlaysOnAlone: return {20.0, true, 0.0};
        case Reading::ComfortedByStranger: return {1.0, true, 0.0};
        case Reading::GreetsReturn: return {0.5, true, 0.0};
        case Reading::ApproachesReturn: return {0.8, true, 0.0};
        case Reading::IgnoresReturn: return {0.5, true, 0.0};
        case Reading::TurnsAway: return {0.5, false, 60.0};
        case Reading::ReachesUp: return {0.5, false, 30.0};
        case Reading::Clings: return {2.0, true, 0.0};
        case Reading::HeldPassively: return {2.0, true, 0.0};
        case Reading::WantsDown: return {0.8, true, 0.0};
        case Reading::Resists: return {0.5, false, 20.0};
        case Reading::SettlesAndPlays: return {3.0, true, 0.0};
        case Reading::StaysUpset: return {20.0, true, 0.0};
        case Reading::Freezes: return {2.0, false, 20.0};
        case Reading::Withdraws: return {1.0, false, 30.0};
    }
    return {1.0, true, 0.0};
}

// The adult the infant is nearer to, among those present: whom a reach, a hold or a push is for.
bool NearerToCaregiver(const Snapshot& f) {
    const AgentView& b = f.Infant();
    if (!f.Caregiver().present) return false;
    if (!f.Stranger().present) return true;
    return Distance(b.pos, f.Caregiver().pos) <= Distance(b.pos, f.Stranger().pos);
}

}  // namespace

void NarrationLog::Reset() {
    frames_read_ = 0;
    events_read_ = 0;
    lines_.clear();
    coder_notes_.clear();
    episode_ = 0;
    caregiver_entry_s_ = -1.0;
    held_by_caregiver_ = false;
    clung_s_ = 0.0;
    wanted_down_ = false;
    since_s_.assign(kReadingCount, -1.0);
    last_said_s_.assign(kReadingCount, -1.0);
    said_this_episode_.assign(kReadingCount, false);
}

const NarrationLine* NarrationLog::First(Reading r) const {
    for (const NarrationLine& l : lines_)
        if (l.from == NarrationLine::From::Reading && l.reading == r) return &l;
    return nullptr;
}

void NarrationLog::Update(const VisibleTrace& trace, std::uint64_t generation, const Coding& coding,
                          const NarrationTexts& texts) {
    if (generation != generation_ || trace.frames.size() < frames_read_) {
        Reset();
        generation_ = generation;
    }
    for (; frames_read_ < trace.frames.size(); ++frames_read_) ReadFrame(trace, frames_read_, texts);

    // What the coder noted: each disorganization index it counts (severity 4 or more), once an
    // episode, with the coder's own words for the instance.
    if (trace.frames.empty()) return;
    const Snapshot& now = trace.frames.back();
    for (const DObservation& o : coding.disorganization.observations) {
        if (o.severity < 4) continue;
        if (!coder_notes_.insert({static_cast<int>(o.index), o.episode}).second) continue;
        lines_.push_back({now.t, now.episode, NarrationLine::From::Coder, Reading::Freezes, texts.Of(o.index),
                          NarratedEvent::EpisodeStart, o.what});
    }
}

void NarrationLog::Say(const Snapshot& f, Reading r, const NarrationTexts& texts) {
    const int i = static_cast<int>(r);
    const ReadingRule rule = RuleOf(r);
    if (rule.once && said_this_episode_[i]) return;
    if (!rule.once && last_said_s_[i] >= 0.0 && f.t - last_said_s_[i] < rule.cooldown_s) return;
    said_this_episode_[i] = true;
    last_said_s_[i] = f.t;
    lines_.push_back({f.t, f.episode, NarrationLine::From::Reading, r, texts.Of(r), NarratedEvent::EpisodeStart, {}});
}

void NarrationLog::ReadFrame(const VisibleTrace& trace, std::size_t i, const NarrationTexts& texts) {
    const Snapshot& f = trace.frames[i];
    if (f.episode != episode_) {
        episode_ = f.episode;
        caregiver_entry_s_ = -1.0;
        held_by_caregiver_ = false;
        clung_s_ = 0.0;
        wanted_down_ = false;
        since_s_.assign(kReadingCount, -1.0);
        said_this_episode_.assign(kReadingCount, false);
    }
    // The adults' events up to this instant. An episode's end is said only when nothing starts after
    // it (the end of the procedure): otherwise the next episode's start says it.
    bool started = false;
    std::size_t first_event = events_read_;
    for (; events_read_ < trace.events.size() && trace.events[events_read_].t <= f.t; ++events_read_)
        started = started || trace.events[events_read_].kind == EventKind::EpisodeStart;
    for (std::size_t k = first_event; k < events_read_; ++k) {
        const SimEvent& e = trace.events[k];
        if (e.kind == EventKind::EpisodeEnd && started) continue;
        if (e.kind == EventKind::Enter && e.who == AgentId::Caregiver) {
            caregiver_entry_s_ = e.t;
            // "She is back" belongs to a return; carrying the infant in at the start is none.
            const EpisodeRoles* role = trace.header.roles.Find(e.episode);
            if (!role || !role->reunion) continue;
        }
        lines_.push_back({e.t, e.episode, NarrationLine::From::Event, Reading::ExploresWithCaregiver,
                          texts.Event(NarratedEventOf(e)), NarratedEventOf(e), {}});
    }

    const AgentView& b = f.Infant();
    const AgentView& her = f.Caregiver();
    const bool with_her = her.present;
    const bool stranger = f.Stranger().present;
    const bool to_her = NearerToCaregiver(f);
    const double since_entry = caregiver_entry_s_ >= 0.0 ? f.t - caregiver_entry_s_ : 1e9;
    const EpisodeRoles* role = trace.header.roles.Find(f.episode);
    const bool reunion = role && role->reunion;
    // The reunion readings are about her coming back, so they belong to the reunions only (in the
    // entrance episode she carries the infant in, which is no return).
    const bool returning = reunion && with_her && since_entry <= kReturnWindow_s;
    const Snapshot* prev = i > 0 ? &trace.frames[i - 1] : nullptr;
    const double dist = with_her ? Distance(b.pos, her.pos) : 0.0;
    const double prev_dist = prev && prev->Caregiver().present ? Distance(prev->Infant().pos, prev->Caregiver().pos) : dist;
    const bool in_her_arms = b.in_contact && to_her;
    if (in_her_arms) held_by_caregiver_ = true;
    const VisibleAction a = b.action;
    // Comforted means held and holding on (clinging, moulding) for a while, not put straight down
    // again at its own wish: an avoidant infant picked up and back at the toys was not comforted.
    if (in_her_arms && a == VisibleAction::InContact && prev) clung_s_ += f.t - prev->t;
    if (in_her_arms && a == VisibleAction::WantingDown) wanted_down_ = true;

    bool now[kReadingCount] = {};
    auto set = [&](Reading r, bool v) { now[static_cast<int>(r)] = v; };
    set(Reading::ExploresWithCaregiver, with_her && !reunion && !held_by_caregiver_ && a == VisibleAction::Exploring);
    set(Reading::ChecksBack, with_her && !returning && a == VisibleAction::Watching && b.gaze == GazeTarget::Caregiver);
    set(Reading::WaryOfStranger, stranger && b.affect == Affect::Wary && b.gaze == GazeTarget::Stranger);
    set(Reading::CriesWhenSheLeaves, !with_her && b.cry >= kCrying);
    set(Reading::Searches, !with_her && a == VisibleAction::Searching);
    set(Reading::PlaysOnAlone, !with_her && a == VisibleAction::Exploring && b.cry < kSilent);
    set(Reading::ComfortedByStranger, !with_her && stranger && b.in_contact);
    set(Reading::GreetsReturn, reunion && with_her && since_entry <= kGreetWindow_s && b.gaze == GazeTarget::Caregiver &&
                                   (b.vocalising || b.affect == Affect::Positive));
    set(Reading::ApproachesReturn, returning && a == VisibleAction::Approaching && dist < prev_dist);
    set(Reading::IgnoresReturn, returning && a == VisibleAction::TurningAway);
    set(Reading::TurnsAway, with_her && !returning && a == VisibleAction::TurningAway && to_her);
    set(Reading::ReachesUp, with_her && a == VisibleAction::Reaching && to_her);
    set(Reading::Clings, reunion && in_her_arms && a == VisibleAction::InContact);
    set(Reading::HeldPassively, reunion && in_her_arms && a == VisibleAction::HeldPassively);
    // "Already": asking down after a long cuddle is a comforted infant ready to play.
    set(Reading::WantsDown, reunion && in_her_arms && a == VisibleAction::WantingDown && clung_s_ < kComforted_s + 2.0);
    set(Reading::Resists, with_her && to_her && a == VisibleAction::Resisting);
    set(Reading::SettlesAndPlays, reunion && with_her && clung_s_ >= kComforted_s && !wanted_down_ && a == VisibleAction::Exploring &&
                                      b.cry < kSilent);
    set(Reading::StaysUpset, reunion && in_her_arms && b.cry >= kCrying);
    set(Reading::Freezes, with_her && a == VisibleAction::Freezing);
    set(Reading::Withdraws, with_her && a == VisibleAction::Withdrawing && dist > prev_dist);

    for (int r = 0; r < kReadingCount; ++r) {
        if (!now[r]) {
            since_s_[r] = -1.0;
            continue;
        }
        if (since_s_[r] < 0.0) since_s_[r] = f.t;
        if (f.t - since_s_[r] + 1e-9 >= RuleOf(static_cast<Reading>(r)).hold_s) {
            Say(f, static_cast<Reading>(r), texts);
            since_s_[r] = kSaidThisBout;  // once a bout: a long freeze is one reading, not one every cooldown
        }
    }
}

std::string ClassificationHeadline(const Classification& c) {
    if (!c.classifiable) return "Not classifiable";
    std::string h = std::string("Classification: ") + c.group;
    if (c.group == 'D') return h + (c.subgroup.empty() ? "" : " (best fit " + c.subgroup + ")");
    return h + (c.subgroup.empty() ? "" : " (" + c.subgroup + ")");
}

const std::string& ClassificationSentence(const Classification& c, const NarrationTexts& texts) {
    return c.classifiable ? texts.Group(c.group) : texts.unclassifiable;
}

}  // namespace sb::app
