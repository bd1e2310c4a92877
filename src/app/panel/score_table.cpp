// Score table implementation, drawn with ImDrawList (like the timeline) so the column groups can
// share a header, every cell can carry its own colour, and the whole grid is one clickable item.
#include "app/panel/score_table.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <imgui.h>
#include <string>

#include "app/panel/em.h"
#include "app/panel/episode_marks.h"
#include "app/panel/score_colours.h"
#include "app/run/describe.h"
#include "app/run/episode_wording.h"

namespace sb::app {

namespace {

// Sizes at the design font size; Em() scales them with the panel.
constexpr float kRowHeight = 29.0f;
constexpr float kGroupGap = 9.0f;     // between the caregiver, stranger, search and crying groups
constexpr float kCellGap = 2.0f;      // between neighbouring cells
constexpr float kMarkerWidth = 14.0f; // the running episode's arrow, left of its number
constexpr float kTooltipWidth = 380.0f;
constexpr int kTopScore = 7;          // every scale on the card runs 1..7

const ImU32 kInk = IM_COL32(250, 250, 252, 255);
const ImU32 kInkLow = IM_COL32(175, 180, 192, 255);      // a score of 1: nothing seen
const ImU32 kInkProvisional = IM_COL32(205, 208, 218, 200);
const ImU32 kFaint = IM_COL32(150, 155, 168, 150);
const ImU32 kHeaderInk = IM_COL32(225, 228, 235, 255);

struct Layout {
    ImVec2 origin;
    float label_w = 0, cell_w = 0, search_w = 0, cry_w = 0, gap = 0;
    float group_h = 0, scale_h = 0, row_h = 0;
    int rows = 0;

    float HeaderHeight() const { return group_h + scale_h; }
    float Height() const { return HeaderHeight() + row_h * static_cast<float>(rows); }
    float Left(int column) const {
        const float x = origin.x + label_w + gap;
        if (column < kStrangerColumns) return x + cell_w * static_cast<float>(column);
        if (column < kSearchColumn) return x + gap + cell_w * static_cast<float>(column);
        if (column == kSearchColumn) return x + 2 * gap + cell_w * kSearchColumn;
        return x + 3 * gap + cell_w * kSearchColumn + search_w;
    }
    float Width(int column) const { return column < kSearchColumn ? cell_w : column == kSearchColumn ? search_w : cry_w; }
    float Top(int row) const { return origin.y + HeaderHeight() + row_h * static_cast<float>(row); }
    ImVec2 CellMin(int row, int column) const { return {Left(column) + kCellGap * 0.5f, Top(row) + kCellGap * 0.5f}; }
    ImVec2 CellMax(int row, int column) const {
        return {Left(column) + Width(column) - kCellGap * 0.5f, Top(row) + row_h - kCellGap * 0.5f};
    }
    // The row and column under a point, or -1s.
    void Hit(ImVec2 p, int& row, int& column) const {
        row = -1;
        column = -1;
        if (p.y >= Top(0)) row = static_cast<int>((p.y - Top(0)) / row_h);
        if (row >= rows) row = -1;
        for (int c = 0; c < kColumnCount; ++c)
            if (p.x >= Left(c) && p.x < Left(c) + Width(c)) column = c;
    }
    // The column header under a point (scale row or group row), or -1.
    int HeaderHit(ImVec2 p) const {
        if (p.y < origin.y || p.y >= Top(0)) return -1;
        for (int c = 0; c < kColumnCount; ++c)
            if (p.x >= Left(c) && p.x < Left(c) + Width(c)) return c;
        return -1;
    }
};

ImVec2 TextSize(const ImFont* font, const char* text) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text);
}

void CentredText(ImDrawList* dl, const ImFont* font, ImVec2 a, ImVec2 b, ImU32 colour, const char* text) {
    const ImVec2 size = TextSize(font, text);
    const ImVec2 at(std::floor(a.x + (b.x - a.x - size.x) * 0.5f), std::floor(a.y + (b.y - a.y - size.y) * 0.5f));
    dl->AddText(font, font->FontSize, at, colour, text);
}

