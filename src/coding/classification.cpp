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
std::string StrongestSeeking(const Reunion& r5, const Reunion& r8) {
    const Reunion* best = &r5;
    const char* name = "PS";
    const ScaleScore* score = &r5.m().ps;
    for (const Reunion* r : {&r5, &r8}) {
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

int CryingIntervalsBeforeSeparation(const std::vector<EpisodeCoding>& eps) {
    int n = 0;
    for (const EpisodeCoding& e : eps)
        if (e.number == 2 || e.number == 3)
            for (const IntervalCode& c : e.intervals) n += c.cried();
    return n;
}

}  // namespace

Classification Classify(const std::vector<EpisodeCoding>& episodes, const Disorganization& d) {
    Classification c;
    Reunion r5, r8;
    for (const EpisodeCoding& e : episodes) {
        if (e.number == 5 && e.to_caregiver.scored) r5.ep = &e;
        if (e.number == 8 && e.to_caregiver.scored) r8.ep = &e;
    }
    if (!r5.ep || !r8.ep) {
        c.reasons.push_back(!r5.ep && !r8.ep ? "cannot classify: the caregiver did not return in either reunion, and "
                                               "the classification rests on the reunions"
                                             : std::string("cannot classify: episode ") + (r5.ep ? "8" : "5") +
                                                   " (a reunion) is missing or the caregiver was not in it");
        return c;
    }
    c.classifiable = true;

    // Continuous dimensions (Fraley & Spieker 2003): avoidance versus proximity seeking, and
    // angry resistance versus emotional confidence.
    c.avoidance_dim = (r5.av() + r8.av()) / 2.0 - (r5.ps() + r8.ps() + r5.cm() + r8.cm()) / 4.0;
    c.resistance_dim = (r5.rs() + r8.rs()) / 2.0 - 1.0;

    const int max_av = std::max(r5.av(), r8.av());
    const int min_av = std::min(r5.av(), r8.av());
    const int max_rs = std::max(r5.rs(), r8.rs());
    const int max_cm = std::max(r5.cm(), r8.cm());
    const Reunion& top_av = r5.av() >= r8.av() ? r5 : r8;
    const Reunion& top_rs = r5.rs() >= r8.rs() ? r5 : r8;

    const bool avoidant = min_av >= 4 && max_av >= 5 && max_cm <= 4;
    const bool resistant = max_rs >= 5;
    char group;
    if (avoidant && resistant) {
        // Both strategies show; the stronger decides, and the reasons say so.
        group = (r5.av() + r8.av()) >= (r5.rs() + r8.rs()) ? 'A' : 'C';
        c.reasons.push_back("both avoidance (max AV " + std::to_string(max_av) + ") and resistance (max RS " +
                            std::to_string(max_rs) + ") are marked; the stronger, " + (group == 'A' ? "avoidance" : "resistance") +
                            ", decides");
    } else {
        group = avoidant ? 'A' : resistant ? 'C' : 'B';
    }

    std::string sub;
    if (group == 'A') {
        c.reasons.push_back("avoidance dominates both reunions — " + Cite("AV", r5.m().av, 5) + "; " + Cite("AV", r8.m().av, 8));
        if (std::max(r5.ps(), r8.ps()) <= 2) {
            sub = "A1";
            c.reasons.push_back("A1: little or no proximity seeking in either reunion (PS " + std::to_string(r5.ps()) + " and " +
                                std::to_string(r8.ps()) + ") with strong avoidance");
        } else {
            sub = "A2";
            c.reasons.push_back("A2: some proximity seeking mixed with marked avoidance — " +
                                Cite("PS", (r5.ps() >= r8.ps() ? r5 : r8).m().ps, (r5.ps() >= r8.ps() ? 5 : 8)));
        }
    } else if (group == 'C') {
        c.reasons.push_back("angry resistance in the reunions — " + Cite("RS", top_rs.m().rs, top_rs.ep->number));
        const int max_seek = std::max(r5.seek(), r8.seek());
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
        const int max_di = std::max(r5.di(), r8.di());
        const int pre_cry = CryingIntervalsBeforeSeparation(episodes);
        if (r5.seek() <= 3 && r8.seek() <= 3) {
            sub = max_di >= 3 ? "B1" : "B2";
            c.reasons.push_back(sub + ": weak proximity and contact seeking (PS/CM " + std::to_string(r5.seek()) + " and " +
                                std::to_string(r8.seek()) + ")" +
                                (max_di >= 3 ? ", greeting her across the room instead — " + Cite("DI", (r5.di() >= r8.di() ? r5 : r8).m().di, r5.di() >= r8.di() ? 5 : 8)
                                             : ", without much distance interaction"));
        } else if (r5.av() >= 3 && r8.seek() >= 5) {
            sub = "B2";
            c.reasons.push_back("B2: some avoidance in the first reunion — " + Cite("AV", r5.m().av, 5) +
                                " — but active seeking by the second — " +
                                Cite(r8.ps() >= r8.cm() ? "PS" : "CM", r8.ps() >= r8.cm() ? r8.m().ps : r8.m().cm, 8));
        } else if (r5.seek() >= 5 && r8.seek() >= 5 && max_rs >= 3 && pre_cry >= 2) {
            sub = "B4";
            c.reasons.push_back("B4: wants contact throughout, with some resistance (max RS " + std::to_string(max_rs) +
                                ") and distress before any separation (" + std::to_string(pre_cry) +
                                " crying intervals in episodes 2-3)");
        } else {
            sub = "B3";
            c.reasons.push_back("B3: active proximity and contact seeking with little avoidance or resistance — " +
                                StrongestSeeking(r5, r8));
        }
        (void)top_av;
    }

    c.best_fit = group;
    c.subgroup = sub;
    c.group = group;
    if (d.rating >= 5) {
        c.group = 'D';
        c.reasons.insert(c.reasons.begin(), "D: disorganization rating " + std::to_string(d.rating) + " (5 or more) — " + d.why +
                                                ". Best-fitting organised pattern: " + sub);
    } else if (d.rating >= 3) {
        c.reasons.push_back("some disorganized behaviour, below the D threshold (rating " + std::to_string(d.rating) + "): " + d.why);
    }
    c.reasons.push_back("dimensions: avoidance " + Fixed1(c.avoidance_dim) + " (-6 seeking .. +6 avoiding), resistance " +
                        Fixed1(c.resistance_dim) + " (0 .. 6)");
    return c;
}

}  // namespace sb
