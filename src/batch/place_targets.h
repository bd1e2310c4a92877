// The targets of "Samples from other places" in docs/validation.md: the population presets that
// draw the caregiving ecologies of Germany, Japan and Great Britain, measured against the shares
// van IJzendoorn & Kroonenberg (1988) report for those countries, the Japanese samples' curtailed
// separations alone (Takahashi 1990), and their finding that samples within a country vary about as
// much as countries differ. Shares are of the dyads the observer could classify, a D infant
// counted in its best-fitting group: the cross-cultural samples were classified without D.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "batch/dyad_facts.h"
#include "batch/sample_variation.h"
#include "batch/validation_check.h"

namespace sb {

// Dyads in each of the samples a place's population is cut into for the within-place variation:
// close to the mean sample of the meta-analysis (about 2,000 procedures in 32 studies).
constexpr int kPlaceSampleSize = 50;

// A place, the preset that draws its care, and the shares van IJzendoorn & Kroonenberg (1988) give
// for it (in a secondary summary; the US shares only recalled in the reference notes).
struct Place {
    const char* name;
    const char* preset;
    double published_b, published_a, published_c;
    double Published(char group) const { return group == 'B' ? published_b : group == 'A' ? published_a : published_c; }
};
inline constexpr Place kUnitedStates{"USA", "population-lowrisk", 65, 21, 14};
inline constexpr Place kGermany{"Germany", "population-germany", 57, 35, 8};
inline constexpr Place kJapan{"Japan", "population-japan", 68, 5, 27};
inline constexpr Place kBritain{"Great Britain", "population-gb", 75, 22, 3};

// One place's population: its dyads, in batch order.
struct PlaceSample {
    Place place;
    std::vector<DyadFacts> dyads;
};

// Classified dyads whose separation alone was cut short (k), of those whose protocol has one (n).
struct CutShort {
    int k = 0, n = 0;
};
CutShort AloneCutShort(const std::vector<DyadFacts>& dyads);

// For B, A and C: the variation of the best-fit share among samples of kPlaceSampleSize within each
// place, against the variation of the places' overall shares.
std::map<char, ShareVariation> PlaceVariation(const std::vector<PlaceSample>& places);

// Germany: more A than the US reference.
std::vector<ValidationCheck> GermanyTargets(const PlaceSample& germany);
// Japan: more C, almost no A, the separation alone mostly cut short — with caregiving as sensitive
// and as consistent as the US reference's.
std::vector<ValidationCheck> JapanTargets(const PlaceSample& japan, const PlaceSample& us);
// Great Britain: little C.
std::vector<ValidationCheck> BritainTargets(const PlaceSample& gb);
// Samples of kPlaceSampleSize within each place against the places' overall shares.
ValidationCheck WithinBetweenTarget(const std::vector<PlaceSample>& places);

// Markdown: shares, the separation alone and care by place; within against between by group.
std::string PlaceTables(const std::vector<PlaceSample>& places);

// The section's rows and its Markdown tables (shares and care by place; within against between).
struct PlacesSection {
    std::vector<ValidationCheck> checks;
    std::string tables;
};

// The places in the report's order: the US reference (the low-risk population), Germany, Japan,
// Great Britain.
PlacesSection PlaceTargets(const PlaceSample& us, const PlaceSample& germany, const PlaceSample& japan, const PlaceSample& gb);

}  // namespace sb
