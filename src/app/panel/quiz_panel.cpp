// Quiz tab implementation. Score buttons rather than sliders: a student commits to a number, and a
// scale nobody touched stays visibly unanswered instead of reading as a 1.
#include "app/panel/quiz_panel.h"
#include "app/panel/panel_widgets.h"

#include <cstdio>
#include <imgui.h>
#include <utility>

#include "app/panel/em.h"
#include "app/run/describe.h"
#include "app/run/episode_wording.h"
#include "app/run/scorecard_rows.h"

namespace sb::app {

namespace {

const ImVec4 kMuted(0.72f, 0.75f, 0.80f, 1.0f);
const ImVec4 kAgree(0.55f, 0.92f, 0.55f, 1.0f);
const ImVec4 kDiffer(1.00f, 0.62f, 0.35f, 1.0f);
const ImVec4 kHidden(1.00f, 0.78f, 0.30f, 1.0f);  // the inside view's amber: what the run was hiding
constexpr float kGap = 4.0f;

std::string GroupText(char group, const std::string& subgroup) {
    if (group == '?') return "not classifiable";
    return subgroup.empty() || group == 'D' ? std::string(1, group) : subgroup;
}

}  // namespace

QuizPanel::QuizPanel(QuizDeck deck, std::string log_path)
    : deck_(std::move(deck)), item_(deck_.Draw()), log_path_(std::move(log_path)) {}

void QuizPanel::Show(Playback& playback, const PanelFonts& fonts) {
    std::optional<double> replay_from;
    bool next = false;
    ImGui::PushFont(fonts.panel_bold);
    ImGui::Text("Item %d \u2014 code this infant", item_.number);
    ImGui::PopFont();
    ImGui::PushFont(fonts.panel_small);
    ImGui::TextColored(kMuted, "Caregiver hidden; drawn from: %s", deck_.SourceName().c_str());
    ImGui::PopFont();
    if (!result_) {
        AnswerForm(fonts);
    } else {
        Feedback(fonts, replay_from);
        ImGui::Spacing();
        if (ImGui::Button("Next item", ImVec2(-1.0f, 0.0f))) next = true;
    }
    ImGui::Separator();
    TallyAndSave(fonts);

    // Last, as nothing below reads the run: both replace the Simulation the panel was drawn from.
    if (next) {
        item_ = deck_.Draw();
        answer_ = QuizAnswer{};
        result_.reset();
        playback = Playback(item_.scenario, playback.Speed(), false);
    } else if (replay_from) {
        playback.JumpToTime(*replay_from);
    }
}

void QuizPanel::AnswerForm(const PanelFonts& fonts) {
    ImGui::TextWrapped("Watch the run \u2014 jump to an episode or replay on the Run tab as often as you like \u2014 "
                       "then score the infant's behaviour to the caregiver in each reunion (1 none \u2026 7 very strong).");
    const ProtocolRoles& roles = item_.coding.roles;
    const float label_w = Em(56.0f);
    for (int i = 0; i < kQuizReunions; ++i) {
        Heading(fonts, (EpisodeName(roles, item_.reunions[i]) + " (episode " + std::to_string(item_.reunions[i]) + ")").c_str());
        for (int s = 0; s < kQuizScales; ++s) {
            ImGui::PushID(i * kQuizScales + s);
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(QuizScaleAbbrev(s));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ScaleName(static_cast<Scale>(s)));
            ImGui::SameLine(label_w);
            const float w = (ImGui::GetContentRegionAvail().x - kGap * (kQuizMaxScore - 1)) / kQuizMaxScore;
            for (int v = kQuizMinScore; v <= kQuizMaxScore; ++v) {
                if (v > kQuizMinScore) ImGui::SameLine(0.0f, kGap);
                const std::string label = std::to_string(v);
                if (ToggleButton(label.c_str(), answer_.scales[i][s] == v, w)) answer_.scales[i][s] = v;
            }
            ImGui::PopID();
        }
    }
    Heading(fonts, "Classification");
    const float gw = (ImGui::GetContentRegionAvail().x - kGap * 3) / 4;
    for (int g = 0; g < 4; ++g) {
        const char group = "ABCD"[g];
        if (g > 0) ImGui::SameLine(0.0f, kGap);
        const char label[2] = {group, 0};
        if (ToggleButton(label, answer_.group == group, gw) && answer_.group != group) {
            answer_.group = group;
            answer_.subgroup.clear();
        }
    }
    const std::vector<std::string> subgroups = SubgroupsOf(answer_.group);
    if (!subgroups.empty()) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Subgroup (optional)");
        ImGui::SameLine();
        const float sw = (ImGui::GetContentRegionAvail().x - kGap * static_cast<float>(subgroups.size() - 1)) /
                         static_cast<float>(subgroups.size());
        for (std::size_t k = 0; k < subgroups.size(); ++k) {
            if (k > 0) ImGui::SameLine(0.0f, kGap);
            const bool on = answer_.subgroup == subgroups[k];
            if (ToggleButton(subgroups[k].c_str(), on, sw)) answer_.subgroup = on ? std::string() : subgroups[k];
        }
    }
    ImGui::Spacing();
    ImGui::BeginDisabled(!answer_.Complete());
    if (ImGui::Button("Submit and compare with the coder", ImVec2(-1.0f, 0.0f))) {
        result_ = MarkAnswer(item_, answer_);
        tally_.Add(item_, *result_);
        if (!log_path_.empty()) SaveTo(log_path_);
    }
    ImGui::EndDisabled();
    if (!answer_.Complete()) {
        ImGui::PushFont(fonts.panel_small);
        ImGui::TextColored(kMuted, "Score all eight scales and pick a group to submit.");
        ImGui::PopFont();
    }
}

