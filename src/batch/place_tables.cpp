// The tables of "Samples from other places": what each place's population gave beside the published
// shares, and how much samples within a place vary against how much the places differ.
#include <map>
#include <optional>
#include <string>

#include "batch/fidelity_targets.h"
#include "batch/place_targets.h"
#include "batch/report_format.h"
#include "batch/sample_variation.h"
#include "batch/stats.h"

namespace sb {

namespace {

std::string Shares(double b, double a, double c) { return Num(b, 1) + " / " + Num(a, 1) + " / " + Num(c, 1); }

std::string MeanOf(const std::vector<DyadFacts>& dyads, double DyadFacts::*field, int decimals) {
    std::vector<double> v;
    for (const DyadFacts& f : dyads) v.push_back(f.*field);
    return Num(Mean(v), decimals);
}

std::string ShareOrUndefined(const std::optional<double>& v, int decimals) { return v ? Num(*v, decimals) : "undefined"; }

std::string ByPlace(const std::vector<PlaceSample>& places) {
    std::string t =
        "| Place (preset) | dyads | classified | B | A | C | D | B / A / C, D by best fit | published B / A / C | "
        "separation alone cut short | sensitivity | consistency | acceptance | everyday separations a week |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    for (const PlaceSample& p : places) {
        const std::vector<DyadFacts> classified = Classified(p.dyads);
        const int n = static_cast<int>(classified.size());
        auto four_way = [&](char g) { return Pct(Percent(static_cast<int>(InGroup(p.dyads, g).size()), n)); };
        const auto best = BestFitShares(p.dyads);
        const CutShort alone = AloneCutShort(p.dyads);
        t += "| " + std::string(p.place.name) + " (" + p.place.preset + ") | " + std::to_string(p.dyads.size()) + " | " +
             std::to_string(n) + " | " + four_way('B') + " | " + four_way('A') + " | " + four_way('C') + " | " + four_way('D') +
             " | " + Shares(best.at('B'), best.at('A'), best.at('C')) + " | " +
             Shares(p.place.published_b, p.place.published_a, p.place.published_c) + " | " + Pct(Percent(alone.k, alone.n)) + " | " +
             MeanOf(p.dyads, &DyadFacts::sensitivity, 2) + " | " + MeanOf(p.dyads, &DyadFacts::consistency, 3) + " | " +
             MeanOf(p.dyads, &DyadFacts::acceptance, 2) + " | " + MeanOf(p.dyads, &DyadFacts::separations_per_week, 1) + " |\n";
    }
    return t;
}

std::string WithinAgainstBetween(const std::vector<PlaceSample>& places) {
    std::string t =
        "| Group | within: mean SD of the samples' shares | between: SD of the places' shares | within / between | "
        "published shares, chance only: within / between |\n|---|---|---|---|---|\n";
    const std::map<char, ShareVariation> variation = PlaceVariation(places);
    for (char g : {'B', 'A', 'C'}) {
        std::vector<double> published_chance, published;
        for (const PlaceSample& p : places) {
            published.push_back(p.place.Published(g));
            published_chance.push_back(SamplingSd(p.place.Published(g), kPlaceSampleSize));
        }
        const ShareVariation& v = variation.at(g);
        const double chance_between = StdDev(published);
        t += "| " + std::string(1, g) + " | " + ShareOrUndefined(v.within, 1) + " | " + ShareOrUndefined(v.between, 1) + " | " +
             ShareOrUndefined(v.Ratio(), 2) + " | " + Num(Mean(published_chance), 1) + " / " + Num(chance_between, 1) + " = " +
             Num(chance_between > 0 ? Mean(published_chance) / chance_between : 0.0) + " |\n";
    }
    return t;
}

}  // namespace

std::string PlaceTables(const std::vector<PlaceSample>& places) {
    std::string t = ByPlace(places);
    t += "\nShares of the classified dyads; \"by best fit\" counts each D infant in its best-fitting group, as samples "
         "classified without D were (the targets above use these). The separation alone: the episode whose role is "
         "the infant alone, cut short by the curtailment rule. Caregiving: today's caregiver as drawn, over every dyad "
         "(runs.csv's columns). The published US shares are recalled in the reference notes, not confirmed.\n\n";
    t += "Within and between (percentage points): each place's dyads cut into consecutive samples of " +
         std::to_string(kPlaceSampleSize) + " (" +
         std::to_string(places.empty() ? 0 : places.front().dyads.size() / kPlaceSampleSize) +
         " samples a place); within is the mean over the places of the SD of their samples' shares, between the SD "
         "of the places' overall shares. The last column is what the ratio would be if each place had exactly its "
         "published shares and its samples differed by chance alone: sqrt(p (1 - p) / " +
         std::to_string(kPlaceSampleSize) + ") against the SD of the published shares.\n\n";
    t += WithinAgainstBetween(places);
    return t;
}

}  // namespace sb
