// Meter bars: the horizontal gauges of the inside view — a 0..1 level with its number on it, and a
// -1..+1 bar that fills out from its centre (the signalling strategy).
#pragma once

#include <imgui.h>

namespace sb::app {

// "Label   [#######----- 0.62]" on one line: the label in a column `label_w` px wide, the bar
// filling the rest. `tooltip` (optional) explains the quantity when the row is hovered.
void MeterRow(const char* label, float label_w, double value, ImU32 colour, const char* tooltip = nullptr);

// As MeterRow, with the bar filled to `fill` (0..1) and `text` printed on it: for a quantity whose
// number is not its share of the bar (cortisol, "1.25x" of its baseline).
void MeterRowText(const char* label, float label_w, double fill, const char* text, ImU32 colour, const char* tooltip = nullptr);

// As MeterRow, for a value in -1..+1: the bar grows left or right from a centre line.
void CentredMeterRow(const char* label, float label_w, double value, ImU32 colour, const char* tooltip = nullptr);

}  // namespace sb::app
