// Colours of the inside-the-infant view (ImGui packed ABGR). Line hues come from the Okabe–Ito
// palette, brightened for a dark panel, so the pairs that must be told apart — felt arousal
// (orange) against shown distress (sky blue) — stay distinct for colour-blind viewers and on a
// washed-out projector; the line styles and labels carry the same information again.
#pragma once

#include <imgui.h>

namespace sb::app::inside_colours {

// The hidden state, in the gauges and the plots alike.
inline constexpr ImU32 kArousal = IM_COL32(240, 120, 40, 255);      // vermillion-orange
inline constexpr ImU32 kSustainedArousal = IM_COL32(250, 196, 150, 255);  // pale orange: a slower arousal
inline constexpr ImU32 kShown = IM_COL32(86, 180, 233, 255);         // sky blue: what is shown
inline constexpr ImU32 kShownFill = IM_COL32(86, 180, 233, 70);
inline constexpr ImU32 kSecurity = IM_COL32(0, 190, 140, 255);       // bluish green
inline constexpr ImU32 kAttachment = IM_COL32(240, 228, 66, 255);    // yellow
inline constexpr ImU32 kExploration = IM_COL32(220, 140, 190, 255);  // reddish purple
inline constexpr ImU32 kWariness = IM_COL32(200, 200, 120, 255);
inline constexpr ImU32 kAnger = IM_COL32(235, 80, 70, 255);
// Cortisol in Okabe-Ito blue, brightened, over its drive in the arousal's orange, faint: stress in
// orange, the hormone it leads to in blue.
inline constexpr ImU32 kCortisol = IM_COL32(80, 160, 255, 255);
inline constexpr ImU32 kHpaDrive = IM_COL32(240, 120, 40, 255);
inline constexpr ImU32 kHpaDriveFill = IM_COL32(240, 120, 40, 110);

// The learned working model.
inline constexpr ImU32 kAvailability = kSecurity;
inline constexpr ImU32 kPredictability = IM_COL32(150, 200, 240, 255);
inline constexpr ImU32 kRejection = IM_COL32(240, 120, 40, 255);
inline constexpr ImU32 kThreat = IM_COL32(220, 110, 200, 255);
inline constexpr ImU32 kComesBack = IM_COL32(120, 190, 140, 255);
inline constexpr ImU32 kStrategy = IM_COL32(240, 240, 240, 255);

// The frame: "hidden" is an amber warning, the past an old-photo gold, today the caregiver's teal.
inline constexpr ImU32 kHiddenBanner = IM_COL32(120, 78, 0, 255);
inline constexpr ImU32 kHiddenText = IM_COL32(255, 226, 150, 255);
inline constexpr ImU32 kHistory = IM_COL32(150, 112, 40, 255);
inline constexpr ImU32 kToday = IM_COL32(0, 128, 122, 255);
inline constexpr ImU32 kLapse = IM_COL32(235, 50, 70, 255);
inline constexpr ImU32 kSeparation = IM_COL32(112, 96, 190, 70);  // the timeline's violet, faint
inline constexpr ImU32 kChartBg = IM_COL32(22, 24, 30, 255);
inline constexpr ImU32 kGrid = IM_COL32(255, 255, 255, 40);
inline constexpr ImU32 kEpisodeLine = IM_COL32(255, 255, 255, 150);
inline constexpr ImU32 kTrack = IM_COL32(44, 48, 60, 255);
inline constexpr ImU32 kMutedText = IM_COL32(184, 191, 204, 255);

}  // namespace sb::app::inside_colours