// Channel-wise blend of two packed colours; t = 0 gives `from`, 1 gives `to`.
ImU32 Mix(ImU32 from, ImU32 to, float t) {
    auto channel = [&](int shift) {
        const float a = static_cast<float>((from >> shift) & 0xFF);
        const float b = static_cast<float>((to >> shift) & 0xFF);
        return static_cast<ImU32>(std::lround(a + (b - a) * t)) << shift;
    };
    return channel(IM_COL32_R_SHIFT) | channel(IM_COL32_G_SHIFT) | channel(IM_COL32_B_SHIFT) | (0xFFu << IM_COL32_A_SHIFT);
}

// Background for a score: 1 (nothing seen) barely above an empty cell, 7 the group's full colour,
// so the high scores of a run stand out from across a lecture hall. Provisional ones stay paler.
ImU32 ScoreFill(ImU32 hue, double fraction, bool provisional) {
    float t = 0.10f + 0.90f * static_cast<float>(std::clamp(fraction, 0.0, 1.0));
    if (provisional) t *= 0.5f;
    return Mix(score_colours::kEmptyCell, hue, t);
}

ImU32 ColumnHue(int column) {
    if (column < kStrangerColumns) return score_colours::kCaregiver;
    if (column < kSearchColumn) return score_colours::kStranger;
    return column == kSearchColumn ? score_colours::kSearch : score_colours::kCrying;
}

// A dashed outline: the mark of a score that can still change.
void DashedRect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour, float dash, float thickness) {
    auto line = [&](ImVec2 from, ImVec2 to) {
        const float len = std::hypot(to.x - from.x, to.y - from.y);
        const ImVec2 d((to.x - from.x) / len, (to.y - from.y) / len);
        for (float s = 0.0f; s < len; s += dash * 2.0f) {
            const float e = std::min(s + dash, len);
            dl->AddLine(ImVec2(from.x + d.x * s, from.y + d.y * s), ImVec2(from.x + d.x * e, from.y + d.y * e), colour,
                        thickness);
        }
    };
    line(a, ImVec2(b.x, a.y));
    line(ImVec2(b.x, a.y), b);
    line(b, ImVec2(a.x, b.y));
    line(ImVec2(a.x, b.y), a);
}

Layout MeasureLayout(const std::vector<ScorecardRow>& rows, const PanelFonts& fonts) {
    Layout l;
    l.origin = ImGui::GetCursorScreenPos();
    l.rows = static_cast<int>(rows.size());
    l.gap = Em(kGroupGap);
    l.row_h = Em(kRowHeight);
    l.group_h = fonts.panel_small->FontSize + Em(8.0f);
    l.scale_h = fonts.panel_bold->FontSize + Em(6.0f);
    const float badge_w = TextSize(fonts.panel_bold, " C").x;
    for (const ScorecardRow& r : rows) {
        const float w = TextSize(fonts.panel_bold, std::to_string(r.number).c_str()).x + Em(6.0f) +
                        TextSize(fonts.panel_small, r.short_name.c_str()).x;
        l.label_w = std::max(l.label_w, w);
    }
    l.label_w += Em(kMarkerWidth) + badge_w;
    l.search_w = TextSize(fonts.panel_small, "Search").x + Em(8.0f);
    l.cry_w = std::max(TextSize(fonts.panel_bold, "13/13").x, TextSize(fonts.panel_small, "Crying").x) + Em(10.0f);
    const float avail = ImGui::GetContentRegionAvail().x;
    l.cell_w = std::max(Em(22.0f), (avail - l.label_w - l.search_w - l.cry_w - 4.0f * l.gap) / kSearchColumn);
    return l;
}

