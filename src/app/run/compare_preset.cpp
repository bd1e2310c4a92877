// Compare preset loading with toml++: the same screening and the same kind of messages as scenario
// files (file:line:col, allowed ranges from the parameter registry). A room's scenario is an
// ordinary scenario file, loaded by the scenario reader; the preset only adds a seed, the infant's
// temperament and today's caregiver on top, so a comparison never needs a copy of a scenario.
#include "app/run/compare_preset.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <toml++/toml.h>

#include "params/param_registry.h"
#include "scenario/toml_screen.h"

namespace sb::app {

namespace fs = std::filesystem;

namespace {

std::string Num(double v) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

class PresetReader {
public:
    explicit PresetReader(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void Fail(const toml::node& at, const std::string& msg) const {
        std::ostringstream os;
        os << source_;
        if (at.source().begin.line > 0) os << ":" << at.source().begin.line << ":" << at.source().begin.column;
        throw ScenarioError(os.str() + ": " + msg);
    }

    void OnlyKeys(const toml::table& t, const std::string& table_name, const std::set<std::string>& known) const {
        for (const auto& [key, node] : t) {
            if (known.count(std::string(key.str()))) continue;
            std::string list;
            for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
            Fail(node, "unknown key '" + ShortForMessage(std::string(key.str())) + "' in [" + table_name + "] (known keys: " + list + ")");
        }
    }

    std::string Text(const toml::table& t, const char* key, const std::string& table_name, bool required) const {
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) Fail(t, "[" + table_name + "] needs '" + key + "'");
            return "";
        }
        if (!n->is_string()) Fail(*n, table_name + "." + key + " must be text in quotes");
        return std::string(*n->value<std::string_view>());
    }

    // A registry parameter given in a preset: a number within its range, whole where it must be.
    void Param(const toml::node& n, const ParamEntry& e, const std::string& shown, SimulationDef& def) const {
        const std::string range = "allowed range " + e.RangeText();
        double v = 0.0;
        if (auto i = n.value_exact<std::int64_t>()) {
            v = static_cast<double>(*i);
        } else if (auto d = n.value_exact<double>()) {
            v = *d;
            if (!std::isfinite(v)) Fail(n, shown + " must be a finite number (" + range + ")");
        } else {
            Fail(n, shown + " must be a number (" + range + ")");
        }
        if (e.kind == ParamKind::Integer && v != std::floor(v)) Fail(n, shown + " must be a whole number (" + range + ")");
        if (v < e.min || v > e.max) Fail(n, shown + " = " + Num(v) + " is out of range (" + range + ")");
        e.set(def, v);
    }

    // [compare.room.GROUP]: keys of the registry's group GROUP, applied to `def`.
    void Group(const toml::node& n, const std::string& group, const std::string& shown, SimulationDef& def) const {
        const toml::table* t = n.as_table();
        if (!t) Fail(n, "'" + shown + "' must be a table ([" + shown + "])");
        std::set<std::string> known;
        for (const ParamEntry* e : ParamsInGroup(group)) known.insert(std::string(e->Key()));
        OnlyKeys(*t, shown, known);
        for (const auto& [key, node] : *t) Param(node, *FindParam(group + "." + std::string(key.str())), shown + "." + std::string(key.str()), def);
    }

