// Population spread implementation: distributions built through the registry, so a parameter
// drawn here is drawn exactly as a [population] in a scenario file would draw it.
#include "app/run/population_spread.h"

#include <cstdio>
#include <string_view>

#include "params/param_registry.h"

namespace sb::app {

namespace {

constexpr std::string_view kTemperament[] = {"infant.reactivity", "infant.soothability", "infant.sociability",
                                             "infant.curiosity", "infant.activity"};

void Normal(PopulationDef& pop, const Scenario& sc, const char* name, double sd) {
    ParameterDistribution d;
    d.kind = ParameterDistribution::Kind::Normal;
    d.a = FindParam(name)->get(sc.sim);  // the mean is the value on screen
    d.b = sd;
    pop.Set(name, d);
}

void Fixed(PopulationDef& pop, const Scenario& sc, const char* name) {
    ParameterDistribution d;
    d.kind = ParameterDistribution::Kind::Fixed;
    d.a = FindParam(name)->get(sc.sim);
    pop.Set(name, d);
}

bool Same(const CaregiverDef& a, const CaregiverDef& b) {
    return a.sensitivity == b.sensitivity && a.consistency == b.consistency && a.acceptance == b.acceptance &&
           a.frightening == b.frightening && a.walk_speed_mps == b.walk_speed_mps;
}

}  // namespace

bool PopulationSettings::operator==(const PopulationSettings& o) const {
    return spread == o.spread && Same(first_year, o.first_year) && n == o.n && seed == o.seed;
}

PopulationJob MakePopulationJob(const Scenario& on_screen, const PopulationSettings& settings,
                                const PopulationSpreadDef& def) {
    PopulationJob job{on_screen, {}};
    Scenario& sc = job.base;
    sc.sim.history.caregiver = settings.first_year;
    if (settings.spread == PopulationSpread::ScenarioPopulation) {
        job.population = sc.population;
        return job;
    }
    PopulationDef& pop = job.population;
    pop.enabled = true;
    pop.today_given = false;  // draws (even fixed ones) settle today's caregiver on the first year
    if (settings.spread == PopulationSpread::LikeThisCaregiver) {
        Normal(pop, sc, "caregiver.sensitivity", def.sensitivity_sd);
        Normal(pop, sc, "caregiver.consistency", def.consistency_sd);
        Normal(pop, sc, "caregiver.acceptance", def.acceptance_sd);
    }
    Fixed(pop, sc, "caregiver.frightening");
    for (std::string_view name : kTemperament) Normal(pop, sc, std::string(name).c_str(), def.temperament_sd);
    return job;
}

const char* SpreadName(PopulationSpread spread) {
    switch (spread) {
        case PopulationSpread::LikeThisCaregiver: return "Caregivers like this one";
        case PopulationSpread::ThisCaregiver: return "This caregiver exactly";
        case PopulationSpread::ScenarioPopulation: return "The scenario's population";
    }
    return "";
}

std::string SpreadExplanation(PopulationSpread spread, const PopulationSpreadDef& def) {
    char text[320];
    switch (spread) {
        case PopulationSpread::LikeThisCaregiver:
            std::snprintf(text, sizeof text,
                          "Each dyad's caregiver is drawn around the first-year sliders with a low-risk sample's "
                          "spread (sd %.1f sensitivity, %.2f consistency, %.1f acceptance); frightening as set; "
                          "infants' temperaments and seeds differ.",
                          def.sensitivity_sd, def.consistency_sd, def.acceptance_sd);
            return text;
        case PopulationSpread::ThisCaregiver:
            return "Every dyad has the first-year sliders' caregiver; only the infants' temperaments and seeds differ.";
        case PopulationSpread::ScenarioPopulation:
            return "The distributions of the scenario's [population]; the first-year sliders do not act here.";
    }
    return "";
}

}  // namespace sb::app
