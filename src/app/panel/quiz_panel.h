// Quiz tab ("code this infant"): the student scores the reunion scales and picks a group for the
// infant on screen, then sees their answer beside the observer's — each difference with the coder's
// reason and a replay of its moment — and the caregiving and working model the run was hiding.
// The quiz logic (items, marking, tally, CSV) is app/run/quiz; this file only lays it out.
#pragma once

#include <optional>
#include <string>

#include "app/panel/panel_fonts.h"
#include "app/run/playback.h"
#include "app/run/quiz.h"

namespace sb::app {

class QuizPanel {
public:
    // Draws the first item at once; `log_path` (may be empty) is where the tally is saved after
    // every answer and by the Save button (empty: the button saves to kDefaultQuizLog).
    QuizPanel(QuizDeck deck, std::string log_path);

    // The item on screen: the window plays its scenario.
    const QuizItem& Item() const { return item_; }
    const QuizTally& Tally() const { return tally_; }

    // Lays out the tab. A replay or the next item replaces the run in `playback`, after everything
    // else has been drawn.
    void Show(Playback& playback, const PanelFonts& fonts);

private:
    void AnswerForm(const PanelFonts& fonts);
    void Feedback(const PanelFonts& fonts, std::optional<double>& replay_from);
    void TallyAndSave(const PanelFonts& fonts);
    void SaveTo(const std::string& path);

    QuizDeck deck_;
    QuizItem item_;
    QuizAnswer answer_;
    std::optional<QuizResult> result_;
    QuizTally tally_;
    std::string log_path_;
    std::string save_status_;
    bool save_failed_ = false;
};

inline constexpr const char* kDefaultQuizLog = "securebase-quiz.csv";

}  // namespace sb::app
