// Cortisol chart: the infant's cortisol over the whole procedure and the wait after it, drawn over
// the stress that drives it, with the end of the procedure and the post sample marked — so the
// 20-30 minute lag between a separation and its cortisol can be seen rather than told.
#pragma once

#include "app/run/cortisol_course.h"

namespace sb::app {

// The drive at the top of the chart (its shaded fill has its own scale, 0 at the bottom); the
// legend names the scale.
inline constexpr double kCortisolChartDriveTop = 0.5;

// Draws the chart at the cursor across the available width (`height` px at the design size, plus a
// row of minute labels) and advances the cursor past it.
void CortisolChart(const CortisolCourse& course, const char* id, float height);

// One line under the heading: the post sample's value once it is taken, or when it will be.
void CortisolSampleLine(const CortisolCourse& course);

}  // namespace sb::app
