// Scenario picker: a window (key O) listing the shipped scenarios, each with its title and
// description, from which a lecturer loads another scenario without leaving the window; the
// current scenario's name and description for the panel's header; and the box a scenario that
// failed to load is reported in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/panel/panel_fonts.h"
#include "scenario/scenario.h"
#include "scenario/scenario_catalog.h"

namespace sb::app {

class ScenarioPicker {
public:
    bool IsOpen() const { return open_; }
    void Toggle() { open_ = !open_; }
    void Open() { open_ = true; }
    void Close() { open_ = false; }

    // Shows the picker while open, `current` highlighted. Returns the file of the scenario chosen
    // (the caller loads it and restarts the run); the picker closes when one is chosen.
    std::optional<std::string> Show(const Scenario& current, const std::string& load_error, const PanelFonts& fonts);

private:
    bool open_ = false;
    bool listed_ = false;  // the shipped folder is read when the picker first opens
    std::vector<ShippedScenario> shipped_;
};

// The scenario's name in bold and its description wrapped beneath it, with the key that changes it.
void ScenarioHeader(const Scenario& current, const PanelFonts& fonts);

// A scenario that could not be loaded: the message in a red box over the room's top-left corner
// (`room_w` px wide), saying what is shown instead. Clears `message` when dismissed.
void LoadErrorBox(std::string& message, float room_w, const PanelFonts& fonts);

}  // namespace sb::app
