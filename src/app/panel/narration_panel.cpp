// Narration panel implementation.
#include "app/panel/narration_panel.h"

#include <imgui.h>

#include "app/run/describe.h"

namespace sb::app {

namespace {

const ImVec4 kMuted(0.72f, 0.75f, 0.80f, 1.0f);
const ImVec4 kEndNote(0.55f, 0.92f, 0.55f, 1.0f);
constexpr int kRecentLines = 3;

}  // namespace

void NarrationControls(Narration& narration, const PanelFonts& fonts) {
    ImGui::Checkbox("Narration (N)", &narration.on);
    if (!narration.on) return;
    const std::vector<NarrationLine>& lines = narration.log.Lines();
    const std::size_t first = lines.size() > kRecentLines ? lines.size() - kRecentLines : 0;
    ImGui::PushFont(fonts.panel_small);
    for (std::size_t i = lines.size(); i-- > first;) {  // newest first
        ImGui::TextColored(kMuted, "%s", FormatMoment(lines[i].t).c_str());
        ImGui::SameLine();
        if (lines[i].detail.empty()) {
            ImGui::TextWrapped("%s", lines[i].text.c_str());
        } else {
            ImGui::TextWrapped("%s (%s)", lines[i].text.c_str(), lines[i].detail.c_str());
        }
    }
    ImGui::PopFont();
}

void ClassificationAnnouncement(const Playback& playback, const Narration& narration, const PanelFonts& fonts) {
    const Classification& c = playback.Coded().classification;
    ImGui::Spacing();
    ImGui::PushFont(fonts.title);
    ImGui::TextColored(kEndNote, "%s", ClassificationHeadline(c).c_str());
    ImGui::PopFont();
    ImGui::TextWrapped("%s", ClassificationSentence(c, narration.texts).c_str());
    if (!c.reasons.empty()) {
        ImGui::PushFont(fonts.panel_small);
        ImGui::TextColored(kMuted, "The coder:");
        ImGui::SameLine();
        ImGui::TextWrapped("%s", c.reasons.front().c_str());
        ImGui::PopFont();
    }
    ImGui::TextColored(kMuted, "Procedure complete \u2014 press R to restart");
}

}  // namespace sb::app