void DrawHeader(ImDrawList* dl, const Layout& l, const PanelFonts& fonts) {
    struct Group {
        const char* title;
        int first, last;
    };
    const Group groups[] = {{"Caregiver", 0, kStrangerColumns - 1},
                            {"Stranger", kStrangerColumns, kSearchColumn - 1},
                            {"Search", kSearchColumn, kSearchColumn},
                            {"Crying", kCryingColumn, kCryingColumn}};
    const float band = Em(3.0f);
    for (const Group& g : groups) {
        const ImVec2 a(l.Left(g.first) + kCellGap * 0.5f, l.origin.y);
        const ImVec2 b(l.Left(g.last) + l.Width(g.last) - kCellGap * 0.5f, l.origin.y + l.group_h - band - Em(2.0f));
        CentredText(dl, fonts.panel_small, a, b, kHeaderInk, g.title);
        dl->AddRectFilled(ImVec2(a.x, b.y), ImVec2(b.x, b.y + band), ColumnHue(g.first), band * 0.5f);
    }
    for (int c = 0; c < kSearchColumn; ++c) {
        const ImVec2 a(l.Left(c), l.origin.y + l.group_h);
        CentredText(dl, fonts.panel_bold, a, ImVec2(a.x + l.Width(c), a.y + l.scale_h), kHeaderInk,
                    ScaleAbbrev(ColumnScale(c)));
    }
}

void DrawRowLabel(ImDrawList* dl, const Layout& l, int i, const ScorecardRow& r, const PanelFonts& fonts) {
    const float top = l.Top(i);
    const bool reached = r.progress != EpisodeProgress::NotReached;
    const ImU32 ink = reached ? kInk : kFaint;
    if (r.progress == EpisodeProgress::Running) {
        dl->AddRectFilled(ImVec2(l.origin.x, top), ImVec2(l.Left(kCryingColumn) + l.cry_w, top + l.row_h),
                          score_colours::kRunningRow, Em(3.0f));
        const float m = Em(kMarkerWidth) * 0.5f;
        const float cy = top + l.row_h * 0.5f;
        dl->AddTriangleFilled(ImVec2(l.origin.x + Em(2.0f), cy - m * 0.8f), ImVec2(l.origin.x + Em(2.0f), cy + m * 0.8f),
                              ImVec2(l.origin.x + Em(2.0f) + m * 1.3f, cy), kInk);
    }
    float x = l.origin.x + Em(kMarkerWidth);
    const std::string number = std::to_string(r.number);
    const float number_y = top + (l.row_h - fonts.panel_bold->FontSize) * 0.5f;
    dl->AddText(fonts.panel_bold, fonts.panel_bold->FontSize, ImVec2(x, number_y), ink, number.c_str());
    x += TextSize(fonts.panel_bold, number.c_str()).x + Em(6.0f);
    const float name_y = top + (l.row_h - fonts.panel_small->FontSize) * 0.5f;
    dl->AddText(fonts.panel_small, fonts.panel_small->FontSize, ImVec2(x, name_y), reached ? kHeaderInk : kFaint,
                r.short_name.c_str());
    x += TextSize(fonts.panel_small, r.short_name.c_str()).x;
    if (r.curtailed || r.extended) {
        // A stop square or a plus, never a letter a class could read as attachment group C.
        const float icon = fonts.panel_bold->FontSize * 0.75f;
        const ImVec2 centre(x + Em(6.0f) + icon * 0.5f, top + l.row_h * 0.5f);
        if (r.curtailed) CurtailedIcon(dl, centre, icon);
        else ExtendedIcon(dl, centre, icon);
    }
}

void DrawScoreCell(ImDrawList* dl, ImVec2 a, ImVec2 b, int column, const ScoreCell& cell, const PanelFonts& fonts) {
    if (!cell.scored) {
        CentredText(dl, fonts.panel_bold, a, b, kFaint, "\u00B7");
        return;
    }
    const int value = cell.score->value;
    dl->AddRectFilled(a, b, ScoreFill(ColumnHue(column), (value - 1) / double(kTopScore - 1), cell.provisional),
                      Em(3.0f));
    if (cell.provisional) DashedRect(dl, a, b, ColumnHue(column), Em(3.0f), Em(1.5f));
    const ImU32 ink = cell.provisional ? kInkProvisional : value > 1 ? kInk : kInkLow;
    CentredText(dl, fonts.panel_bold, a, b, ink, std::to_string(value).c_str());
}

