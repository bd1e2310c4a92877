// Colours of the scorecard (ImGui packed ABGR). Each column group wears the room's colour for it —
// the caregiver's teal, the stranger's orange, the separations' violet, the crying red — so the
// card and the room read as one picture.
#pragma once

#include <imgui.h>

namespace sb::app::score_colours {

inline constexpr ImU32 kCaregiver = IM_COL32(0, 150, 142, 255);
inline constexpr ImU32 kStranger = IM_COL32(214, 110, 36, 255);
inline constexpr ImU32 kSearch = IM_COL32(120, 104, 205, 255);
inline constexpr ImU32 kCrying = IM_COL32(214, 40, 60, 255);
inline constexpr ImU32 kEmptyCell = IM_COL32(44, 48, 60, 255);  // a score of 1 sits just above this
inline constexpr ImU32 kRunningRow = IM_COL32(255, 255, 255, 18);
inline constexpr ImU32 kJumpedTo = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kHover = IM_COL32(255, 255, 255, 140);
// Curtailed and extended episodes: the icons of app/panel/episode_marks.h.

}  // namespace sb::app::score_colours
