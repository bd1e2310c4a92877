// Episode timeline implementation, drawn with ImDrawList so the segments can be proportional,
// hatched and clickable in one widget.
#include "app/panel/timeline_widget.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <imgui.h>

#include "app/panel/em.h"
#include "app/panel/episode_marks.h"
#include "app/panel/timeline_colours.h"
#include "app/run/describe.h"

namespace sb::app {

namespace {

// Sizes at the design font size; Em() scales them with the panel.
constexpr float kBarHeight = 34.0f;
constexpr float kMarkerHeight = 8.0f;
constexpr float kGap = 2.0f;
constexpr float kMinSegment = 18.0f;  // the 30-s first episode must stay clickable

// Widths proportional to length, except that none is narrower than kMinSegment.
std::vector<float> SegmentWidths(const std::vector<TimelineSegment>& segs, float avail) {
    const float min_w = Em(kMinSegment);
    std::vector<float> w(segs.size(), 0.0f);
    std::vector<bool> pinned(segs.size(), false);
    for (int pass = 0; pass < 3; ++pass) {
        double free_len = 0.0;
        float free_px = avail;
        for (std::size_t i = 0; i < segs.size(); ++i) {
            if (pinned[i]) free_px -= min_w;
            else free_len += segs[i].length_s;
        }
        for (std::size_t i = 0; i < segs.size(); ++i) {
            if (pinned[i]) continue;
            w[i] = free_len > 0.0 ? static_cast<float>(free_px * segs[i].length_s / free_len) : 0.0f;
            if (w[i] < min_w) pinned[i] = true;
        }
    }
    for (std::size_t i = 0; i < segs.size(); ++i)
        if (pinned[i]) w[i] = min_w;
    return w;
}

void Tooltip(const TimelineSegment& s) {
    ImGui::BeginTooltip();
    ImGui::Text("Episode %d: %s", s.number, s.name.c_str());
    ImGui::Text("Nominal %s", FormatClock(s.nominal_s).c_str());
    if (s.finished) ImGui::Text("Lasted %s", FormatClock(s.length_s).c_str());
    else if (s.current) ImGui::Text("Running: %s so far", FormatClock(s.elapsed_s).c_str());
    else ImGui::TextUnformatted("Not reached yet");
    if (s.curtailed) {
        CurtailedIconItem();
        ImGui::SameLine();
        ImGui::TextUnformatted("Curtailed: ended early, the infant was too distressed");
    }
    if (s.extended) {
        ExtendedIconItem();
        ImGui::SameLine();
        ImGui::TextUnformatted("Extended: ran on until the infant settled");
    }
    ImGui::TextDisabled("Click to jump here");
    ImGui::EndTooltip();
}

enum class Mark { None, Curtailed, Extended };

void Swatch(ImDrawList* dl, ImU32 fill, Mark mark) {
    const float size = ImGui::GetTextLineHeight() * 0.8f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 a(p.x, p.y + (ImGui::GetTextLineHeight() - size) * 0.5f);
    const ImVec2 b(a.x + size * 1.4f, a.y + size);
    dl->AddRectFilled(a, b, fill, 2.0f);
    if (mark == Mark::Curtailed) HatchCurtailed(dl, a, b);
    if (mark == Mark::Extended) HatchExtended(dl, a, b);
    ImGui::Dummy(ImVec2(size * 1.4f, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0.0f, 4.0f);
}

void Legend(const PanelFonts& fonts) {
    ImGui::PushFont(fonts.panel_small);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    Swatch(dl, timeline_colours::kCaregiverIn, Mark::None);
    ImGui::TextUnformatted("caregiver in");
    ImGui::SameLine(0.0f, Em(12.0f));
    Swatch(dl, timeline_colours::kCaregiverOut, Mark::None);
    ImGui::TextUnformatted("caregiver out");
    Swatch(dl, timeline_colours::kCaregiverOut, Mark::Curtailed);
    CurtailedIconItem();
    ImGui::SameLine(0.0f, 4.0f);
    ImGui::TextUnformatted("curtailed");
    ImGui::SameLine(0.0f, Em(12.0f));
    Swatch(dl, timeline_colours::kCaregiverIn, Mark::Extended);
    ExtendedIconItem();
    ImGui::SameLine(0.0f, 4.0f);
    ImGui::TextUnformatted("extended");
    ImGui::PopFont();
}

}  // namespace

std::vector<TimelineSegment> BuildTimeline(const Simulation& sim) {
    const std::vector<EpisodeRecord>& done = sim.Timeline();
    const ProtocolDef& protocol = sim.Protocol();
    std::vector<TimelineSegment> segs;
    for (std::size_t i = 0; i < protocol.episodes.size(); ++i) {
        const EpisodeDef& ep = protocol.episodes[i];
        TimelineSegment s;
        s.number = ep.number;
        s.name = ep.name;
        s.nominal_s = ep.nominal_s;
        s.length_s = ep.nominal_s;
        s.caregiver_present = ep.caregiver_present;
        // The director appends one record per episode begun, in protocol order.
        if (i < done.size()) {
            const EpisodeRecord& r = done[i];
            s.curtailed = r.curtailed;
            s.extended = r.extended;
            s.finished = r.end_s >= 0.0;
            s.current = !s.finished;
            s.elapsed_s = s.finished ? r.Duration() : sim.Time() - r.start_s;
            s.length_s = s.finished ? r.Duration() : std::max(ep.nominal_s, s.elapsed_s);
        }
        segs.push_back(s);
    }
    return segs;
}

int EpisodeTimeline(const Simulation& sim, const PanelFonts& fonts) {
    const std::vector<TimelineSegment> segs = BuildTimeline(sim);
    if (segs.empty()) return 0;
    const float width = ImGui::GetContentRegionAvail().x;
    const float bar_h = Em(kBarHeight);
    const float marker_h = Em(kMarkerHeight);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##episode_timeline", ImVec2(width, bar_h + marker_h));
    const bool hovered = ImGui::IsItemHovered();
    const bool clicked = ImGui::IsItemClicked(ImGuiMouseButton_Left);
    const float mouse_x = ImGui::GetIO().MousePos.x;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::vector<float> widths = SegmentWidths(segs, width - kGap * static_cast<float>(segs.size() - 1));
    const float top = origin.y + marker_h;
    float x = origin.x;
    int picked = 0;
    for (std::size_t i = 0; i < segs.size(); ++i) {
        const TimelineSegment& s = segs[i];
        const ImVec2 a(x, top);
        const ImVec2 b(x + widths[i], top + bar_h);
        const ImU32 base = s.caregiver_present ? timeline_colours::kCaregiverIn : timeline_colours::kCaregiverOut;
        // Not yet reached: a faint outline of what is to come.
        const ImU32 fill = (s.finished || s.current) ? base : (base & 0x00FFFFFF) | 0x50000000;
        dl->AddRectFilled(a, b, fill, 3.0f);
        if (s.extended && s.length_s > s.nominal_s) {
            const float from = a.x + widths[i] * static_cast<float>(s.nominal_s / s.length_s);
            HatchExtended(dl, ImVec2(from, a.y), b);
        }
        if (s.curtailed) HatchCurtailed(dl, a, b);
        if (s.current) {
            // Still to run of the current episode: darker, so the filled part reads as progress.
            const float at = a.x + widths[i] * static_cast<float>(std::clamp(s.elapsed_s / s.length_s, 0.0, 1.0));
            dl->AddRectFilled(ImVec2(at, a.y), b, 0x70000000, 3.0f);
            dl->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(b.x + 1, b.y + 1), IM_COL32_WHITE, 3.0f, 0, Em(2.5f));
            dl->AddLine(ImVec2(at, a.y - 2), ImVec2(at, b.y + 2), IM_COL32_WHITE, Em(3.0f));
            dl->AddTriangleFilled(ImVec2(at - Em(6.0f), origin.y), ImVec2(at + Em(6.0f), origin.y), ImVec2(at, top - 1),
                                  IM_COL32_WHITE);
        }
        // The number, and beside it the mark's icon (a stop square or a plus, never a letter that
        // reads as a group); when the segment is too narrow for both, the icon alone.
        const std::string label = std::to_string(s.number);
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        const bool marked = s.curtailed || s.extended;
        const float icon = ImGui::GetFontSize() * 0.8f;
        const float gap = Em(4.0f);
        const bool show_number = !marked || size.x + gap + icon <= widths[i] - 2.0f;
        const float content_w = (show_number ? size.x : 0.0f) + (marked ? icon + (show_number ? gap : 0.0f) : 0.0f);
        const float left = a.x + (widths[i] - content_w) * 0.5f;
        const float mid_y = a.y + bar_h * 0.5f;
        if (show_number) {
            const ImU32 ink = (s.finished || s.current) ? IM_COL32_WHITE : IM_COL32(220, 220, 230, 200);
            const ImVec2 at(left, mid_y - size.y * 0.5f);
            dl->AddText(ImVec2(at.x + 1.0f, at.y + 1.0f), IM_COL32(0, 0, 0, 200), label.c_str());  // reads over hatching
            dl->AddText(at, ink, label.c_str());
        }
        if (marked) {
            const ImVec2 centre(left + content_w - icon * 0.5f, mid_y);
            if (s.curtailed) CurtailedIcon(dl, centre, icon);
            else ExtendedIcon(dl, centre, icon);
        }
        if (mouse_x >= a.x && mouse_x < b.x + kGap) picked = s.number;
        if (hovered && mouse_x >= a.x && mouse_x < b.x + kGap) Tooltip(s);
        x = b.x + kGap;
    }
    Legend(fonts);
    return clicked ? picked : 0;
}

}  // namespace sb::app
