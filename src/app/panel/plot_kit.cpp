// Plot kit implementation. Dashes are measured along the line in screen pixels, so a dashed series
// looks the same however many samples it has.
#include "app/panel/plot_kit.h"

#include <algorithm>
#include <cmath>

#include "app/panel/em.h"
#include "app/panel/inside_colours.h"

namespace sb::app {

namespace {

float Length(ImVec2 a, ImVec2 b) { return std::hypot(b.x - a.x, b.y - a.y); }
ImVec2 Along(ImVec2 a, ImVec2 b, float k) { return ImVec2(a.x + (b.x - a.x) * k, a.y + (b.y - a.y) * k); }

// Dashes of `on` px with gaps of `off` px along the polyline.
void DrawDashed(ImDrawList* dl, const std::vector<ImVec2>& pts, ImU32 colour, float width, float on, float off) {
    std::vector<ImVec2> run;
    bool drawing = true;
    float left = on;  // px until the pattern flips
    run.push_back(pts[0]);
    for (std::size_t i = 1; i < pts.size(); ++i) {
        ImVec2 from = pts[i - 1];
        float seg = Length(from, pts[i]);
        while (seg > left) {
            const ImVec2 flip = Along(from, pts[i], left / seg);
            if (drawing) {
                run.push_back(flip);
                dl->AddPolyline(run.data(), static_cast<int>(run.size()), colour, 0, width);
                run.clear();
            } else {
                run.push_back(flip);
            }
            seg -= left;
            from = flip;
            drawing = !drawing;
            left = drawing ? on : off;
        }
        left -= seg;
        if (drawing) run.push_back(pts[i]);
    }
    if (drawing && run.size() > 1) dl->AddPolyline(run.data(), static_cast<int>(run.size()), colour, 0, width);
}

// Round dots `gap` px apart along the polyline: reads as dotted even at projector resolution.
void DrawDotted(ImDrawList* dl, const std::vector<ImVec2>& pts, ImU32 colour, float radius, float gap) {
    float next = 0.0f;  // px along the current segment to the next dot
    for (std::size_t i = 1; i < pts.size(); ++i) {
        const float seg = Length(pts[i - 1], pts[i]);
        for (; next <= seg; next += gap) dl->AddCircleFilled(Along(pts[i - 1], pts[i], seg > 0 ? next / seg : 0.0f), radius, colour, 8);
        next -= seg;
    }
}

}  // namespace

void DrawStyledPolyline(ImDrawList* dl, const std::vector<ImVec2>& points, const LineLook& look) {
    if (points.size() < 2) return;
    // Whole-pixel widths let ImGui draw anti-aliased lines from its texture: a third of the
    // triangles, which is most of a chart's cost on a software renderer.
    const float w = std::max(1.0f, std::round(Em(look.width)));
    switch (look.style) {
        case LineStyle::Solid: dl->AddPolyline(points.data(), static_cast<int>(points.size()), look.colour, 0, w); break;
        case LineStyle::Dashed: DrawDashed(dl, points, look.colour, w, Em(9.0f), Em(6.0f)); break;
        case LineStyle::Dotted: DrawDotted(dl, points, look.colour, w * 0.75f, w * 2.6f); break;
    }
}

void Legend(const std::vector<LineLook>& looks) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float sample_w = Em(30.0f);
    const float line_h = ImGui::GetTextLineHeight();
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < looks.size(); ++i) {
        const LineLook& l = looks[i];
        const float entry_w = sample_w + Em(6.0f) + ImGui::CalcTextSize(l.label).x;
        if (i > 0) {
            ImGui::SameLine(0.0f, Em(16.0f));
            if (ImGui::GetCursorScreenPos().x + entry_w > right) ImGui::NewLine();
        }
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float y = p.y + line_h * 0.5f;
        DrawStyledPolyline(dl, {ImVec2(p.x + 2.0f, y), ImVec2(p.x + sample_w - 2.0f, y)}, l);
        ImGui::Dummy(ImVec2(sample_w, line_h));
        ImGui::SameLine(0.0f, Em(6.0f));
        ImGui::TextUnformatted(l.label);
    }
}

void DrawValueGrid(ImDrawList* dl, ImVec2 a, ImVec2 b, float margin, double lo, double hi,
                   const std::vector<double>& at, const std::vector<const char*>& labels) {
    for (std::size_t i = 0; i < at.size(); ++i) {
        const float y = b.y - static_cast<float>((at[i] - lo) / (hi - lo)) * (b.y - a.y);
        dl->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), inside_colours::kGrid, 1.0f);
        if (i < labels.size()) {
            const ImVec2 size = ImGui::CalcTextSize(labels[i]);
            const float ty = std::clamp(y - size.y * 0.5f, a.y - size.y * 0.3f, b.y - size.y * 0.7f);
            dl->AddText(ImVec2(a.x - margin + (margin - Em(4.0f) - size.x), ty), inside_colours::kMutedText, labels[i]);
        }
    }
}

}  // namespace sb::app
