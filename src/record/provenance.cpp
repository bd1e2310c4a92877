// The provenance blocks of the manifests (docs/data.md, "manifest.json").
#include "record/provenance.h"

#include <filesystem>

#include "core/sha256.h"
#include "core/version.h"
#include "record/build_info.h"

namespace sb {

namespace {
std::vector<std::string>& CommandLineStore() {
    static std::vector<std::string> args;
    return args;
}
}  // namespace

void RecordCommandLine(int argc, const char* const* argv) {
    std::vector<std::string>& args = CommandLineStore();
    args.clear();
    for (int i = 0; i < argc; ++i) {
        // The program's folder says where it was installed, not what it did.
        args.push_back(i == 0 ? std::filesystem::path(argv[0]).filename().string() : std::string(argv[i]));
    }
}

const std::vector<std::string>& RecordedCommandLine() { return CommandLineStore(); }

nlohmann::json BuildJson() {
    return {{"version", SECUREBASE_VERSION},
            {"git_commit", SECUREBASE_GIT_COMMIT},
            {"compiler", SECUREBASE_COMPILER},
            {"platform", SECUREBASE_PLATFORM},
            {"build_type", SECUREBASE_BUILD_TYPE}};
}

nlohmann::json ScenarioJson(const Scenario& sc) {
    const bool from_file = !sc.given.empty();
    return {{"name", sc.name},
            {"source", from_file ? sc.given : sc.source},
            {"description", sc.description},
            {"text", sc.text},
            {"sha256", from_file ? Sha256Hex(sc.text) : ""}};
}

void AddProvenance(nlohmann::json& manifest, const Scenario& sc) {
    manifest["build"] = BuildJson();
    manifest["command_line"] = RecordedCommandLine();
    manifest["scenario"] = ScenarioJson(sc);
}

Scenario ScenarioFromManifest(const nlohmann::json& manifest, const std::string& manifest_path) {
    const nlohmann::json* s = manifest.contains("scenario") ? &manifest.at("scenario") : nullptr;
    if (!s || !s->is_object() || !s->contains("text") || !(*s)["text"].is_string())
        throw ScenarioError(manifest_path + ": the manifest records no scenario text (it was written before manifests recorded it); "
                            "run the scenario file again with the seed instead");
    const std::string text = (*s)["text"].get<std::string>();
    const std::string source = s->value("source", std::string("recorded scenario"));
    if (text.empty()) {
        if (source != "built-in default")
            throw ScenarioError(manifest_path + ": the manifest's scenario '" + source + "' has no recorded text");
        return DefaultScenario();
    }
    const std::string recorded = s->value("sha256", std::string());
    if (Sha256Hex(text) != recorded)
        throw ScenarioError(manifest_path + ": the recorded scenario text does not match its SHA-256 " + recorded +
                            " (the manifest was edited?)");
    Scenario sc = ParseScenario(text, manifest_path + " (scenario " + source + ")");
    sc.given = source;
    sc.name = s->value("name", sc.name);  // the name it ran under, not one made from the manifest's path
    return sc;
}

}  // namespace sb