    const std::string& Source() const { return source_; }

private:
    std::string source_;
};

// A room's scenario: a path relative to the preset's folder if there is one, else as the scenario
// reader finds it (the current folder, then the shipped scenarios).
Scenario LoadRoomScenario(const PresetReader& rd, const toml::node& at, const std::string& value) {
    std::error_code ec;
    const fs::path beside = fs::path(rd.Source()).parent_path() / value;
    const bool next_to_preset = !fs::path(value).is_absolute() && fs::path(rd.Source()).has_parent_path() &&
                                fs::is_regular_file(beside, ec);
    try {
        return LoadScenario(next_to_preset ? beside.string() : value);
    } catch (const ScenarioError& e) {
        rd.Fail(at, std::string("compare.room.scenario: ") + e.what());
    }
}

CompareRoom ReadRoom(const PresetReader& rd, const toml::node& n) {
    const toml::table* t = n.as_table();
    if (!t) rd.Fail(n, "each compare.room must be a table ([[compare.room]])");
    rd.OnlyKeys(*t, "compare.room", {"scenario", "caption", "seed", "infant", "today"});
    const toml::node* scenario_node = t->get("scenario");
    if (!scenario_node) rd.Fail(n, "[[compare.room]] needs 'scenario' (a scenario file or the name of a shipped one)");
    CompareRoom room;
    room.scenario = LoadRoomScenario(rd, *scenario_node, rd.Text(*t, "scenario", "compare.room", true));
    if (const toml::node* seed = t->get("seed")) {
        const auto v = seed->value_exact<std::int64_t>();
        if (!v || *v < 0) rd.Fail(*seed, "compare.room.seed must be a whole number (allowed range 0 to 2^63-1)");
        room.scenario.sim.seed = static_cast<std::uint64_t>(*v);
    }
    if (const toml::node* g = t->get("infant")) rd.Group(*g, "infant", "compare.room.infant", room.scenario.sim);
    if (const toml::node* g = t->get("today")) rd.Group(*g, "today", "compare.room.today", room.scenario.sim);
    room.caption = rd.Text(*t, "caption", "compare.room", false);
    if (room.caption.empty()) room.caption = room.scenario.name;
    return room;
}

std::string ReadFile(const fs::path& path, const std::string& shown) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw ScenarioError(shown + ": no such compare preset or scenario file");
    if (fs::is_directory(path, ec)) throw ScenarioError(shown + ": is a folder, not a compare preset");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ScenarioError(shown + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Where a preset argument points: the file itself, or the shipped preset of that name; empty if
// neither exists.
fs::path FindPreset(const std::string& path_or_name) {
    std::error_code ec;
    const fs::path path(path_or_name);
    if (fs::exists(path, ec)) return path;
    if (!path.has_parent_path() && (path.extension().empty() || path.extension() == ".toml")) {
        const fs::path shipped = fs::path(ShippedPresetFolder()) / path.stem().concat(".toml");
        if (fs::exists(shipped, ec)) return shipped;
    }
    return {};
}

// True when the file at `path` is a preset (a [compare] table) rather than a scenario.
bool IsPresetFile(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return false;
    const std::string text = ReadFile(path, path.string());
    if (ScreenTomlText(text)) return false;  // not readable as a preset; the scenario reader will say why
    try {
        const toml::table root = toml::parse(text, path.string());
        return root.contains("compare");
    } catch (const toml::parse_error&) {
        return false;
    }
}

}  // namespace

ComparePreset ParseComparePreset(const std::string& text, const std::string& source) {
    if (const std::optional<ScreenProblem> p = ScreenTomlText(text))
        throw ScenarioError(source + ":" + std::to_string(p->line) + ":" + std::to_string(p->column) + ": " + p->message);
    toml::table root;
    try {
        root = toml::parse(text, source);
    } catch (const toml::parse_error& e) {
        std::ostringstream os;
        os << source << ":" << e.source().begin.line << ":" << e.source().begin.column << ": TOML syntax error: " << e.description();
        throw ScenarioError(os.str());
    }
    const PresetReader rd(source);
    rd.OnlyKeys(root, "top level of a compare preset", {"compare"});
    const toml::node* c = root.get("compare");
    if (!c || !c->is_table()) throw ScenarioError(source + ": a compare preset needs a [compare] table");
    const toml::table& t = *c->as_table();
    rd.OnlyKeys(t, "compare", {"name", "description", "room"});
    ComparePreset preset;
    preset.source = source;
    preset.name = rd.Text(t, "name", "compare", false);
    if (preset.name.empty()) preset.name = fs::path(source).stem().string();
    preset.description = rd.Text(t, "description", "compare", false);
    const toml::node* rooms = t.get("room");
    const toml::array* list = rooms ? rooms->as_array() : nullptr;
    if (!list) rd.Fail(rooms ? *rooms : *c, "[compare] needs 2 to 4 rooms, each a [[compare.room]] table");
    for (const toml::node& n : *list) preset.rooms.push_back(ReadRoom(rd, n));
    const int count = static_cast<int>(preset.rooms.size());
    if (count < kMinCompareRooms || count > kMaxCompareRooms)
        rd.Fail(*rooms, "compare.room: " + std::to_string(count) + " rooms given (allowed range 2 to 4)");
    return preset;
}

ComparePreset LoadComparePreset(const std::string& path_or_name) {
    if (path_or_name.empty()) throw ScenarioError("the compare preset is empty (\"\"): give a preset file or the name of a shipped one");
    const fs::path path = FindPreset(path_or_name);
    const std::string shown = ShortForMessage(path_or_name, 200);
    if (path.empty()) throw ScenarioError(shown + ": no such compare preset (shipped ones are in scenarios/compare/)");
    return ParseComparePreset(ReadFile(path, shown), path.string());
}

ComparePreset CompareFromArguments(const std::vector<std::string>& args) {
    if (args.size() == 1) {
        const fs::path path = FindPreset(args.front());
        if (!path.empty() && IsPresetFile(path)) return LoadComparePreset(path.string());
        throw ScenarioError(ShortForMessage(args.front(), 200) +
                            ": not a compare preset; --compare takes one preset or 2 to 4 scenario files or names");
    }
    if (args.size() < static_cast<std::size_t>(kMinCompareRooms) || args.size() > static_cast<std::size_t>(kMaxCompareRooms))
        throw ScenarioError("--compare takes one preset or 2 to 4 scenario files or names (" + std::to_string(args.size()) + " given)");
    ComparePreset preset;
    preset.source = "command line";
    for (const std::string& a : args) {
        CompareRoom room;
        room.scenario = LoadScenario(a);
        room.caption = room.scenario.name;
        preset.name += (preset.name.empty() ? "" : " | ") + room.caption;
        preset.rooms.push_back(std::move(room));
    }
    return preset;
}

std::vector<PresetEntry> ListComparePresets(const std::string& folder) {
    const fs::path dir = folder.empty() ? fs::path(ShippedPresetFolder()) : fs::path(folder);
    std::vector<PresetEntry> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() != ".toml" || !it->is_regular_file(ec)) continue;
        PresetEntry entry{it->path().stem().string(), it->path().string()};
        // Only the name is wanted here; a broken file still appears, and opening it says what is wrong.
        try {
            const std::string text = ReadFile(it->path(), it->path().string());
            if (!ScreenTomlText(text)) {
                const toml::table root = toml::parse(text, it->path().string());
                if (auto name = root["compare"]["name"].value<std::string>()) entry.name = *name;
            }
        } catch (const std::exception&) {
        }
        out.push_back(std::move(entry));
    }
    std::sort(out.begin(), out.end(), [](const PresetEntry& a, const PresetEntry& b) { return a.path < b.path; });
    return out;
}

std::string ShippedPresetFolder() { return (fs::path(SB_SCENARIO_DIR) / "compare").string(); }

}  // namespace sb::app