void DrawCryingCell(ImDrawList* dl, ImVec2 a, ImVec2 b, const ScorecardRow& r, const PanelFonts& fonts) {
    if (r.intervals == 0) {
        CentredText(dl, fonts.panel_bold, a, b, kFaint, "\u00B7");
        return;
    }
    const bool provisional = r.progress == EpisodeProgress::Running;
    const double share = static_cast<double>(r.crying_intervals) / r.intervals;
    // Crying has no "1": an episode without it gets no colour at all.
    if (r.crying_intervals > 0)
        dl->AddRectFilled(a, b, ScoreFill(score_colours::kCrying, share, provisional), Em(3.0f));
    else
        dl->AddRectFilled(a, b, score_colours::kEmptyCell, Em(3.0f));
    if (provisional) DashedRect(dl, a, b, score_colours::kCrying, Em(3.0f), Em(1.5f));
    char text[16];
    std::snprintf(text, sizeof text, "%d/%d", r.crying_intervals, r.intervals);
    const ImU32 ink = provisional ? kInkProvisional : r.crying_intervals > 0 ? kInk : kInkLow;
    CentredText(dl, fonts.panel_bold, a, b, ink, text);
}

// "At 9:31 — click to watch from 9:29"; `what` replaces "At" where the moment is less exact. The
// replay never starts before the row's episode (ScorecardPanel::Show starts it there too).
void MomentLine(double at_s, double episode_start_s, const char* what = "At") {
    if (at_s < 0.0) return;
    ImGui::TextDisabled("%s %s \u2014 click to watch from %s", what, FormatMoment(at_s).c_str(),
                        FormatMoment(std::max({0.0, episode_start_s, at_s - kReplayLeadIn_s})).c_str());
}

