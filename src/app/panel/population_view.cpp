// Population view implementation. Everything below the controls has a fixed height whatever the
// run's state (the progress bar is always there, the bars and the history table keep their rows),
// so nothing moves while a slider above is dragged or a run finishes.
#include "app/panel/population_view.h"
#include "app/panel/panel_widgets.h"

#include <algorithm>
#include <cstdio>
#include <imgui.h>
#include <iterator>
#include <string>
#include <thread>

#include "app/panel/em.h"
#include "app/run/okabe_ito.h"
#include "batch/population_summary.h"

namespace sb::app {

namespace {

constexpr int kDyadChoices[] = {100, 500, 1000, 2000};
constexpr char kGroups[] = {'A', 'B', 'C', 'D'};
const ImVec4 kMuted(0.72f, 0.75f, 0.80f, 1.0f);
const ImVec4 kChosen(0.0f, 0.56f, 0.53f, 1.0f);
const ImVec4 kError(1.0f, 0.45f, 0.45f, 1.0f);
const ImU32 kTrack = IM_COL32(44, 48, 60, 255);
const ImU32 kPrevious = IM_COL32(150, 156, 172, 255);
const ImU32 kReference = IM_COL32(250, 250, 252, 255);

// Each group's bar in its Okabe-Ito colour, as on the scorecard's verdict: the four stay apart for
// red-green colour blindness, and the letters stay beside them.
ImU32 BarColour(char g) {
    const Rgb hue = GroupColour(g);
    return IM_COL32(hue.r, hue.g, hue.b, 255);
}

const char* GroupWord(char g) {
    switch (g) {
        case 'A': return "avoidant";
        case 'B': return "secure";
        case 'C': return "resistant";
        case 'D': return "disorganized";
    }
    return "";
}

const char* SpreadTag(PopulationSpread s) {
    switch (s) {
        case PopulationSpread::LikeThisCaregiver: return "like";
        case PopulationSpread::ThisCaregiver: return "exact";
        case PopulationSpread::ScenarioPopulation: return "file";
    }
    return "";
}

void SmallMuted(const PanelFonts& fonts, const char* text) {
    ImGui::PushFont(fonts.panel_small);
    ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

}  // namespace

// Two workers per core: on an idle machine as fast as one per core, and on a busy one (a lecture
// laptop compiling, a shared machine) they win the run a larger share of the processors. Measured
// on two cores with eight builds running: 500 dyads in a median 9.4 s after release with four
// workers, 11.5 s with two. Results do not depend on it.
PopulationView::PopulationView()
    : runner_(PopulationRunnerDef{2 * static_cast<int>(std::max(1u, std::thread::hardware_concurrency())), 5}) {}

PopulationSettings PopulationView::Wanted(const Playback& playback) const {
    PopulationSettings s;
    s.spread = spread_;
    s.first_year = playback.HistoryCaregiving().caregiver;
    s.n = n_;
    s.seed = playback.Seed();  // the seed on screen: the same for every run until it is changed
    return s;
}

void PopulationView::Show(Playback& playback, const PanelFonts& fonts) {
    runner_.Poll();
    if (spread_ == PopulationSpread::ScenarioPopulation && !playback.Source().population.enabled)
        spread_ = PopulationSpread::LikeThisCaregiver;  // another scenario, without a [population]

    Heading(fonts, "First-year caregiver of every dyad");
    first_year_.Show(playback, fonts);
    // A released slider or a preset has changed the scenario by now: run what is on screen.
    const PopulationSettings wanted = Wanted(playback);
    if (!runner_.AnyStarted() || wanted != runner_.Requested()) runner_.Start(playback.Source(), wanted);
    Progress(playback);
    Shares(fonts);
    History(fonts);
    Subgroups(fonts);
    ImGui::Separator();
    Choices(playback, fonts);
}

void PopulationView::Choices(const Playback& playback, const PanelFonts& fonts) {
    const float label_w = Em(126.0f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Drawn");
    ImGui::SameLine(label_w);
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##spread", SpreadName(spread_))) {
        for (PopulationSpread s : {PopulationSpread::LikeThisCaregiver, PopulationSpread::ThisCaregiver,
                                   PopulationSpread::ScenarioPopulation}) {
            const bool available = s != PopulationSpread::ScenarioPopulation || playback.Source().population.enabled;
            if (!available) ImGui::BeginDisabled();
            if (ImGui::Selectable(SpreadName(s), s == spread_)) spread_ = s;
            if (!available) ImGui::EndDisabled();
        }
        ImGui::EndCombo();
    }
    // One line high for every choice, so choosing never moves what is below.
    ImGui::PushFont(fonts.panel_small);
    const float lines = 3.0f * ImGui::GetTextLineHeightWithSpacing();
    const float y0 = ImGui::GetCursorPosY();
    ImGui::PopFont();
    SmallMuted(fonts, SpreadExplanation(spread_).c_str());  // "drawn" in the table: like, exact, file
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), y0 + lines));

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Dyads");
    ImGui::SameLine(label_w);
    const int count = static_cast<int>(std::size(kDyadChoices));
    const float w = (ImGui::GetContentRegionAvail().x - kButtonGap * static_cast<float>(count - 1)) / static_cast<float>(count);
    for (int i = 0; i < count; ++i) {
        if (i > 0) ImGui::SameLine(0.0f, kButtonGap);
        const bool on = n_ == kDyadChoices[i];
        if (on) {
            ImGui::PushStyleColor(ImGuiCol_Button, kChosen);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kChosen);
        }
        if (ImGui::Button(std::to_string(kDyadChoices[i]).c_str(), ImVec2(w, 0.0f))) n_ = kDyadChoices[i];
        if (on) ImGui::PopStyleColor(2);
    }
}

