// Compare panel: the column on the right while several rooms share the window — one transport for
// all of them (play, step, restart, speed, jump), each room's caption, where it is and, at the end,
// its classification, and the overlaid plot of felt arousal against shown crying. The "Compare"
// menu that opens a preset (or goes back to one room) lives here too; the single-room panel shows it
// in its title row.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "app/panel/panel_fonts.h"
#include "app/run/compare_preset.h"
#include "app/run/compare_session.h"

namespace sb::app {

// Width of the panel in compare mode at UI scale 1: the plot needs width for two minutes, the rooms
// share what is left.
inline constexpr float kComparePanelWidth_px = 440.0f;
// At most this share of the window: at a projector's 1024x768 (drawn at more than UI scale 1) or
// zoomed in, two to four rooms still get the larger part of the width.
inline constexpr float kComparePanelMaxShare = 0.42f;

// What the Compare menu asked for this frame.
struct CompareRequest {
    enum class What { Nothing, OpenPreset, LeaveCompare } what = What::Nothing;
    std::string preset_path;
};

// The Compare menu: the shipped presets (read once, when it is first opened) and, in compare mode,
// "One room". Shows as a combo box `width` px wide at the cursor.
class ComparePicker {
public:
    void Show(const char* preview, bool comparing, float width);
    // The request made since the last call, once.
    CompareRequest Take();
    // A preset that failed to open: shown under the menu until another is chosen.
    void SetError(std::string message) { error_ = std::move(message); }
    const std::string& Error() const { return error_; }

private:
    std::vector<PresetEntry> presets_;
    bool listed_ = false;
    CompareRequest request_;
    std::string error_;
};

class ComparePanel {
public:
    // Lays out the panel for this frame (between NewFrame and Render) and applies what was changed.
    void Show(CompareSession& session, ComparePicker& picker, const PanelFonts& fonts, float ui_scale, float window_w,
              float window_h);
    static float Width(float ui_scale, float window_w) {
        return std::min(kComparePanelWidth_px * ui_scale, kComparePanelMaxShare * window_w);
    }

private:
    void Transport(CompareSession& session);
    void Rooms(const CompareSession& session, const PanelFonts& fonts);
    void Chart(const CompareSession& session, const PanelFonts& fonts);
    void Keys(const PanelFonts& fonts);
};

}  // namespace sb::app
