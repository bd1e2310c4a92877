// Classification rules (docs/coding.md): group from the reunion scales toward the caregiver —
// high avoidance -> A, angry resistance -> C, otherwise B — subgroup from the profile
// (Ainsworth et al. 1978; Duschinsky 2015, Table 1), D on top when the rating is 5 or more.
// Reasons cite the scale values and the moments that decided them.
#include "coding/classification.h"

#include <algorithm>
#include <cstdio>

#include "coding/scales.h"

namespace sb {

namespace {

struct Reunion {
    const EpisodeCoding* ep = nullptr;
    const InteractiveScales& m() const { return ep->to_caregiver; }
    int ps() const { return m().ps.value; }
    int cm() const { return m().cm.value; }
    int rs() const { return m().rs.value; }
    int av() const { return m().av.value; }
    int di() const { return m().di.value; }
    int seek() const { return std::max(ps(), cm()); }
};

// "PS = 7 in episode 5: approached all the way ..." — the score, where, and what set it.
std::string Cite(const char* scale, const ScaleScore& s, int episode) {
    std::string out = std::string(scale) + " = " + std::to_string(s.value) + " in episode " + std::to_string(episode);
    if (!s.why.empty()) out += ": " + s.why;
    return out;
}

// The strongest proximity-seeking or contact-maintaining score of the two reunions, cited.
std::string StrongestSeeking(const Reunion& first, const Reunion& second) {
    const Reunion* best = &first;
    const char* name = "PS";
    const ScaleScore* score = &first.m().ps;
    for (const Reunion* r : {&first, &second}) {
        if (r->ps() > score->value) { best = r; name = "PS"; score = &r->m().ps; }
        if (r->cm() > score->value) { best = r; name = "CM"; score = &r->m().cm; }
    }
    return Cite(name, *score, best->ep->number);
}

std::string Fixed1(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

int CryingIntervalsBeforeSeparation(const std::vector<EpisodeCoding>& eps, const ProtocolRoles& roles) {
    const std::vector<int> before = roles.BeforeFirstSeparation();
    int n = 0;
    for (const EpisodeCoding& e : eps)
        if (std::find(before.begin(), before.end(), e.number) != before.end())
            for (const IntervalCode& c : e.intervals) n += c.cried();
    return n;
}

// "episodes 2-3", "episode 2", "episodes 2, 3 and 4" — for reasons.
std::string EpisodeList(const std::vector<int>& numbers) {
    if (numbers.empty()) return "no episode";
    if (numbers.size() == 1) return "episode " + std::to_string(numbers[0]);
    bool consecutive = true;
    for (std::size_t i = 1; i < numbers.size(); ++i) consecutive &= numbers[i] == numbers[i - 1] + 1;
    if (consecutive) return "episodes " + std::to_string(numbers.front()) + "-" + std::to_string(numbers.back());
    std::string out = "episodes ";
    for (std::size_t i = 0; i < numbers.size(); ++i)
        out += (i == 0 ? "" : i + 1 == numbers.size() ? " and " : ", ") + std::to_string(numbers[i]);
    return out;
}

}  // namespace

Classification Classify(const std::vector<EpisodeCoding>& episodes, const ProtocolRoles& roles, const Disorganization& d) {
    Classification c;
    // The classification rests on the reunions (Ainsworth et al. 1978): the first and the last the
    // protocol has (the same one when it has only one).
    const std::vector<int> reunions = roles.Reunions();
    if (reunions.empty()) {
        c.reasons.push_back("cannot classify: the protocol has no reunion, and the classification rests on the reunions");
        return c;
    }
    Reunion first, second;
    for (const EpisodeCoding& e : episodes) {
        if (e.number == reunions.front() && e.to_caregiver.scored) first.ep = &e;
        if (e.number == reunions.back() && e.to_caregiver.scored) second.ep = &e;
    }
    if (!first.ep || !second.ep) {
        const int missing = first.ep ? reunions.back() : reunions.front();
        c.reasons.push_back(!first.ep && !second.ep && reunions.size() > 1
                                ? "cannot classify: the caregiver did not return in either reunion, and the "
                                  "classification rests on the reunions"
                                : "cannot classify: episode " + std::to_string(missing) +
                                      " (a reunion) is missing or the caregiver was not in it");
        return c;
    }
    c.classifiable = true;

    // Continuous dimensions (Fraley & Spieker 2003): avoidance versus proximity seeking, and
    // angry resistance versus emotional confidence.
    c.avoidance_dim = (first.av() + second.av()) / 2.0 - (first.ps() + second.ps() + first.cm() + second.cm()) / 4.0;
    c.resistance_dim = (first.rs() + second.rs()) / 2.0 - 1.0;

    const int max_av = std::max(first.av(), second.av());
    const int min_av = std::min(first.av(), second.av());
    const int max_rs = std::max(first.rs(), second.rs());
    const int max_cm = std::max(first.cm(), second.cm());
    const Reunion& top_av = first.av() >= second.av() ? first : second;
    const Reunion& top_rs = first.rs() >= second.rs() ? first : second;

    const bool avoidant = min_av >= 4 && max_av >= 5 && max_cm <= 4;
    const bool resistant = max_rs >= 5;
    char group;
    if (avoidant && resistant) {
        // Both strategies show; the stronger decides, and the reasons say so.
        group = (first.av() + second.av()) >= (first.rs() + second.rs()) ? 'A' : 'C';
        c.reasons.push_back("both avoidance (max AV " + std::to_string(max_av) + ") and resistance (max RS " +
                            std::to_string(max_rs) + ") are marked; the stronger, " + (group == 'A' ? "avoidance" : "resistance") +
                            ", decides");
    } else {
        group = avoidant ? 'A' : resistant ? 'C' : 'B';
    }

    std::string sub;
    if (group == 'A') {
        c.reasons.push_back("avoidance dominates both reunions — " + Cite("AV", first.m().av, first.ep->number) + "; " + Cite("AV", second.m().av, second.ep->number));
        if (std::max(first.ps(), second.ps()) <= 2) {
            sub = "A1";
            c.reasons.push_back("A1: little or no proximity seeking in either reunion (PS " + std::to_string(first.ps()) + " and " +
                                std::to_string(second.ps()) + ") with strong avoidance");
        } else {
            sub = "A2";
            c.reasons.push_back("A2: some proximity seeking mixed with marked avoidance — " +
                                Cite("PS", (first.ps() >= second.ps() ? first : second).m().ps, (first.ps() >= second.ps() ? first : second).ep->number));
        }
    } else if (group == 'C') {
        c.reasons.push_back("angry resistance in the reunions — " + Cite("RS", top_rs.m().rs, top_rs.ep->number));
        const int max_seek = std::max(first.seek(), second.seek());
        if (max_seek >= 5) {
            sub = "C1";
            c.reasons.push_back("C1: strong contact seeking (max PS/CM " + std::to_string(max_seek) + ") mixed with resistance");
        } else {
            sub = "C2";
            c.reasons.push_back("C2: passive — little active contact seeking (max PS/CM " + std::to_string(max_seek) +
                                ") though distressed");
        }
    } else {
        c.reasons.push_back("no marked avoidance (max AV " + std::to_string(max_av) + ") or resistance (max RS " +
                            std::to_string(max_rs) + ") in the reunions");
        const int max_di = std::max(first.di(), second.di());
        const int pre_cry = CryingIntervalsBeforeSeparation(episodes, roles);
        if (first.seek() <= 3 && second.seek() <= 3) {
            sub = max_di >= 3 ? "B1" : "B2";
            c.reasons.push_back(sub + ": weak proximity and contact seeking (PS/CM " + std::to_string(first.seek()) + " and " +
                                std::to_string(second.seek()) + ")" +
                                (max_di >= 3 ? ", greeting her across the room instead — " + Cite("DI", (first.di() >= second.di() ? first : second).m().di, (first.di() >= second.di() ? first : second).ep->number)
                                             : ", without much distance interaction"));
        } else if (first.av() >= 3 && second.seek() >= 5) {
            sub = "B2";
            c.reasons.push_back("B2: some avoidance in the first reunion — " + Cite("AV", first.m().av, first.ep->number) +
                                " — but active seeking by the second — " +
                                Cite(second.ps() >= second.cm() ? "PS" : "CM", second.ps() >= second.cm() ? second.m().ps : second.m().cm, second.ep->number));
        } else if (first.seek() >= 5 && second.seek() >= 5 && max_rs >= 3 && pre_cry >= 2) {
            sub = "B4";
            c.reasons.push_back("B4: wants contact throughout, with some resistance (max RS " + std::to_string(max_rs) +
                                ") and distress before any separation (" + std::to_string(pre_cry) +
                                " crying intervals in " + EpisodeList(roles.BeforeFirstSeparation()) + ")");
        } else {
            sub = "B3";
            c.reasons.push_back("B3: active proximity and contact seeking with little avoidance or resistance — " +
                                StrongestSeeking(first, second));
        }
        (void)top_av;
    }

    c.best_fit = group;
    c.subgroup = sub;
    c.group = group;
    if (d.Disorganized()) {
        c.group = 'D';
        c.reasons.insert(c.reasons.begin(), "D: disorganization rating " + std::to_string(d.rating) + " (" +
                                                std::to_string(kDisorganizedRating) + " or more) — " + d.why +
                                                ". Best-fitting organised pattern: " + sub);
    } else if (d.rating >= 3) {
        c.reasons.push_back("some disorganized behaviour, below the D threshold (rating " + std::to_string(d.rating) + "): " + d.why);
    }
    c.reasons.push_back("dimensions: avoidance " + Fixed1(c.avoidance_dim) + " (-6 seeking .. +6 avoiding), resistance " +
                        Fixed1(c.resistance_dim) + " (0 .. 6)");
    return c;
}

}  // namespace sb