void CellTooltip(const ScorecardRow& r, int column, const ProtocolRoles& roles) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(Em(kTooltipWidth));
    ImGui::Text("Episode %d \u2014 %s", r.number, r.name.c_str());
    if (r.progress == EpisodeProgress::NotReached) {
        ImGui::TextDisabled("Not reached yet");
    } else if (column == kCryingColumn) {
        ImGui::Text("Crying in %d of %d 15-s intervals, %.0f s in all", r.crying_intervals, r.intervals, r.crying_s);
        if (r.progress == EpisodeProgress::Running) ImGui::TextDisabled("So far: the episode is still running");
        MomentLine(r.first_cry_s, r.start_s, "First in the 15 s from");
    } else if (const ScoreCell* cell = r.CellAt(column); cell && cell->scored) {
        std::string what = DescribeColumn(column);
        what[0] = static_cast<char>(what[0] - 'a' + 'A');
        ImGui::Text("%s: %d of %d", what.c_str(), cell->score->value, kTopScore);
        if (cell->provisional) ImGui::TextDisabled("Provisional: the episode is still running");
        ImGui::TextWrapped("%s", cell->score->why.c_str());
        MomentLine(cell->score->at_s, r.start_s);
    } else {
        std::string what = DescribeColumn(column);
        what[0] = static_cast<char>(what[0] - 'a' + 'A');
        ImGui::Text("%s: not scored here", what.c_str());
        ImGui::TextDisabled("%s", WhereScored(roles, column).c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void EpisodeTooltip(const ScorecardRow& r) {
    ImGui::BeginTooltip();
    ImGui::Text("Episode %d \u2014 %s", r.number, r.name.c_str());
    if (r.progress == EpisodeProgress::NotReached) {
        ImGui::TextDisabled("Not reached yet");
    } else {
        ImGui::Text("From %s, %s %s", FormatMoment(r.start_s).c_str(),
                    r.progress == EpisodeProgress::Running ? "running for" : "lasted", FormatClock(r.duration_s).c_str());
        if (r.curtailed) {
            CurtailedIconItem();
            ImGui::SameLine();
            ImGui::TextUnformatted("Curtailed: ended early, the infant was too distressed");
        }
        if (r.extended) {
            ExtendedIconItem();
            ImGui::SameLine();
            ImGui::TextUnformatted("Extended: ran on until the infant settled");
        }
    }
    ImGui::EndTooltip();
}

void HeaderTooltip(int column, const ProtocolRoles& roles) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(Em(kTooltipWidth));
    if (IsScaleColumn(column)) {
        ImGui::Text("%s (%s), 1\u20137, toward the %s", ScaleName(ColumnScale(column)), ScaleAbbrev(ColumnScale(column)),
                    ColumnPerson(column) == Toward::Caregiver ? "caregiver" : "stranger");
        ImGui::TextDisabled("%s", WhereScored(roles, column).c_str());
    } else if (column == kSearchColumn) {
        ImGui::TextUnformatted("Search for the caregiver, 1\u20137: following her to the door, searching there, looking "
                               "at it");
        ImGui::TextDisabled("%s", WhereScored(roles, column).c_str());
    } else {
        ImGui::TextUnformatted("Crying: the 15-s intervals with at least 1 s of crying, of all the episode's intervals");
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace

std::optional<CellClick> ScoreTable(const std::vector<ScorecardRow>& rows, const ProtocolRoles& roles,
                                    const CellRef& jumped_to, const PanelFonts& fonts) {
    const Layout l = MeasureLayout(rows, fonts);
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::InvisibleButton("##score_table", ImVec2(width, l.Height()));
    const bool hovered = ImGui::IsItemHovered();
    const bool clicked = ImGui::IsItemClicked(ImGuiMouseButton_Left);
    int hover_row = -1, hover_column = -1;
    if (hovered) l.Hit(ImGui::GetIO().MousePos, hover_row, hover_column);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    DrawHeader(dl, l, fonts);
    for (int i = 0; i < l.rows; ++i) {
        const ScorecardRow& r = rows[static_cast<std::size_t>(i)];
        DrawRowLabel(dl, l, i, r, fonts);
        for (int c = 0; c < kColumnCount; ++c) {
            const ImVec2 a = l.CellMin(i, c);
            const ImVec2 b = l.CellMax(i, c);
            if (c == kCryingColumn) DrawCryingCell(dl, a, b, r, fonts);
            else DrawScoreCell(dl, a, b, c, *r.CellAt(c), fonts);
            const bool has_moment = r.MomentAt(c) >= 0.0;
            if (i == hover_row && c == hover_column && has_moment)
                dl->AddRect(a, b, score_colours::kHover, Em(3.0f), 0, Em(2.0f));
            if (jumped_to == CellRef{r.number, c}) {
                const float grow = Em(1.5f);
                dl->AddRect(ImVec2(a.x - grow, a.y - grow), ImVec2(b.x + grow, b.y + grow), score_colours::kJumpedTo,
                            Em(4.0f), 0, Em(3.0f));
            }
        }
    }

    if (hovered) {
        if (hover_row >= 0 && hover_column >= 0) CellTooltip(rows[static_cast<std::size_t>(hover_row)], hover_column, roles);
        else if (hover_row >= 0 && ImGui::GetIO().MousePos.x < l.Left(0)) EpisodeTooltip(rows[static_cast<std::size_t>(hover_row)]);
        else if (const int header = l.HeaderHit(ImGui::GetIO().MousePos); header >= 0) HeaderTooltip(header, roles);
    }
    if (clicked && hover_row >= 0 && hover_column >= 0) {
        const ScorecardRow& r = rows[static_cast<std::size_t>(hover_row)];
        if (const double at_s = r.MomentAt(hover_column); at_s >= 0.0) return CellClick{{r.number, hover_column}, at_s};
    }
    return std::nullopt;
}

}  // namespace sb::app
