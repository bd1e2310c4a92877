// Key moments panel implementation. The list is copied out before anything is drawn, so a click's
// replay (which rebuilds the run) leaves nothing dangling.
#include "app/panel/key_moments_panel.h"

#include <imgui.h>
#include <optional>
#include <string>
#include <vector>

#include "app/run/describe.h"
#include "app/run/key_moments.h"

namespace sb::app {

namespace {

const ImVec4 kMuted(0.72f, 0.75f, 0.80f, 1.0f);
const ImVec4 kHidden(1.00f, 0.78f, 0.30f, 1.0f);  // the inside view's amber: hidden state

}  // namespace

void KeyMomentsList(Playback& playback, const Narration& narration, const PanelFonts& fonts) {
    const std::vector<KeyMoment> moments =
        FindKeyMoments(playback.Live().Trace(), narration.log, playback.Coded(), playback.Hidden());
    if (!ImGui::CollapsingHeader("Key moments", ImGuiTreeNodeFlags_DefaultOpen)) return;
    std::optional<double> replay_from;
    ImGui::PushFont(fonts.panel_small);
    if (moments.empty()) ImGui::TextColored(kMuted, "None yet: greetings, ignored returns, lapses and curtailments appear here.");
    for (std::size_t i = 0; i < moments.size(); ++i) {
        const KeyMoment& m = moments[i];
        const std::string label = FormatMoment(m.at_s) + "  " + m.what + "##moment" + std::to_string(i);
        if (m.hidden) ImGui::PushStyleColor(ImGuiCol_Text, kHidden);
        if (ImGui::Selectable(label.c_str())) replay_from = ReplayFrom(m.at_s, m.episode, playback.Live().Trace());
        if (m.hidden) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
            ImGui::TextUnformatted(m.detail.c_str());
            ImGui::TextDisabled("Click to replay from %s, paused", FormatMoment(ReplayFrom(m.at_s, m.episode, playback.Live().Trace())).c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    ImGui::PopFont();
    if (replay_from) playback.JumpToTime(*replay_from);
}

}  // namespace sb::app
