// Keyboard help implementation: a two-column table (keys, what they do) in a centred window that
// sizes itself to its text.
#include "app/panel/help_window.h"

#include <imgui.h>

#include "app/panel/em.h"

namespace sb::app {

namespace {
const ImVec4 kKeyInk(1.0f, 0.85f, 0.45f, 1.0f);  // keys in amber, so the two columns read apart
const ImVec4 kMuted(0.72f, 0.75f, 0.80f, 1.0f);
}  // namespace

const KeyHelp kKeyHelp[] = {
    {"Space", "play / pause"},
    {"S  or  \u2192", "one step (while paused)"},
    {"+  /  \u2212", "speed 1\u00D7 \u2026 64\u00D7"},
    {"R", "restart"},
    {"1 \u2026 8", "jump to the start of an episode (a replay)"},
    {"C", "the observer's scorecard / back to the run"},
    {"I", "inside the infant (hidden state, first year) / back"},
    {"N", "narration (what to notice, what the infant did) on / off"},
    {"P", "a population of dyads of the first-year caregiver / back"},
    {"O", "choose a scenario (with its description)"},
    {"Ctrl +  /  Ctrl \u2212", "zoom the panel and captions in / out"},
    {"Ctrl 0", "zoom back to the automatic size"},
    {"F11", "full screen / window"},
    {"?  or  F1", "this help"},
    {"Esc", "close this help or the scenario list"},
    {"Ctrl + click a slider", "type an exact value (Enter to set it)"},
    {"click the timeline", "jump to that episode"},
    {"click a score", "replay to 2 s before the moment that set it"},
    {"click a key moment", "replay to 2 s before it (Run tab)"},
    {"Compare\u2026 menu", "2\u20134 rooms on one clock, or back to one room"},
    {"in compare mode", "Space S + \u2212 R 1\u20268 act on every room; C I P N wait"},
};
const int kKeyHelpCount = static_cast<int>(sizeof kKeyHelp / sizeof kKeyHelp[0]);

void HelpWindow(bool& open, int zoom_pct, const PanelFonts& fonts) {
    if (!open) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowFocus();
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove;
    if (!ImGui::Begin("Keyboard  (? or F1)", &open, kFlags)) {
        ImGui::End();
        return;
    }
    if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX)) {
        ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("action", ImGuiTableColumnFlags_WidthFixed);
        for (int i = 0; i < kKeyHelpCount; ++i) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushFont(fonts.panel_bold);
            ImGui::TextColored(kKeyInk, "%s", kKeyHelp[i].keys);
            ImGui::PopFont();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(kKeyHelp[i].action);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::TextColored(kMuted, "Zoom now %d%%. Keys act when no text field is being typed in.", zoom_pct);
    // The options a lecturer prepares a lecture with: rooms side by side and clips for the slides.
    ImGui::PushFont(fonts.panel_small);
    ImGui::TextColored(kMuted, "At start: --compare PRESET (or 2\u20134 scenarios) opens rooms side by side;");
    ImGui::TextColored(kMuted, "--record FILE.mp4|.gif --from-s A --to-s B (or --record-episode K)");
    ImGui::TextColored(kMuted, "[--record-fps F] films that stretch into a clip and quits.");
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(Em(1.0f), Em(1.0f)));
    ImGui::End();
}

}  // namespace sb::app
