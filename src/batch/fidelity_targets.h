// The fidelity targets of docs/validation.md ("Fidelity: individual differences, reunions,
// specificity, observer, disorganization"): each measured on the facts of a population's dyads and
// reported with its criterion, the number measured, pass or fail, and where the target comes from.
// Every share and correlation is over the dyads the observer could classify.
#pragma once

#include <vector>

#include "batch/dyad_facts.h"
#include "batch/validation_check.h"

namespace sb {

// Secure infants differ in distress and search with the stranger; subgroup shares.
std::vector<ValidationCheck> IndividualDifferenceTargets(const std::vector<DyadFacts>& pop);
// How often separations are cut short.
std::vector<ValidationCheck> CurtailmentTargets(const std::vector<DyadFacts>& pop);
// The two reunions agree moderately, and the second brings more seeking and holding on.
std::vector<ValidationCheck> ReunionTargets(const std::vector<DyadFacts>& pop);
// Attachment behaviour goes to the caregiver, not the stranger; little of it before any separation.
std::vector<ValidationCheck> SpecificityTargets(const std::vector<DyadFacts>& pop);
// The observer's false alarms, D rates and their links to caregiving, low risk against high risk.
std::vector<ValidationCheck> DisorganizationTargets(const std::vector<DyadFacts>& lowrisk, const std::vector<DyadFacts>& highrisk);
// Sensitivity against the continuous dimensions, and acceptance by group.
std::vector<ValidationCheck> CaregivingTargets(const std::vector<DyadFacts>& pop);

// All of the above, in the report's order.
std::vector<ValidationCheck> FidelityTargets(const std::vector<DyadFacts>& lowrisk, const std::vector<DyadFacts>& highrisk);

// The selections the targets share: classified dyads, and those of one group (D is a group of
// its own here; a D infant's best fit does not count it in A, B or C).
std::vector<DyadFacts> Classified(const std::vector<DyadFacts>& pop);
std::vector<DyadFacts> InGroup(const std::vector<DyadFacts>& pop, char group);

}  // namespace sb
