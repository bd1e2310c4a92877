// Narration texts loader. The file goes through the same screen as scenario files before toml++
// reads it (scenario/toml_screen.h), and every message names the file, line and column.
#include "app/run/narration_texts.h"

#include <fstream>
#include <set>
#include <sstream>
#include <toml++/toml.h>

#include "scenario/toml_screen.h"

namespace sb::app {

namespace {

const char* const kReadingKeys[kReadingCount] = {
    "explores_with_caregiver", "checks_back", "wary_of_stranger", "cries_when_she_leaves", "searches",
    "plays_on_alone", "comforted_by_stranger", "greets_return", "approaches_return", "ignores_return",
    "turns_away", "reaches_up", "clings", "held_passively", "wants_down", "resists", "settles_and_plays",
    "stays_upset", "freezes", "withdraws",
};

const char* const kEventKeys[kNarratedEventCount] = {
    "episode_start", "episode_end", "caregiver_enters", "stranger_enters", "caregiver_leaves", "stranger_leaves",
    "caregiver_picks_up", "stranger_picks_up", "caregiver_puts_down", "stranger_puts_down", "curtailed", "extended",
};

const char* const kDIndexKeys[kDIndexCount] = {
    "sequential_contradiction", "simultaneous_contradiction", "interrupted_movement", "freezing_stilling",
    "apprehension",
};

const char* const kGroups = "ABCD";

std::string Where(const std::string& source, const toml::source_region& r) {
    std::ostringstream os;
    os << source;
    if (r.begin.line > 0) os << ":" << r.begin.line << ":" << r.begin.column;
    return os.str();
}

// Reads one table of the file, refusing keys it does not expect and remembering which it saw.
class TableReader {
public:
    TableReader(const toml::table& root, const std::string& name, const std::string& source)
        : name_(name), source_(source) {
        const toml::node* node = root.get(name);
        if (!node) throw NarrationError(source + ": the table [" + name + "] is missing");
        table_ = node->as_table();
        if (!table_) throw NarrationError(Where(source, node->source()) + ": '" + name + "' must be a table, [" + name + "]");
    }

    // The text of `key`; a missing key is an error at the table's header.
    std::string Text(const std::string& key) {
        seen_.insert(key);
        const toml::node* node = table_->get(key);
        if (!node)
            throw NarrationError(Where(source_, table_->source()) + ": [" + name_ + "] has no text for '" + key + "'");
        const std::optional<std::string> text = node->value<std::string>();
        if (!text) throw NarrationError(Where(source_, node->source()) + ": " + name_ + "." + key + " must be a text in quotes");
        if (text->find_first_not_of(" \t") == std::string::npos)
            throw NarrationError(Where(source_, node->source()) + ": " + name_ + "." + key + " is empty");
        return *text;
    }

    // Every key of the table must have been asked for: a misspelt key would otherwise be ignored.
    void NoOthers() const {
        for (const auto& [key, node] : *table_) {
            if (seen_.count(std::string(key.str())) == 0)
                throw NarrationError(Where(source_, node.source()) + ": [" + name_ + "] has no text called '" +
                                     std::string(key.str()) + "'");
        }
    }

private:
    std::string name_;
    std::string source_;
    const toml::table* table_ = nullptr;
    std::set<std::string> seen_;
};

}  // namespace

std::string_view ReadingKey(Reading r) { return kReadingKeys[static_cast<int>(r)]; }
std::string_view NarratedEventKey(NarratedEvent e) { return kEventKeys[static_cast<int>(e)]; }
std::string_view DIndexKey(DIndex d) { return kDIndexKeys[static_cast<int>(d)]; }

NarratedEvent NarratedEventOf(const SimEvent& e) {
    const bool stranger = e.who == AgentId::Stranger;
    switch (e.kind) {
        case EventKind::EpisodeStart: return NarratedEvent::EpisodeStart;
        case EventKind::EpisodeEnd: return NarratedEvent::EpisodeEnd;
        case EventKind::Enter: return stranger ? NarratedEvent::StrangerEnters : NarratedEvent::CaregiverEnters;
        case EventKind::Exit: return stranger ? NarratedEvent::StrangerLeaves : NarratedEvent::CaregiverLeaves;
        case EventKind::PickUp: return stranger ? NarratedEvent::StrangerPicksUp : NarratedEvent::CaregiverPicksUp;
        case EventKind::PutDown: return stranger ? NarratedEvent::StrangerPutsDown : NarratedEvent::CaregiverPutsDown;
        case EventKind::Curtailed: return NarratedEvent::Curtailed;
        case EventKind::Extended: return NarratedEvent::Extended;
    }
    return NarratedEvent::EpisodeStart;
}

const std::string& NarrationTexts::Notice(const EpisodeRoles& episode) const {
    if (const auto it = notice_by_number.find(episode.number); it != notice_by_number.end()) return it->second;
    if (episode.reunion) return notice_reunion;
    if (episode.separation) return notice_separation;
    return notice_other;
}

const std::string& NarrationTexts::Group(char g) const {
    const auto it = group.find(g);
    return it == group.end() ? unclassifiable : it->second;
}

NarrationTexts ParseNarrationTexts(std::string_view text, const std::string& source) {
    if (const std::optional<ScreenProblem> p = ScreenTomlText(text))
        throw NarrationError(source + ":" + std::to_string(p->line) + ":" + std::to_string(p->column) + ": " + p->message);
    toml::table root;
    try {
        root = toml::parse(text, source);
    } catch (const toml::parse_error& e) {
        throw NarrationError(Where(source, e.source()) + ": TOML syntax error: " + std::string(e.description()));
    }
    const std::set<std::string> tables = {"notice", "events", "readings", "disorganization", "classification"};
    for (const auto& [key, node] : root) {
        if (tables.count(std::string(key.str())) == 0)
            throw NarrationError(Where(source, node.source()) + ": unknown table '" + std::string(key.str()) +
                                 "' (expected notice, events, readings, disorganization, classification)");
    }

    NarrationTexts t;
    t.source = source;
    TableReader notice(root, "notice", source);
    for (int n = 1; n <= kStandardEpisodes; ++n) t.notice_by_number[n] = notice.Text(std::to_string(n));
    t.notice_separation = notice.Text("separation");
    t.notice_reunion = notice.Text("reunion");
    t.notice_other = notice.Text("other");
    notice.NoOthers();

    TableReader events(root, "events", source);
    for (int i = 0; i < kNarratedEventCount; ++i) t.events[i] = events.Text(kEventKeys[i]);
    events.NoOthers();

    TableReader readings(root, "readings", source);
    for (int i = 0; i < kReadingCount; ++i) t.readings[i] = readings.Text(kReadingKeys[i]);
    readings.NoOthers();

    TableReader dis(root, "disorganization", source);
    for (int i = 0; i < kDIndexCount; ++i) t.disorganization[i] = dis.Text(kDIndexKeys[i]);
    dis.NoOthers();

    TableReader groups(root, "classification", source);
    for (const char* g = kGroups; *g; ++g) t.group[*g] = groups.Text(std::string(1, *g));
    t.unclassifiable = groups.Text("unclassifiable");
    groups.NoOthers();
    return t;
}

NarrationTexts LoadNarrationTexts(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw NarrationError(path + ": cannot read the narration texts (the file is missing or unreadable)");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw NarrationError(path + ": cannot read the narration texts");
    return ParseNarrationTexts(text.str(), path);
}

}  // namespace sb::app
