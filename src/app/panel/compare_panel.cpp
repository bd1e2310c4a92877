// Compare panel implementation. Commands go through CompareSession, which keeps the rooms in step;
// nothing here touches one run alone.
#include "app/panel/compare_panel.h"
#include "app/panel/panel_widgets.h"

#include <cstdio>
#include <imgui.h>
#include <iterator>

#include "app/panel/compare_chart.h"
#include "app/panel/em.h"
#include "app/panel/plot_kit.h"
#include "app/run/describe.h"

namespace sb::app {

namespace {

constexpr double kSpeeds[] = {1, 2, 4, 8, 16, 32, 64};
const ImVec4 kMuted(0.72f, 0.75f, 0.80f, 1.0f);
const ImVec4 kVerdict(0.55f, 0.92f, 0.55f, 1.0f);
const ImVec4 kError(1.0f, 0.45f, 0.45f, 1.0f);

ImU32 Colour(int room) {
    const RoomColour c = CompareColour(room);
    return IM_COL32(c.r, c.g, c.b, 255);
}

const char* CryWord(double cry) {
    if (cry < 0.05) return "silent";
    if (cry < 0.3) return "fussing";
    if (cry < 0.6) return "crying";
    return "crying hard";
}

}  // namespace

void ComparePicker::Show(const char* preview, bool comparing, float width) {
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##compare", preview, ImGuiComboFlags_HeightLarge)) {
        if (!listed_) {
            presets_ = ListComparePresets();
            listed_ = true;
        }
        for (const PresetEntry& p : presets_) {
            if (ImGui::Selectable(p.name.c_str(), false)) request_ = {CompareRequest::What::OpenPreset, p.path};
        }
        if (presets_.empty()) ImGui::TextDisabled("no presets in scenarios/compare/");
        if (comparing) {
            ImGui::Separator();
            if (ImGui::Selectable("One room (leave compare)", false)) request_ = {CompareRequest::What::LeaveCompare, ""};
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Two to four rooms side by side on one clock (securebase --compare)");
    if (!error_.empty()) {  // a preset that would not open, with its file, line and range
        ImGui::PushTextWrapPos();
        ImGui::TextColored(kError, "%s", error_.c_str());
        ImGui::PopTextWrapPos();
    }
}

CompareRequest ComparePicker::Take() {
    CompareRequest r = request_;
    request_ = {};
    return r;
}

void ComparePanel::Show(CompareSession& session, ComparePicker& picker, const PanelFonts& fonts, float ui_scale,
                        float window_w, float window_h) {
    const float panel_w = Width(ui_scale, window_w);
    BeginDockedPanel("SecureBase compare", "Compare", fonts, panel_w, window_w, window_h);
    ImGui::SameLine();
    const float menu_w = ImGui::GetContentRegionAvail().x;
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + Em(4.0f));
    picker.Show(session.Name().c_str(), true, menu_w);
    if (!session.Description().empty()) {
        ImGui::PushFont(fonts.panel_small);
        ImGui::PushTextWrapPos();
        ImGui::TextColored(kMuted, "%s", session.Description().c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
    }
    ImGui::Separator();
    Transport(session);
    ImGui::BeginChild("##compare_scroll", ImVec2(0.0f, 0.0f), false);
    Chart(session, fonts);
    Rooms(session, fonts);
    Keys(fonts);
    ImGui::EndChild();
    ImGui::End();
}

void ComparePanel::Transport(CompareSession& session) {
    const float w = EvenWidth(3);
    if (ImGui::Button(session.Paused() ? "\u25B6 Play all" : "Pause all", ImVec2(w, 0))) session.Apply({Transport::PlayPause});
    ImGui::SameLine(0.0f, kButtonGap);
    if (ImGui::Button("Step", ImVec2(w, 0))) session.Apply({Transport::StepOnce});
    ImGui::SameLine(0.0f, kButtonGap);
    if (ImGui::Button("Restart", ImVec2(w, 0))) session.Apply({Transport::Restart});

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Speed");
    ImGui::SameLine();
    const float sw = EvenWidth(static_cast<int>(std::size(kSpeeds)));
    for (std::size_t i = 0; i < std::size(kSpeeds); ++i) {
        if (i > 0) ImGui::SameLine(0.0f, kButtonGap);
        char label[16];
        std::snprintf(label, sizeof label, "%g\u00D7", kSpeeds[i]);
        if (ToggleButton(label, session.Speed() == kSpeeds[i], sw)) session.SetSpeed(kSpeeds[i]);
    }

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Jump to");
    ImGui::SameLine();
    // The first room's protocol names the buttons; a room without that episode stays where it is.
    const auto& episodes = session.Run(0).Sim().Protocol().episodes;
    const int now = session.Run(0).Sim().Now().episode;
    const float ew = EvenWidth(static_cast<int>(episodes.size()));
    int jump_to = 0;
    for (std::size_t i = 0; i < episodes.size(); ++i) {
        if (i > 0) ImGui::SameLine(0.0f, kButtonGap);
        const std::string label = std::to_string(episodes[i].number);
        if (ToggleButton(label.c_str(), episodes[i].number == now, ew)) jump_to = episodes[i].number;
    }
    if (jump_to > 0) session.Apply({Transport::JumpToEpisode, jump_to});
}

void ComparePanel::Rooms(const CompareSession& session, const PanelFonts& fonts) {
    Heading(fonts, "Rooms");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < session.Count(); ++i) {
        const Playback& run = session.Run(i);
        const Snapshot& now = run.Sim().Now();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(ImVec2(p.x + Em(22.0f), p.y));
        ImGui::BeginGroup();
        ImGui::PushFont(fonts.panel_bold);
        ImGui::TextWrapped("%s", session.Caption(i).c_str());  // a long caption wraps in a narrow panel
        ImGui::PopFont();
        const std::string verdict = VerdictText(run);
        if (verdict.empty()) {
            ImGui::TextColored(kMuted, "Episode %d \u00b7 %s \u00b7 %s", now.episode, FormatClock(now.t).c_str(),
                               CryWord(now.Infant().cry));
        } else {
            ImGui::TextColored(kMuted, "Classified");
            ImGui::SameLine();
            ImGui::PushFont(fonts.panel_bold);
            ImGui::TextColored(kVerdict, "%s", verdict.c_str());
            ImGui::PopFont();
        }
        ImGui::EndGroup();
        // A swatch in the room's colour as tall as its lines: the same colour frames the room and
        // draws its lines in the chart.
        dl->AddRectFilled(ImVec2(p.x, p.y + Em(2.0f)), ImVec2(p.x + Em(14.0f), ImGui::GetItemRectMax().y + Em(2.0f)), Colour(i), Em(3.0f));
        ImGui::Spacing();
    }
}

void ComparePanel::Chart(const CompareSession& session, const PanelFonts& fonts) {
    Heading(fonts, "Felt and shown, every room");
    ImGui::PushFont(fonts.panel_small);
    const LineLook felt{"arousal (felt, hidden)", IM_COL32(235, 235, 235, 255), LineStyle::Solid, 3.5f};
    const LineLook shown{"crying (shown)", IM_COL32(235, 235, 235, 255), LineStyle::Dashed, 2.5f};
    Legend({felt, shown});
    CompareChart(session, 190.0f);
    ImGui::PushTextWrapPos();
    ImGui::TextColored(kMuted, "One colour per room. A solid line high above its dashed one is an infant stressed "
                               "without showing it: quiet in a separation is not calm.");
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void ComparePanel::Keys(const PanelFonts& fonts) {
    ImGui::Spacing();
    if (!ImGui::CollapsingHeader("Keyboard")) return;
    ImGui::PushFont(fonts.panel_small);
    ImGui::TextUnformatted("Space  play / pause all      S or \u2192  one step");
    ImGui::TextUnformatted("+ / \u2212  speed      R  restart all      1\u20138  jump all");
    ImGui::PopFont();
}

}  // namespace sb::app
