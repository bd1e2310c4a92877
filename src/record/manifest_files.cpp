// Adding the files list to a manifest already rendered: its producers (run, batch) keep building
// their own JSON and need not know about the list.
#include "record/manifest_files.h"

#include <nlohmann/json.hpp>

namespace sb {

std::string AddFilesList(const std::string& manifest_json, const std::vector<ListedFile>& files) {
    nlohmann::json j = nlohmann::json::parse(manifest_json);
    nlohmann::json list = nlohmann::json::array();
    for (const ListedFile& f : files) list.push_back({{"name", f.name}, {"bytes", f.bytes}, {"sha256", f.sha256}});
    j["files"] = list;
    return j.dump(2) + "\n";
}

}  // namespace sb
