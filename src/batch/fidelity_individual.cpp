// Individual differences among secure infants, subgroup shares, and curtailment.
#include <set>
#include <string>

#include "batch/fidelity_targets.h"
#include "batch/report_format.h"
#include "batch/stats.h"

namespace sb {

namespace {

const char* kSecureDiffer =
    "B1 and B2 show little separation distress, B3 is the prototype, B4 is distressed throughout; proneness to "
    "distress shapes how security is shown more than whether (Belsky & Rovine 1987)";
const char* kSubgroups =
    "Subgroup profiles: Ainsworth et al. 1978; Duschinsky 2015, Table 1. The reference notes give no subgroup "
    "rates: the ranges are the project's";

int CountSubgroups(const std::vector<DyadFacts>& group, const std::set<std::string>& names) {
    int k = 0;
    for (const DyadFacts& f : group) k += names.count(f.subgroup) > 0;
    return k;
}

std::string OfN(int k, int n) { return " (" + std::to_string(k) + " of " + std::to_string(n) + ")"; }

}  // namespace

std::vector<ValidationCheck> IndividualDifferenceTargets(const std::vector<DyadFacts>& pop) {
    std::vector<ValidationCheck> out;
    const std::vector<DyadFacts> b = InGroup(pop, 'B');

    // Crying is what the observer codes: 15-s intervals with at least a second of crying.
    int seen = 0, calm = 0;
    std::vector<double> search;
    for (const DyadFacts& f : b) {
        if (f.stranger_separation_crying_intervals) {
            ++seen;
            calm += *f.stranger_separation_crying_intervals == 0;
        }
        if (f.stranger_separation_search) search.push_back(*f.stranger_separation_search);
    }
    const double calm_share = Percent(calm, seen);
    out.push_back({"B infants who do not cry in the first separation with the stranger", "20-40% of B (no 15-s interval coded as crying)",
                   Pct(calm_share) + OfN(calm, seen), seen > 0 && Within(calm_share, 20, 40), kSecureDiffer});
    const double sd = StdDev(search);
    out.push_back({"B infants differ in how much they search in that separation", "SD of the search score (1-7) >= 1.0",
                   "SD " + Num(sd) + ", mean " + Num(Mean(search)) + " (" + std::to_string(search.size()) + " B infants)",
                   search.size() >= 2 && sd >= 1.0, kSecureDiffer});

    const int b12 = CountSubgroups(b, {"B1", "B2"}), b4 = CountSubgroups(b, {"B4"});
    const double b12_share = Percent(b12, static_cast<int>(b.size())), b4_share = Percent(b4, static_cast<int>(b.size()));
    out.push_back({"B1 + B2 within B", "15-35%", Pct(b12_share) + OfN(b12, static_cast<int>(b.size())),
                   !b.empty() && Within(b12_share, 15, 35), kSubgroups});
    out.push_back({"B4 within B", "5-15%", Pct(b4_share) + OfN(b4, static_cast<int>(b.size())), !b.empty() && Within(b4_share, 5, 15),
                   kSubgroups});
    const std::vector<DyadFacts> c = InGroup(pop, 'C');
    const int c2 = CountSubgroups(c, {"C2"});
    const double c2_share = Percent(c2, static_cast<int>(c.size()));
    out.push_back({"C2 (passive) within C", ">= 20%", Pct(c2_share) + OfN(c2, static_cast<int>(c.size())), !c.empty() && c2_share >= 20,
                   kSubgroups});

    // Every organised subgroup among infants classified A, B or C (not counting D infants' best fits).
    std::string missing;
    for (const char* name : {"A1", "A2", "B1", "B2", "B3", "B4", "C1", "C2"}) {
        bool found = false;
        for (const DyadFacts& f : pop) found |= f.classified && f.group != 'D' && f.subgroup == name;
        if (!found) missing += std::string(missing.empty() ? "" : ", ") + name;
    }
    out.push_back({"Every subgroup occurs", "A1, A2, B1-B4, C1, C2 each at least once (A, B and C infants)",
                   missing.empty() ? "all occur" : "missing: " + missing, missing.empty(), kSubgroups});
    return out;
}

std::vector<ValidationCheck> CurtailmentTargets(const std::vector<DyadFacts>& pop) {
    const char* source =
        "Waters 2002: a separation is cut short after about a minute of hard crying the infant will not stop on its "
        "own; the limits are the project's";
    const std::vector<DyadFacts> all = Classified(pop), b = InGroup(pop, 'B');
    auto curtailed = [](const std::vector<DyadFacts>& g) {
        int k = 0;
        for (const DyadFacts& f : g) k += f.any_curtailed;
        return k;
    };
    const int n_all = static_cast<int>(all.size()), n_b = static_cast<int>(b.size());
    const int k_all = curtailed(all), k_b = curtailed(b);
    return {{"Dyads with at least one curtailed separation", "<= 25%", Pct(Percent(k_all, n_all)) + OfN(k_all, n_all),
             n_all > 0 && Percent(k_all, n_all) <= 25, source},
            {"B dyads with at least one curtailed separation", "<= 20% of B", Pct(Percent(k_b, n_b)) + OfN(k_b, n_b),
             n_b > 0 && Percent(k_b, n_b) <= 20, source}};
}

}  // namespace sb
