// The infant is replaceable: SimulationDef chooses the model, and the director, the adults and the
// observer work with any Infant. A scripted infant that screams whenever its caregiver is gone
// has its separations curtailed and its crying coded, with nothing else changed.
#include <catch2/catch.hpp>

#include "coding/coder.h"
#include "record/run_outputs.h"
#include "sim/simulation.h"

using namespace sb;

namespace {

// Plays by the toys while she is in the room; sits and screams when she is not.
class ScriptedInfant final : public Infant {
public:
    InfantIntent Step(const InfantSituation& s, Rng&, double) override {
        InfantIntent i;
        const bool she_is_here = s.caregiver && s.caregiver->present;
        i.action = she_is_here ? VisibleAction::Exploring : VisibleAction::Crying;
        i.affect = she_is_here ? Affect::Positive : Affect::Distressed;
        i.gaze = she_is_here ? GazeTarget::Toy : GazeTarget::Door;
        i.cry = she_is_here ? 0.0 : 0.9;
        shown_ = i.cry;
        return i;
    }
    InfantInner Inner() const override {
        InfantInner in;
        in.expressed = shown_;
        return in;
    }

private:
    double shown_ = 0.0;
};

std::unique_ptr<Infant> MakeScripted(const InfantDef&, const WorkingModel&, const InfantModelDef&) {
    return std::make_unique<ScriptedInfant>();
}

}  // namespace

TEST_CASE("a scripted infant runs the whole procedure through the same director and observer", "[sim][seam]") {
    Scenario sc = DefaultScenario();
    sc.sim.infant_model = {"scripted: screams when she is gone", MakeScripted};
    const RunResult run = RunAndMeasure(sc.sim, 1, true);
    // Every separation ends early after a minute of hard crying (the curtailment rule)...
    for (const EpisodeCoding& e : run.coding.episodes) {
        const EpisodeRoles* role = run.coding.roles.Find(e.number);
        REQUIRE(role);
        if (role->separation) {
            REQUIRE(e.curtailed);
            REQUIRE(e.CryingIntervals() >= 4);
        }
    }
    // ...and the record says which infant model ran.
    REQUIRE(ManifestJson(sc, run).find("scripted: screams when she is gone") != std::string::npos);
    REQUIRE(run.coding.classification.classifiable);
}

TEST_CASE("the default infant model is the attachment infant of docs/model.md", "[sim][seam]") {
    const SimulationDef def;
    REQUIRE(def.infant_model.make == &MakeAttachmentInfant);
    REQUIRE(std::string(def.infant_model.name).find("attachment") != std::string::npos);
}
