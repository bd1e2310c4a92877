// Verdict view implementation: rating and dimension bars drawn with ImDrawList, text with ImGui so
// the reasons wrap to the panel's width.
#include "app/panel/verdict_view.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <imgui.h>
#include <string>

#include "app/panel/em.h"
#include "app/run/describe.h"
#include "app/run/episode_wording.h"
#include "app/run/okabe_ito.h"
#include "app/run/scorecard_rows.h"

namespace sb::app {

namespace {

constexpr int kTopRating = 9;
constexpr int kDThreshold = kDisorganizedRating;  // Main & Solomon: 5 or more classifies D
constexpr float kLabelWidth = 150.0f;     // "Disorganization", "Avoidance", "Resistance"
constexpr float kBarHeight = 20.0f;
constexpr float kMinReasonsHeight = 70.0f;// below this the reasons scroll with the whole panel
constexpr std::size_t kObservationsListed = 6;

const ImVec4 kMuted(0.72f, 0.75f, 0.80f, 1.0f);
const ImVec4 kFaintText(0.62f, 0.65f, 0.70f, 1.0f);
const ImU32 kTrack = IM_COL32(44, 48, 60, 255);
const ImU32 kRatingFill = IM_COL32(120, 130, 150, 255);
const ImU32 kRatingD = IM_COL32(220, 60, 90, 255);     // the D range of the rating
const ImU32 kDimensionFill = IM_COL32(96, 108, 134, 255);  // dark enough for the end words to read over it
const ImU32 kTick = IM_COL32(250, 250, 252, 255);
const ImU32 kEndLabel = IM_COL32(215, 220, 230, 255);

// What each group stands for, for students who have the letters but not yet the words.
const char* GroupWord(char group) {
    switch (group) {
        case 'A': return "Insecure-avoidant";
        case 'B': return "Secure";
        case 'C': return "Insecure-resistant";
        case 'D': return "Disorganized";
    }
    return "";
}

// A dashed outline: the mark of a value that can still change, as in the score table.
void DashedOutline(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour) {
    const float dash = Em(4.0f);
    for (float x = a.x; x < b.x; x += 2.0f * dash) {
        dl->AddLine(ImVec2(x, a.y - Em(3.0f)), ImVec2(std::min(x + dash, b.x), a.y - Em(3.0f)), colour, Em(1.5f));
        dl->AddLine(ImVec2(x, b.y + Em(3.0f)), ImVec2(std::min(x + dash, b.x), b.y + Em(3.0f)), colour, Em(1.5f));
    }
}

void DisorganizationTooltip(const Disorganization& d, const ProtocolRoles& roles, bool final_rating) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(Em(420.0f));
    ImGui::Text("Disorganization %d of %d%s; %d or more classifies D (Main & Solomon 1990)", d.rating, kTopRating,
                final_rating ? "" : " so far", kDThreshold);
    ImGui::TextWrapped("%s", d.why.c_str());
    const std::size_t n = std::min(d.observations.size(), kObservationsListed);
    for (std::size_t i = 0; i < n; ++i) {
        const DObservation& o = d.observations[i];
        ImGui::Bullet();
        ImGui::TextWrapped("%s: %s (severity %d)", MomentIn(roles, o.at_s, o.episode).c_str(), o.what.c_str(),
                           o.severity);
    }
    if (d.observations.size() > n) ImGui::TextDisabled("and %zu more", d.observations.size() - n);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// "Disorganization", nine segments filled up to the rating (red from the D threshold on), "4/9".
void DisorganizationRow(const Disorganization& d, const ProtocolRoles& roles, bool final_rating,
                        const PanelFonts& fonts) {
    ImGui::BeginGroup();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(kMuted, "Disorganization");
    ImGui::SameLine(Em(kLabelWidth));
    char value[16];
    std::snprintf(value, sizeof value, "%d/%d", d.rating, kTopRating);
    const float w = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize("9/9").x - ImGui::GetStyle().ItemSpacing.x;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float line_h = ImGui::GetFrameHeight();
    const ImVec2 a(p.x, p.y + (line_h - Em(kBarHeight)) * 0.5f);
    const ImVec2 b(p.x + w, a.y + Em(kBarHeight));
    ImGui::Dummy(ImVec2(w, line_h));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(value);
    ImGui::EndGroup();
    if (ImGui::IsItemHovered()) DisorganizationTooltip(d, roles, final_rating);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float gap = Em(2.0f);
    const float seg = (b.x - a.x - gap * (kTopRating - 1)) / kTopRating;
    for (int i = 1; i <= kTopRating; ++i) {
        const ImVec2 sa(a.x + (seg + gap) * static_cast<float>(i - 1), a.y);
        const ImVec2 sb(sa.x + seg, b.y);
        const bool d_range = i >= kDThreshold;
        const ImU32 fill = i <= d.rating ? (d_range ? kRatingD : kRatingFill) : kTrack;
        dl->AddRectFilled(sa, sb, fill, Em(2.0f));
        if (d_range && i > d.rating) dl->AddRect(sa, sb, (kRatingD & 0x00FFFFFF) | 0x90000000, Em(2.0f), 0, Em(1.5f));
    }
    // "D" at the threshold, so the scale explains itself.
    const ImVec2 d_at(a.x + (seg + gap) * (kDThreshold - 1) + Em(4.0f),
                      a.y + (b.y - a.y - fonts.panel_small->FontSize) * 0.5f);
    dl->AddText(fonts.panel_small, fonts.panel_small->FontSize, d_at, IM_COL32(255, 255, 255, 170), "D \u2192");
    if (!final_rating) DashedOutline(dl, a, b, kRatingFill);
}

struct Dimension {
    const char* label;
    double value, lo, hi, origin;  // the bar runs lo..hi and is filled from origin to value
    const char* lo_word;
    const char* hi_word;
    std::string tooltip;
};

// Label, a bar with the value marked and words at its two ends, and the number: `width` px in all.
void DimensionBar(const Dimension& d, float width, const PanelFonts& fonts) {
    ImGui::BeginGroup();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(kMuted, "%s", d.label);
    ImGui::SameLine();
    char text[16];
    std::snprintf(text, sizeof text, "%+.1f", d.value);
    const char* value = d.value == 0.0 ? "0.0" : text;
    const float value_w = ImGui::CalcTextSize("+0.0").x;
    const float bar_w = std::max(Em(40.0f), width - ImGui::GetItemRectSize().x - value_w - 2.0f * ImGui::GetStyle().ItemSpacing.x);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float line_h = ImGui::GetFrameHeight();
    const ImVec2 a(p.x, p.y + (line_h - Em(kBarHeight)) * 0.5f);
    const ImVec2 b(p.x + bar_w, a.y + Em(kBarHeight));
    ImGui::Dummy(ImVec2(bar_w, line_h));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(value);
    ImGui::EndGroup();
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(Em(380.0f));
        ImGui::TextUnformatted(d.tooltip.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, kTrack, Em(3.0f));
    auto x_of = [&](double v) { return a.x + static_cast<float>((std::clamp(v, d.lo, d.hi) - d.lo) / (d.hi - d.lo)) * (b.x - a.x); };
    const float x0 = x_of(d.origin);
    const float x1 = x_of(d.value);
    const float inset = Em(3.0f);
    dl->AddRectFilled(ImVec2(std::min(x0, x1), a.y + inset), ImVec2(std::max(x0, x1), b.y - inset), kDimensionFill,
                      Em(2.0f));
    // End words inside the track, under the marker lines so a value at either end stays visible.
    const ImFont* f = fonts.panel_small;
    const float ty = a.y + (b.y - a.y - f->FontSize) * 0.5f;
    const float hi_w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0.0f, d.hi_word).x;
    dl->AddText(f, f->FontSize, ImVec2(a.x + Em(5.0f), ty), kEndLabel, d.lo_word);
    dl->AddText(f, f->FontSize, ImVec2(b.x - hi_w - Em(5.0f), ty), kEndLabel, d.hi_word);
    dl->AddLine(ImVec2(x0, a.y - Em(2.0f)), ImVec2(x0, b.y + Em(2.0f)), kTick, Em(1.5f));
    dl->AddLine(ImVec2(x1, a.y - Em(3.0f)), ImVec2(x1, b.y + Em(3.0f)), kTick, Em(3.0f));
}

void ClassificationHeadline(const Classification& c, const PanelFonts& fonts) {
    ImGui::PushFont(fonts.title);
    if (!c.classifiable) {
        ImGui::TextUnformatted("Not classifiable");
        ImGui::PopFont();
        return;
    }
    const std::string big = c.group == 'D' ? "D" : c.subgroup;
    // The group's Okabe-Ito colour, which stays apart from the others' for red-green colour blindness.
    const Rgb hue = GroupColour(c.group);
    const ImVec4 group_ink(hue.r / 255.0f, hue.g / 255.0f, hue.b / 255.0f, 1.0f);
    ImGui::TextColored(group_ink, "%s", big.c_str());
    ImGui::PopFont();
    ImGui::SameLine(0.0f, Em(16.0f));
    ImGui::BeginGroup();
    ImGui::PushFont(fonts.panel_bold);
    ImGui::TextColored(group_ink, "%s", GroupWord(c.group));
    ImGui::PopFont();
    ImGui::PushFont(fonts.panel_small);
    if (c.group == 'D')
        ImGui::TextColored(kMuted, "best fit %s (%s)", c.subgroup.c_str(), GroupWord(c.best_fit));
    else
        ImGui::TextColored(kMuted, "group %c, subgroup %s", c.group, c.subgroup.c_str());
    ImGui::PopFont();
    ImGui::EndGroup();
}

void Reasons(const Classification& c, const PanelFonts& fonts) {
    const float left = ImGui::GetContentRegionAvail().y;
    const bool own_scroll = left >= Em(kMinReasonsHeight);
    if (own_scroll) ImGui::BeginChild("##reasons", ImVec2(0.0f, left), false);
    ImGui::PushFont(fonts.panel_small);
    for (const std::string& reason : c.reasons) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", reason.c_str());
    }
    ImGui::PopFont();
    if (own_scroll) ImGui::EndChild();
}

}  // namespace

