// Rendering the codebook as a Frictionless Data Package (Table Schema for each CSV).
#include "record/table_schema.h"

#include <nlohmann/json.hpp>

#include "core/version.h"

namespace sb {

std::string DataPackageJson(const std::string& package_name, const std::vector<TableDef>& tables) {
    nlohmann::json resources = nlohmann::json::array();
    for (const TableDef& t : tables) {
        nlohmann::json fields = nlohmann::json::array();
        for (const FieldDef& f : t.fields) {
            nlohmann::json field = {{"name", f.name}, {"type", f.type}, {"description", f.description}};
            if (!f.unit.empty()) field["unit"] = f.unit;  // not a Table Schema property; readers ignore it
            if (f.type == "boolean") {
                field["trueValues"] = {"1", "true"};
                field["falseValues"] = {"0", "false"};
            }
            nlohmann::json c = nlohmann::json::object();
            if (f.required) c["required"] = true;
            // A bound has the field's own type: an integer field's bounds are written as integers.
            const auto bound = [&f](double v) { return f.type == "integer" ? nlohmann::json(static_cast<long long>(v)) : nlohmann::json(v); };
            if (f.minimum) c["minimum"] = bound(*f.minimum);
            if (f.maximum) c["maximum"] = bound(*f.maximum);
            if (!f.levels.empty()) c["enum"] = f.levels;
            if (!f.pattern.empty()) c["pattern"] = f.pattern;
            if (!c.empty()) field["constraints"] = c;
            fields.push_back(field);
        }
        resources.push_back({{"name", t.name},
                             {"path", t.path},
                             {"profile", "tabular-data-resource"},
                             {"format", "csv"},
                             {"mediatype", "text/csv"},
                             {"encoding", "utf-8"},
                             {"description", t.description},
                             {"dialect", {{"delimiter", ","}, {"doubleQuote", true}, {"header", true}, {"lineTerminator", "\n"}}},
                             {"schema", {{"fields", fields}, {"missingValues", {kMissingValue}}}}});
    }
    const nlohmann::json pkg = {{"profile", "tabular-data-package"},
                                {"name", package_name},
                                {"title", "SecureBase Strange Situation simulation output"},
                                {"description", "Written by securebase " SECUREBASE_VERSION "; docs/data.md describes every column. "
                                                "Seeds are text: they span 0 to 2^64-1, beyond what a double holds exactly."},
                                {"resources", resources}};
    return pkg.dump(2) + "\n";
}

}  // namespace sb
