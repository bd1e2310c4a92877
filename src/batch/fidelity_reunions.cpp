// The two reunions against each other, and specificity: attachment behaviour is for the caregiver,
// not the stranger, and there is little of it before anyone has left.
#include <cmath>
#include <string>

#include "batch/fidelity_targets.h"
#include "batch/report_format.h"
#include "batch/stats.h"

namespace sb {

namespace {

struct Scale {
    const char* name;
    int ScaleValues::*value;
};
const Scale kReunionScales[] = {{"PS", &ScaleValues::ps}, {"CM", &ScaleValues::cm}, {"RS", &ScaleValues::rs}, {"AV", &ScaleValues::av}};

// Values of one scale in the first and in the second reunion, for the dyads scored in both.
void Paired(const std::vector<DyadFacts>& group, int ScaleValues::*value, std::vector<double>& first, std::vector<double>& second) {
    for (const DyadFacts& f : group) {
        if (!f.first_reunion || !f.second_reunion) continue;
        first.push_back((*f.first_reunion).*value);
        second.push_back((*f.second_reunion).*value);
    }
}

}  // namespace

std::vector<ValidationCheck> ReunionTargets(const std::vector<DyadFacts>& pop) {
    const char* agree_source =
        "Behaviour in the second reunion depends on the first (Kroonenberg et al. 1997), but single scales agree only "
        "moderately between the two (not confirmed in a source; the range is the project's)";
    std::vector<ValidationCheck> out;
    const std::vector<DyadFacts> all = Classified(pop);
    for (const Scale& s : kReunionScales) {
        std::vector<double> first, second;
        Paired(all, s.value, first, second);
        const std::optional<double> r = Correlation(first, second);
        out.push_back({std::string(s.name) + " agrees moderately across the two reunions", "0.30 <= r(first, second reunion) <= 0.70",
                       RText(r) + " (" + std::to_string(first.size()) + " dyads)", Within(r, 0.30, 0.70), agree_source});
    }
    {
        std::vector<double> ps, av;
        for (const DyadFacts& f : all) {
            if (!f.second_reunion) continue;
            ps.push_back(f.second_reunion->ps);
            av.push_back(f.second_reunion->av);
        }
        const std::optional<double> r = Correlation(ps, av);
        out.push_back({"Proximity seeking and avoidance in the second reunion are related, not one measure",
                       "0.30 <= abs(r(PS, AV)) <= 0.70", RText(r), r && Within(std::abs(*r), 0.30, 0.70),
                       "Avoidance versus proximity seeking is one of two continuous dimensions (Fraley & Spieker 2003); "
                       "the range is the project's"});
    }
    const std::vector<DyadFacts> b = InGroup(pop, 'B');
    for (const Scale& s : {kReunionScales[0], kReunionScales[1]}) {
        std::vector<double> first, second;
        Paired(b, s.value, first, second);
        const double rise = Mean(second) - Mean(first);
        out.push_back({std::string(s.name) + " rises from the first to the second reunion (B infants)", "mean rise >= 0.5",
                       Num(Mean(first)) + " -> " + Num(Mean(second)) + ", rise " + Num(rise), !first.empty() && rise >= 0.5,
                       "PS and CM rise in the reunions, peaking in the second (Ainsworth & Bell 1970); the size of the rise is "
                       "the project's"});
    }
    return out;
}

std::vector<ValidationCheck> SpecificityTargets(const std::vector<DyadFacts>& pop) {
    std::vector<ValidationCheck> out;
    {
        int n = 0, more_to_caregiver = 0;
        for (const DyadFacts& f : InGroup(pop, 'B')) {
            if (!f.cm_to_stranger || !f.first_reunion) continue;
            ++n;
            more_to_caregiver += *f.cm_to_stranger < f.first_reunion->cm;
        }
        const double share = Percent(more_to_caregiver, n);
        out.push_back({"B infants keep less contact with the stranger (first separation with her) than with the caregiver "
                       "(first reunion)",
                       "CM to stranger < CM to caregiver in >= 80% of B",
                       Pct(share) + " (" + std::to_string(more_to_caregiver) + " of " + std::to_string(n) + ")",
                       n > 0 && share >= 80,
                       "The stranger can comfort a little, but secure infants seek and keep contact with the attachment "
                       "figure (not confirmed in a source; the share is the project's)"});
    }
    std::vector<double> av, ps;
    int di7 = 0;
    for (const DyadFacts& f : Classified(pop)) {
        if (!f.baseline) continue;
        av.push_back(f.baseline->av);
        ps.push_back(f.baseline->ps);
        di7 += f.baseline->di == 7;
    }
    const int n = static_cast<int>(av.size());
    const char* source = "Ainsworth et al. 1978, ch. 5: weak attachment behaviour, if any, with the caregiver present before the "
                         "separations; avoidance is scored mostly at reunion. The limits are the project's";
    out.push_back({"Little avoidance with the caregiver before any separation", "mean AV <= 1.5", "mean AV " + Num(Mean(av)) +
                   " (" + std::to_string(n) + " dyads)", n > 0 && Mean(av) <= 1.5, source});
    out.push_back({"Distance interaction before any separation is seldom at its maximum", "DI = 7 in <= 20%",
                   Pct(Percent(di7, n)) + " (" + std::to_string(di7) + " of " + std::to_string(n) + ")", n > 0 && Percent(di7, n) <= 20,
                   source});
    out.push_back({"Little proximity seeking before any separation", "mean PS <= 2.5", "mean PS " + Num(Mean(ps)), n > 0 && Mean(ps) <= 2.5,
                   source});
    return out;
}

}  // namespace sb