void VerdictView(const Coding& coding, bool procedure_finished, const PanelFonts& fonts) {
    const bool decided = procedure_finished || ReunionsComplete(coding);
    DisorganizationRow(coding.disorganization, coding.roles, decided, fonts);
    if (!decided) {
        ImGui::Spacing();
        ImGui::TextColored(kFaintText, "%s", ClassificationWhen(coding.roles).c_str());
        return;
    }
    const Classification& c = coding.classification;
    ImGui::Spacing();
    ClassificationHeadline(c, fonts);
    if (c.classifiable) {
        // Side by side: the two continuous dimensions the categories are cut from.
        const float gap = Em(18.0f);
        const float half = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
        DimensionBar({"Avoidance", c.avoidance_dim, -6.0, 6.0, 0.0, "seeks", "avoids",
                      "Avoidance versus proximity seeking in the reunions (Fraley & Spieker 2003): the mean AV of " +
                          TheReunions(coding.roles) +
                          " minus the mean of their PS and CM. -6 seeks and never avoids, +6 avoids."},
                     half, fonts);
        ImGui::SameLine(0.0f, gap);
        DimensionBar({"Resistance", c.resistance_dim, 0.0, 6.0, 0.0, "none", "angry",
                      "Angry resistance versus emotional confidence in the reunions: the mean RS of " +
                          TheReunions(coding.roles) + " minus 1. 0 none, 6 strong."},
                     half, fonts);
    }
    ImGui::Spacing();
    Reasons(c, fonts);
}

}  // namespace sb::app
