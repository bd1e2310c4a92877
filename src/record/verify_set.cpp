// The check itself reads every listed file to the end (sizes alone would miss a file of the same
// length from another run) and follows no symbolic link an export would have refused to write.
#include "record/verify_set.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/sha256.h"
#include "record/stale_staging.h"

namespace sb {

namespace fs = std::filesystem;

namespace {

std::string FileSha256(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    Sha256 h;
    char buf[1 << 16];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) h.Update(buf, static_cast<std::size_t>(in.gcount()));
    return h.HexDigest();
}

}  // namespace

SetCheck VerifySet(const std::string& dir) {
    SetCheck c;
    for (const std::string& stale : FindStale(dir, {}))
        c.notes.push_back(stale + " was left by an interrupted export and is not settled yet; `verify` or the next export into this folder settles it");
    const fs::path manifest = fs::path(dir) / "manifest.json";
    struct stat st {};
    if (::lstat(manifest.c_str(), &st) != 0) {
        c.problems.push_back("no manifest.json: an export into this folder was interrupted before it finished, "
                             "or the folder holds no export");
        return c;
    }
    if (!S_ISREG(st.st_mode)) {
        c.problems.push_back("manifest.json is not a regular file");
        return c;
    }
    std::ifstream in(manifest, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::exception& e) {
        c.problems.push_back(std::string("manifest.json is not valid JSON (") + e.what() + ")");
        return c;
    }
    if (!j.is_object() || !j.contains("files") || !j["files"].is_array()) {
        c.problems.push_back("manifest.json has no files list (written by a version before the list was added), so "
                             "the set cannot be checked");
        return c;
    }
    for (const nlohmann::json& f : j["files"]) {
        if (!f.is_object() || !f.contains("name") || !f["name"].is_string() || !f.contains("bytes") ||
            !f["bytes"].is_number_unsigned() || !f.contains("sha256") || !f["sha256"].is_string()) {
            c.problems.push_back("manifest.json: an entry of the files list lacks its name, bytes or sha256");
            continue;
        }
        ++c.files;
        const std::string name = f["name"].get<std::string>();
        const fs::path path = fs::path(dir) / name;
        if (::lstat(path.c_str(), &st) != 0) {
            c.problems.push_back(name + ": missing");
            continue;
        }
        if (!S_ISREG(st.st_mode)) {
            c.problems.push_back(name + ": not a regular file");
            continue;
        }
        const auto bytes = f["bytes"].get<std::uint64_t>();
        if (static_cast<std::uint64_t>(st.st_size) != bytes) {
            c.problems.push_back(name + ": " + std::to_string(st.st_size) + " bytes, the manifest says " + std::to_string(bytes));
            continue;
        }
        if (FileSha256(path) != f["sha256"].get<std::string>())
            c.problems.push_back(name + ": its SHA-256 differs from the manifest's (the file was changed or belongs to another set)");
    }
    c.complete = c.problems.empty();
    return c;
}

}  // namespace sb
