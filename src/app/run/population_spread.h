// Population spread: which population the window's population view runs for the caregiver on
// screen — "caregivers like this one" (her first-year parameters with the spread of a low-risk
// sample around them, infants' temperaments drawn around the infant on screen), "this caregiver
// exactly" (only the infants and the seeds differ), or the scenario's own [population]. A view of
// what a first year like this produces across many dyads, built from the same population code the
// command line's batch uses.
#pragma once

#include <cstdint>
#include <string>

#include "batch/population.h"
#include "scenario/scenario.h"

namespace sb::app {

enum class PopulationSpread {
    LikeThisCaregiver,  // her parameters are the means; the low-risk sample's spread around them
    ThisCaregiver,      // her parameters for every dyad; temperaments and seeds differ
    ScenarioPopulation, // the scenario's [population] as it stands (the sliders do not act)
};

// The spreads, from scenarios/population-lowrisk.toml (a test checks they are the same): standard
// deviations of the caregiver's first-year ratings across low-risk mothers and of infants'
// temperaments. Frightening is drawn in that file as a share of caregivers; here it is what the
// panel set, for every caregiver, so the slider means what it says.
struct PopulationSpreadDef {
    double sensitivity_sd = 1.6;   // scale points (1-9)
    double consistency_sd = 0.15;  // 0..1
    double acceptance_sd = 1.6;    // scale points (1-9)
    double temperament_sd = 0.15;  // 0..1, each of reactivity, soothability, sociability, curiosity, activity
};

// What a population run is of. Two runs with equal settings give equal results.
struct PopulationSettings {
    PopulationSpread spread = PopulationSpread::LikeThisCaregiver;
    CaregiverDef first_year;     // the caregiver from birth, as the panel set her
    int n = 500;                 // dyads
    std::uint64_t seed = 1;      // batch seed: the same for every run, so runs differ by their settings only
    bool operator==(const PopulationSettings& o) const;
    bool operator!=(const PopulationSettings& o) const { return !(*this == o); }
};

// What RunBatch is given: the scenario as the window holds it (panel edits included) with the
// settings' first-year caregiver from birth, and the population to draw from it. In the first two
// spreads today's caregiver follows the first year in every dyad (the ordinary case), so the
// population shows what the first year alone predicts; the scenario's own population is run exactly
// as the command line's batch runs it.
struct PopulationJob {
    Scenario base;
    PopulationDef population;
};
PopulationJob MakePopulationJob(const Scenario& on_screen, const PopulationSettings& settings,
                                const PopulationSpreadDef& def = {});

// "Caregivers like this one", "This caregiver exactly", "The scenario's population".
const char* SpreadName(PopulationSpread spread);
// One line on what is drawn, for the panel.
std::string SpreadExplanation(PopulationSpread spread, const PopulationSpreadDef& def = {});

}  // namespace sb::app
