// Colours of the episode timeline (ImGui packed ABGR), shared by the bar and its legend.
#pragma once

#include <imgui.h>

namespace sb::app::timeline_colours {

inline constexpr ImU32 kCaregiverIn = IM_COL32(0, 142, 135, 255);   // the caregiver's teal
inline constexpr ImU32 kCaregiverOut = IM_COL32(112, 96, 190, 255); // separations: violet
// Curtailed and extended episodes are marked in Okabe-Ito colours and shapes: app/panel/episode_marks.h.

}  // namespace sb::app::timeline_colours
