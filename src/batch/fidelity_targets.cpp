// The fidelity targets in report order, and the selections they share.
#include "batch/fidelity_targets.h"

namespace sb {

std::vector<DyadFacts> Classified(const std::vector<DyadFacts>& pop) {
    std::vector<DyadFacts> out;
    for (const DyadFacts& f : pop)
        if (f.classified) out.push_back(f);
    return out;
}

std::vector<DyadFacts> InGroup(const std::vector<DyadFacts>& pop, char group) {
    std::vector<DyadFacts> out;
    for (const DyadFacts& f : pop)
        if (f.classified && f.group == group) out.push_back(f);
    return out;
}

std::vector<ValidationCheck> FidelityTargets(const std::vector<DyadFacts>& lowrisk, const std::vector<DyadFacts>& highrisk) {
    std::vector<ValidationCheck> out;
    for (const auto& part : {IndividualDifferenceTargets(lowrisk), CurtailmentTargets(lowrisk), ReunionTargets(lowrisk),
                             SpecificityTargets(lowrisk), DisorganizationTargets(lowrisk, highrisk), CaregivingTargets(lowrisk)})
        out.insert(out.end(), part.begin(), part.end());
    return out;
}

}  // namespace sb
