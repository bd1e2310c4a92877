// Small panel widgets the panels share: the docked window, a bold section heading, a button drawn as selected, and the
// width that fits `count` buttons in a row.
#pragma once

#include <imgui.h>

#include "app/panel/panel_fonts.h"

namespace sb::app {

inline constexpr float kButtonGap = 4.0f;  // px between buttons in a row (not worth scaling)
// The caregiver's teal marks the selected button.
inline const ImVec4 kSelectedButton(0.0f, 0.56f, 0.53f, 1.0f);

// Opens the panel's window docked on the right, `panel_w` wide and as tall as the window, with `title`
// in the title font; the caller ends it with ImGui::End().
void BeginDockedPanel(const char* window_name, const char* title, const PanelFonts& fonts, float panel_w, float window_w,
                      float window_h);
// A section heading in the panel's bold font, with a little space above it.
void Heading(const PanelFonts& fonts, const char* text);
// The width of each of `count` buttons sharing the rest of the row, kButtonGap apart.
float EvenWidth(int count);
// A button drawn as selected when `on`; true when clicked.
bool ToggleButton(const char* label, bool on, float width);

}  // namespace sb::app