void PopulationView::Progress(const Playback& playback) {
    const float button_w = ImGui::CalcTextSize("Run again").x + ImGui::GetStyle().FramePadding.x * 2.0f;
    char text[96];
    float fraction = 0.0f;
    if (runner_.Running()) {
        fraction = runner_.Total() > 0 ? static_cast<float>(runner_.Done()) / static_cast<float>(runner_.Total()) : 0.0f;
        std::snprintf(text, sizeof text, "%d / %d dyads  %.1f s", runner_.Done(), runner_.Total(), runner_.Elapsed_s());
    } else if (!runner_.History().empty() && runner_.History().front().settings == runner_.Requested()) {
        const PopulationOutcome& last = runner_.History().front();
        fraction = 1.0f;
        std::snprintf(text, sizeof text, "%d dyads in %.1f s on %d threads", last.settings.n, last.wall_s, last.threads);
    } else {
        // The bars still show the last run that finished: the table's first row says which.
        std::snprintf(text, sizeof text, "%s", runner_.Error().empty() ? "Cancelled: the bars are the last run"
                                                                       : "Failed");
    }
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - button_w - kButtonGap);
    ImGui::ProgressBar(fraction, ImVec2(ImGui::GetContentRegionAvail().x - button_w - kButtonGap, 0.0f), text);
    ImGui::SameLine(0.0f, kButtonGap);
    if (runner_.Running()) {
        if (ImGui::Button("Cancel", ImVec2(button_w, 0.0f))) runner_.Cancel();
    } else if (ImGui::Button("Run again", ImVec2(button_w, 0.0f))) {
        runner_.Start(playback.Source(), Wanted(playback));
    }
    if (!runner_.Error().empty()) ImGui::TextColored(kError, "%s", runner_.Error().c_str());
}