void QuizPanel::Feedback(const PanelFonts& fonts, std::optional<double>& replay_from) {
    const QuizResult& r = *result_;
    const ProtocolRoles& roles = item_.coding.roles;
    Heading(fonts, "Your scores beside the coder's");
    int shown_reunion = 0;
    for (std::size_t k = 0; k < r.scales.size(); ++k) {
        const QuizScaleResult& s = r.scales[k];
        if (s.reunion != shown_reunion) {
            shown_reunion = s.reunion;
            ImGui::TextColored(kMuted, "%s", EpisodeName(roles, s.reunion).c_str());
        }
        const int d = s.Difference();
        ImGui::PushID(static_cast<int>(k));
        ImGui::Text("  %s   you %d   coder %d", QuizScaleAbbrev(s.scale), s.student, s.coder);
        ImGui::SameLine();
        if (d == 0) {
            ImGui::TextColored(kAgree, "agree");
        } else {
            ImGui::TextColored(kDiffer, "%+d", d);
            if (s.at_s >= 0.0) {
                ImGui::SameLine();
                const std::string label = "Watch from " + FormatMoment(QuizReplayFrom(s));
                if (ImGui::SmallButton(label.c_str())) replay_from = QuizReplayFrom(s);
            }
            ImGui::PushFont(fonts.panel_small);
            ImGui::Indent(Em(16.0f));
            ImGui::TextWrapped("Coder: %s", s.why.c_str());
            ImGui::Unindent(Em(16.0f));
            ImGui::PopFont();
        }
        ImGui::PopID();
    }
    ImGui::Text("Mean difference: %.2f scale points", r.MeanAbsDifference());

    Heading(fonts, "Classification");
    ImGui::Text("You: %s   Coder: %s", GroupText(r.student_group, r.student_subgroup).c_str(),
                GroupText(r.coder_group, r.coder_subgroup).c_str());
    ImGui::SameLine();
    if (r.GroupAgrees()) {
        ImGui::TextColored(kAgree, r.SubgroupGiven() && !r.SubgroupAgrees() ? "same group, other subgroup" : "agree");
    } else {
        ImGui::TextColored(kDiffer, "differ");
    }
    if (!r.coder_reason.empty()) {
        ImGui::PushFont(fonts.panel_small);
        ImGui::TextWrapped("Coder: %s", r.coder_reason.c_str());
        ImGui::PopFont();
    }

    Heading(fonts, "What the run was hiding");
    const CaregiverDef& h = item_.scenario.sim.history.caregiver;
    const CaregiverDef& t = item_.scenario.sim.caregiver;
    ImGui::TextColored(kHidden, "Caregiving in the first year");
    ImGui::TextWrapped("sensitivity %.1f, consistency %.2f, acceptance %.1f, frightening %.2f", h.sensitivity, h.consistency,
                       h.acceptance, h.frightening);
    const std::vector<std::string> changes = DescribeCaregiverChange(CaregiverAt(item_.scenario.sim.history, item_.scenario.sim.history.months), t);
    if (!changes.empty()) {
        ImGui::TextColored(kHidden, "Today, differently:");
        ImGui::SameLine();
        ImGui::TextWrapped("%s", JoinWithAnd(changes).c_str());
    }
    ImGui::TextColored(kHidden, "The infant's working model");
    ImGui::TextWrapped("%s", item_.working_model.c_str());
}

void QuizPanel::TallyAndSave(const PanelFonts& fonts) {
    if (tally_.Items() > 0) {
        ImGui::Text("Tally: %d item%s, classification agreed %d (%.0f%%), mean scale difference %.2f", tally_.Items(),
                    tally_.Items() == 1 ? "" : "s", tally_.GroupsAgreed(), 100.0 * tally_.Agreement(), tally_.MeanAbsDifference());
    } else {
        ImGui::TextColored(kMuted, "Tally: no item answered yet");
    }
    const std::string path = log_path_.empty() ? kDefaultQuizLog : log_path_;
    ImGui::BeginDisabled(tally_.Items() == 0);
    if (ImGui::Button(("Save tally as CSV (" + path + ")").c_str())) SaveTo(path);
    ImGui::EndDisabled();
    if (!save_status_.empty()) {
        ImGui::PushFont(fonts.panel_small);
        ImGui::TextColored(save_failed_ ? kDiffer : kMuted, "%s", save_status_.c_str());
        ImGui::PopFont();
    }
}

void QuizPanel::SaveTo(const std::string& path) {
    try {
        tally_.Save(path);
        save_status_ = "Saved " + std::to_string(tally_.Items()) + " item" + (tally_.Items() == 1 ? "" : "s") + " to " + path;
        save_failed_ = false;
    } catch (const std::exception& e) {
        save_status_ = std::string("Not saved: ") + e.what();
        save_failed_ = true;
    }
}

}  // namespace sb::app
