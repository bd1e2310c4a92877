// Narration: the shipped texts cover every episode, event, reading, index and group; a broken file
// is refused with its file and line; and the log reads a run's visible trace the same whether it
// arrives at once or a frame at a time, saying what an observer would notice.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "app/run/narration.h"
#include "coding/coder.h"
#include "scenario/scenario.h"
#include "session_runs.h"

using namespace sb;
using namespace sb::app;
using namespace sb::app::testing;

namespace {

const std::string kShipped = std::string(SB_TEST_ASSET_DIR) + "/narration.toml";

std::string ErrorOf(const std::string& text) {
    try {
        ParseNarrationTexts(text, "texts.toml");
    } catch (const NarrationError& e) {
        return e.what();
    }
    return "";
}

// The shipped file's text with one line replaced (the first containing `find`).
std::string ShippedWith(const std::string& find, const std::string& replace) {
    std::string text;
    {
        std::ifstream in(kShipped);
        std::ostringstream os;
        os << in.rdbuf();
        text = os.str();
    }
    const std::size_t at = text.find(find);
    REQUIRE(at != std::string::npos);
    const std::size_t end = text.find('\n', at);
    return text.substr(0, at) + replace + text.substr(end);
}

int LineOf(const std::string& text, const std::string& find) {
    const std::size_t at = text.find(find);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

bool Said(const NarrationLog& log, const std::string& text) {
    return std::any_of(log.Lines().begin(), log.Lines().end(), [&](const NarrationLine& l) { return l.text == text; });
}

}  // namespace

TEST_CASE("the shipped narration has a text for every episode, event, reading, index and group") {
    const NarrationTexts t = LoadNarrationTexts(kShipped);
    const ProtocolRoles& roles = TraceOf(DefaultScenario().sim).header.roles;
    REQUIRE(roles.episodes.size() == static_cast<std::size_t>(kStandardEpisodes));
    for (const EpisodeRoles& e : roles.episodes) {
        INFO("episode " << e.number);
        CHECK(!t.Notice(e).empty());
        CHECK(t.Notice(e) == t.notice_by_number.at(e.number));
    }
    EpisodeRoles other_reunion;
    other_reunion.number = 42;
    other_reunion.reunion = true;
    CHECK(t.Notice(other_reunion) == t.notice_reunion);
    for (int i = 0; i < kNarratedEventCount; ++i) CHECK(!t.events[i].empty());
    for (int i = 0; i < kReadingCount; ++i) CHECK(!t.readings[i].empty());
    for (int i = 0; i < kDIndexCount; ++i) CHECK(!t.disorganization[i].empty());
    for (char g : std::string("ABCD")) CHECK(!t.Group(g).empty());
    CHECK(!t.unclassifiable.empty());
    // Every kind of procedure event, with either adult, maps to a narrated event.
    for (EventKind k : {EventKind::EpisodeStart, EventKind::EpisodeEnd, EventKind::Enter, EventKind::Exit, EventKind::PickUp,
                        EventKind::PutDown, EventKind::Curtailed, EventKind::Extended}) {
        for (AgentId who : {AgentId::Caregiver, AgentId::Stranger}) CHECK(!t.Event(NarratedEventOf({0.0, k, who, 1})).empty());
    }
}

TEST_CASE("a broken narration file is refused with its file and line") {
    SECTION("a missing file names the path") {
        try {
            LoadNarrationTexts("no-such-folder/narration.toml");
            FAIL("no error");
        } catch (const NarrationError& e) {
            CHECK(std::string(e.what()).find("no-such-folder/narration.toml") != std::string::npos);
        }
    }
    SECTION("a reading left out names the table's line") {
        const std::string text = ShippedWith("searches =", "");
        const std::string msg = ErrorOf(text);
        CHECK(msg.find("texts.toml:" + std::to_string(LineOf(text, "[readings]")) + ":") == 0);
        CHECK(msg.find("'searches'") != std::string::npos);
    }
    SECTION("a misspelt key names its own line") {
        const std::string text = ShippedWith("searches =", "serches = \"x\"\nsearches = \"y\"");
        const std::string msg = ErrorOf(text);
        CHECK(msg.find("texts.toml:" + std::to_string(LineOf(text, "serches")) + ":") == 0);
        CHECK(msg.find("serches") != std::string::npos);
    }
    SECTION("a number where a text belongs names its line") {
        const std::string text = ShippedWith("5 = ", "5 = 12");
        CHECK(ErrorOf(text).find("texts.toml:" + std::to_string(LineOf(text, "5 = 12")) + ":") == 0);
    }
    SECTION("an empty text is refused") {
        const std::string text = ShippedWith("B = ", "B = \"  \"");
        CHECK(ErrorOf(text).find("is empty") != std::string::npos);
    }
    SECTION("a TOML syntax error names its line") {
        const std::string text = ShippedWith("A = ", "A = \"unterminated");
        CHECK(ErrorOf(text).find("texts.toml:" + std::to_string(LineOf(text, "A = \"unt")) + ":") == 0);
    }
    SECTION("an unknown table") {
        CHECK(ErrorOf("[notices]\n1 = \"x\"\n").find("texts.toml:1:") == 0);
    }
}

TEST_CASE("the narration log reads a run the same at once or a frame at a time") {
    const NarrationTexts texts = LoadNarrationTexts(kShipped);
    const VisibleTrace whole = TraceOf(DefaultScenario().sim);
    const Coding coding = CodeTrace(whole);
    NarrationLog at_once;
    at_once.Update(whole, 1, coding, texts);

    NarrationLog by_frame;
    VisibleTrace growing;
    growing.header = whole.header;
    std::size_t next_event = 0;
    for (const Snapshot& f : whole.frames) {
        growing.frames.push_back(f);
        while (next_event < whole.events.size() && whole.events[next_event].t <= f.t) growing.events.push_back(whole.events[next_event++]);
        by_frame.Update(growing, 1, Coding{}, texts);
    }
    by_frame.Update(growing, 1, coding, texts);
    REQUIRE(by_frame.Lines().size() == at_once.Lines().size());
    for (std::size_t i = 0; i < at_once.Lines().size(); ++i) CHECK(by_frame.Lines()[i].text == at_once.Lines()[i].text);

    // A new generation reads from the start: the same lines again, not twice as many.
    at_once.Update(whole, 2, coding, texts);
    CHECK(at_once.Lines().size() == by_frame.Lines().size());
}

TEST_CASE("the narration says what a secure and an avoidant reunion show") {
    const NarrationTexts texts = LoadNarrationTexts(kShipped);
    const VisibleTrace secure = TraceOf(DefaultScenario().sim);
    NarrationLog log;
    log.Update(secure, 1, CodeTrace(secure), texts);
    CHECK(Said(log, texts.Event(NarratedEvent::CaregiverEnters)));
    for (const NarrationLine& l : log.Lines()) {
        if (l.from == NarrationLine::From::Event && l.event == NarratedEvent::CaregiverEnters) {
            INFO("she comes back in episode " << l.episode);
            CHECK(secure.header.roles.Find(l.episode)->reunion);
        }
    }
    CHECK(Said(log, texts.Event(NarratedEvent::CaregiverLeaves)));
    CHECK(Said(log, texts.Event(NarratedEvent::EpisodeEnd)));  // the end of the procedure
    CHECK(Said(log, texts.Of(Reading::SettlesAndPlays)));
    CHECK_FALSE(Said(log, texts.Of(Reading::IgnoresReturn)));
    // Every line is said at a moment of the run, in the order the run reached them.
    for (std::size_t i = 1; i < log.Lines().size(); ++i) CHECK(log.Lines()[i - 1].t <= log.Lines()[i].t);

    const VisibleTrace avoidant = TraceOf(LoadScenario("rejecting").sim);
    const Coding coded = CodeTrace(avoidant);
    REQUIRE(coded.classification.group == 'A');
    NarrationLog a;
    a.Update(avoidant, 1, coded, texts);
    CHECK((Said(a, texts.Of(Reading::IgnoresReturn)) || Said(a, texts.Of(Reading::TurnsAway))));
    CHECK_FALSE(Said(a, texts.Of(Reading::SettlesAndPlays)));  // picked up and back at the toys is not comforted
    CHECK(ClassificationHeadline(coded.classification).find("Classification: A") == 0);
    CHECK(ClassificationSentence(coded.classification, texts) == texts.Group('A'));
}

TEST_CASE("every recording has its own generation, even in a new playback, so the log starts over") {
    Playback a = DefaultPlayback(true);
    Playback b = DefaultPlayback(true);
    CHECK(a.Live().Generation() != b.Live().Generation());
    const std::uint64_t before = a.Live().Generation();
    a.JumpToEpisode(3);
    CHECK(a.Live().Generation() != before);

    // A playback replaced by a new one (the quiz's next item): the log reads the new run afresh.
    const NarrationTexts texts = LoadNarrationTexts(kShipped);
    Narration n;
    n.texts = texts;
    n.Update(a);
    const std::size_t in_episode_3 = n.log.Lines().size();
    REQUIRE(in_episode_3 > 0);
    a = DefaultPlayback(true);
    n.Update(a);
    CHECK(n.log.Lines().size() < in_episode_3);
}