void PopulationView::Shares(const PanelFonts& fonts) {
    const PopulationOutcome* now = runner_.History().empty() ? nullptr : &runner_.History()[0];
    const PopulationOutcome* before = runner_.History().size() > 1 ? &runner_.History()[1] : nullptr;
    ImGui::Spacing();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float label_w = Em(150.0f);
    const float value_w = Em(120.0f);
    const float row_h = ImGui::GetFrameHeight() + Em(6.0f);
    for (char g : kGroups) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float full_w = ImGui::GetContentRegionAvail().x;
        const float bar_x = at.x + label_w;
        const float bar_w = std::max(Em(40.0f), full_w - label_w - value_w);
        ImGui::PushFont(fonts.panel_bold);
        dl->AddText(ImVec2(at.x, at.y + Em(3.0f)), IM_COL32_WHITE, std::string(1, g).c_str());
        ImGui::PopFont();
        dl->AddText(ImVec2(at.x + Em(22.0f), at.y + Em(3.0f)), ImGui::GetColorU32(kMuted), GroupWord(g));
        const float bar_h = ImGui::GetFrameHeight() * 0.62f;
        dl->AddRectFilled(ImVec2(bar_x, at.y), ImVec2(bar_x + bar_w, at.y + bar_h), kTrack, Em(2.0f));
        auto x_of = [&](double share) { return bar_x + bar_w * static_cast<float>(std::clamp(share, 0.0, 100.0) / 100.0); };
        if (now) dl->AddRectFilled(ImVec2(bar_x, at.y), ImVec2(x_of(now->summary.Share(g)), at.y + bar_h), BarColour(g), Em(2.0f));
        if (before) {
            const float y = at.y + bar_h + Em(3.0f);
            dl->AddRectFilled(ImVec2(bar_x, y), ImVec2(x_of(before->summary.Share(g)), y + Em(5.0f)), kPrevious);
        }
        const double reference = kLowRiskReference.at(g);
        const float rx = x_of(reference);
        dl->AddLine(ImVec2(rx, at.y - Em(3.0f)), ImVec2(rx, at.y + bar_h + Em(9.0f)), kReference, Em(2.5f));
        char value[48];
        if (now) std::snprintf(value, sizeof value, "%5.1f%%  (%2.0f)", now->summary.Share(g), reference);
        else std::snprintf(value, sizeof value, "   \u2014   (%2.0f)", reference);
        ImGui::PushFont(fonts.panel_bold);
        dl->AddText(ImVec2(bar_x + bar_w + Em(8.0f), at.y + Em(1.0f)), IM_COL32_WHITE, value);
        ImGui::PopFont();
        ImGui::Dummy(ImVec2(full_w, row_h));
    }
    SmallMuted(fonts, "Coloured: this run. Grey: the run before. White line and (n): published low-risk share.");
}

void PopulationView::Subgroups(const PanelFonts& fonts) {
    std::string line = "Subgroups: ";
    std::string d_line = "D's best fit: ";
    if (!runner_.History().empty()) {
        const PopulationSummary& s = runner_.History().front().summary;
        for (const auto& [name, count] : s.subgroups) line += name + " " + std::to_string(count) + "   ";
        for (const auto& [g, count] : s.best_fit_of_d) d_line += std::string(1, g) + " " + std::to_string(count) + "   ";
        if (s.best_fit_of_d.empty()) d_line += "none";
    }
    ImGui::PushFont(fonts.panel_small);
    ImGui::TextUnformatted(line.c_str());
    ImGui::TextUnformatted(d_line.c_str());
    ImGui::PopFont();
    SmallMuted(fonts, "Low-risk samples (van IJzendoorn et al. 1999; Ainsworth et al. 1978): B 65, A 20, C 10, D 15 "
                      "per cent; they sum to 110 because the A/B/C shares come from samples classified without D.");
}

void PopulationView::History(const PanelFonts& fonts) {
    ImGui::PushFont(fonts.panel_small);
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV;
    const char* heads[] = {"drawn", "n", "sens.", "cons.", "acc.", "fright.", "A %", "B %", "C %", "D %", "s"};
    if (ImGui::BeginTable("##population_history", static_cast<int>(std::size(heads)), kFlags)) {
        for (const char* h : heads) ImGui::TableSetupColumn(h);
        ImGui::TableHeadersRow();
        const auto& runs = runner_.History();
        for (std::size_t row = 0; row < 5; ++row) {  // five rows always, so the tab's height is fixed
            ImGui::TableNextRow();
            if (row >= runs.size()) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(" ");
                continue;
            }
            const PopulationOutcome& r = runs[row];
            const CaregiverDef& c = r.settings.first_year;
            ImGui::TableNextColumn(); ImGui::TextUnformatted(SpreadTag(r.settings.spread));
            ImGui::TableNextColumn(); ImGui::Text("%d", r.settings.n);
            ImGui::TableNextColumn(); ImGui::Text("%.1f", c.sensitivity);
            ImGui::TableNextColumn(); ImGui::Text("%.2f", c.consistency);
            ImGui::TableNextColumn(); ImGui::Text("%.1f", c.acceptance);
            ImGui::TableNextColumn(); ImGui::Text("%.2f", c.frightening);
            for (char g : kGroups) {
                ImGui::TableNextColumn();
                ImGui::Text("%.1f", r.summary.Share(g));
            }
            ImGui::TableNextColumn(); ImGui::Text("%.1f", r.wall_s);
        }
        ImGui::EndTable();
    }
    ImGui::PopFont();
    SmallMuted(fonts, "Last runs, newest first; the same seed each time, so they differ only by their settings.");
}

}  // namespace sb::app
