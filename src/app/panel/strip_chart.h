// Strip chart: a scrolling plot of the infant's hidden state over the hidden history's window —
// "now" at the right edge — with the episodes marked, the separations shaded and the
// disorganized lapses flagged, so a line's rise can be read against what was happening.
#pragma once

#include <vector>

#include "app/panel/plot_kit.h"
#include "app/run/hidden_history.h"
#include "world/episode_roles.h"

namespace sb::app {

struct ChartSeries {
    LineLook look;
    double (*value)(const HiddenSample&) = nullptr;  // 0..1
    ImU32 fill_under = 0;                             // a tint under the line, or 0 for none
};

struct StripChartDef {
    const char* id = "##strip";
    float height = 120.0f;       // px at the design size
    bool time_labels = true;     // "2 min ago ... now" under the chart
    bool mark_lapses = false;    // a red bar along the top while a lapse is under way
    // When series[gap_from] is above series[gap_to] by at least gap_min now, a bracket between the
    // two at the right edge, labelled `gap_label`: the chart's point made without reading it.
    int gap_from = -1;
    int gap_to = -1;
    double gap_min = 0.3;
    const char* gap_label = "";
};

// Draws the chart at the cursor across the available width and advances the cursor past it;
// episodes are named by `roles`.
void StripChart(const HiddenHistory& history, const ProtocolRoles& roles, const std::vector<ChartSeries>& series,
                const StripChartDef& def);

}  // namespace sb::app
