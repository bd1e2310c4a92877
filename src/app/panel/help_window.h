// The keyboard help: a window, opened with ? or F1, listing every key and mouse gesture of the
// window (compare mode and the clip options too), so a lecturer at a projector can look one up
// without leaving the room view.
#pragma once

#include "app/panel/panel_fonts.h"

namespace sb::app {

struct KeyHelp {
    const char* keys;
    const char* action;
};

// Every key and gesture, in the order the help lists them (the README's key table says the same).
extern const KeyHelp kKeyHelp[];
extern const int kKeyHelpCount;

// Shows the help window while `open`; its close button and Esc clear `open`. `zoom_pct` is the
// zoom acting now, shown beside the zoom keys.
void HelpWindow(bool& open, int zoom_pct, const PanelFonts& fonts);

}  // namespace sb::app
