// Scorecard panel implementation. A click is acted on only after the table is drawn: the replay
// recodes the run, which replaces the scores the table's rows point into.
#include "app/panel/scorecard_panel.h"

#include <algorithm>
#include <imgui.h>
#include <optional>
#include <string>
#include <vector>

#include "app/panel/score_table.h"
#include "app/panel/verdict_view.h"
#include "app/run/key_moments.h"
#include "app/run/describe.h"
#include "app/run/episode_wording.h"

namespace sb::app {

namespace {

// The replay note stays up while the moment is still ahead or just past.
constexpr double kNoteLingers_s = 8.0;

const ImVec4 kMuted(0.72f, 0.75f, 0.80f, 1.0f);
const ImVec4 kNote(0.55f, 0.92f, 0.55f, 1.0f);

// "AV toward the caregiver", "search", "crying": the column in a few words.
std::string ShortColumnName(int column) {
    if (!IsScaleColumn(column)) return DescribeColumn(column);
    return std::string(ScaleAbbrev(ColumnScale(column))) + " toward the " +
           (ColumnPerson(column) == Toward::Caregiver ? "caregiver" : "stranger");
}

}  // namespace

void ScorecardPanel::Show(Playback& playback, const PanelFonts& fonts) {
    std::optional<CellClick> click;
    {
        const std::vector<ScorecardRow> rows = BuildScorecard(playback.Coded());
        click = ScoreTable(rows, playback.Coded().roles, jumped_to_, fonts);
    }
    if (click) {
        jumped_to_ = click->cell;
        jumped_moment_s_ = click->at_s;
        // Inside the clicked score's episode: 2 s before a moment at the start of a reunion would be
        // the separation before it.
        playback.JumpToTime(ReplayFrom(click->at_s, click->cell.episode, playback.Live().Trace()));
    }
    ReplayNote(playback, fonts);
    ImGui::Separator();
    VerdictView(playback.Coded(), playback.Sim().Finished(), fonts);
}

void ScorecardPanel::ReplayNote(const Playback& playback, const PanelFonts& fonts) const {
    ImGui::PushFont(fonts.panel_small);
    const double now = playback.Sim().Time();
    if (jumped_to_.Valid() && now <= jumped_moment_s_ + kNoteLingers_s) {
        ImGui::PushStyleColor(ImGuiCol_Text, kNote);
        ImGui::TextWrapped("Replayed to %s: %s in %s was set at %s.%s", FormatMoment(now).c_str(),
                           ShortColumnName(jumped_to_.column).c_str(),
                           EpisodeName(playback.Coded().roles, jumped_to_.episode).c_str(),
                           FormatMoment(jumped_moment_s_).c_str(), playback.Paused() ? " Space to watch it." : "");
        ImGui::PopStyleColor();
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
        ImGui::TextWrapped("Dashed: episode still running.  Hover a score to see why; click it to replay the moment.");
        ImGui::PopStyleColor();
    }
    ImGui::PopFont();
}

}  // namespace sb::app
