// Describe: the sentences and labels the caption and the panel show. A lecturer reads them aloud,
// so they are checked word for word.
#include <catch2/catch.hpp>

#include "app/run/describe.h"

using namespace sb;
using namespace sb::app;

namespace {
WorkingModel Model(double availability, double predictability, double rejection, double threat, double strategy) {
    WorkingModel m;
    m.availability = availability;
    m.predictability = predictability;
    m.rejection = rejection;
    m.threat = threat;
    m.strategy = strategy;
    m.separation_confidence = 0.9;  // left now and then, as most infants in the first year
    return m;
}
}  // namespace

TEST_CASE("the working model is read as one plain sentence", "[app][describe]") {
    SECTION("learned with a sensitive caregiver") {
        CHECK(ReadWorkingModel(Model(0.85, 0.8, 0.02, 0.0, 0.05)) ==
              "Expects comfort when it signals; signals its distress openly.");
    }
    SECTION("learned with a rejecting caregiver") {
        CHECK(ReadWorkingModel(Model(0.3, 0.7, 0.5, 0.0, -0.6)) ==
              "Expects comfort rarely and its bids to be rebuffed; has learned to minimise its signals (to hide "
              "distress).");
    }
    SECTION("learned with an inconsistent caregiver") {
        CHECK(ReadWorkingModel(Model(0.55, 0.55, 0.1, 0.0, 0.5)) ==
              "Expects comfort some of the time, never knowing when; has learned to maximise its signals (to "
              "escalate distress).");
    }
    SECTION("learned with a frightening caregiver") {
        CHECK(ReadWorkingModel(Model(0.5, 0.9, 0.2, 0.35, 0.0)) ==
              "Expects comfort some of the time and some bids to be rebuffed; has learned to be afraid of her; "
              "signals its distress openly.");
    }
    SECTION("learned by an infant who was hardly ever left") {
        WorkingModel m = Model(0.85, 0.8, 0.02, 0.0, 0.05);
        m.separation_confidence = 0.05;
        CHECK(ReadWorkingModel(m) ==
              "Expects comfort when it signals; signals its distress openly. Has hardly ever been left by her: "
              "being left is new.");
    }
}

TEST_CASE("clocks read as a stopwatch does, rounded down to the second", "[app][describe]") {
    CHECK(FormatClock(0.0) == "00:00");
    CHECK(FormatClock(75.9) == "01:15");
    CHECK(FormatClock(3725.0) == "1:02:05");
    CHECK(FormatMoment(75.9) == "1:15");
}

TEST_CASE("who is in the room is named the way the caption says it", "[app][describe]") {
    Snapshot s;
    s.agents[0].present = true;
    CHECK(WhoIsPresent(s) == "Infant alone");
    s.agents[1].present = true;
    CHECK(WhoIsPresent(s) == "Caregiver and infant");
    s.agents[2].present = true;
    CHECK(WhoIsPresent(s) == "Caregiver, stranger and infant");
    s.agents[1].present = false;
    CHECK(WhoIsPresent(s) == "Stranger and infant");
}

TEST_CASE("a caregiver who changed since the first year is described parameter by parameter", "[app][describe]") {
    CaregiverDef then;
    then.sensitivity = 4.0;
    then.acceptance = 2.0;
    CaregiverDef today = then;
    CHECK(DescribeCaregiverChange(then, today).empty());
    today.sensitivity = 8.0;
    today.acceptance = 8.0;
    const std::vector<std::string> expected{"sensitivity 4 \u2192 8", "acceptance 2 \u2192 8"};
    CHECK(DescribeCaregiverChange(then, today) == expected);
}

TEST_CASE("the actions a class must not miss carry a tag in the room", "[app][describe]") {
    CHECK(std::string(RoomTag(VisibleAction::Looming)) == "looming");
    CHECK(std::string(RoomTag(VisibleAction::Freezing)) == "frozen");
    CHECK(RoomTag(VisibleAction::Exploring) == nullptr);
}
