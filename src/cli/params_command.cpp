// securebase-cli params: the parameter registry as a list for people or as the Markdown table that
// docs/model.md carries (a test keeps the two the same).
#include <cstdio>

#include "cli/commands.h"
#include "params/param_registry.h"

namespace sb::cli {

int Params(bool markdown, const std::string& group) {
    if (group.empty()) {
        std::fputs((markdown ? ParamTableMarkdown() : ParamTableText()).c_str(), stdout);
        return 0;
    }
    const std::vector<const ParamEntry*> entries = ParamsInGroup(group);
    if (entries.empty()) {
        std::string groups;
        for (const std::string& g : ParamGroups()) groups += (groups.empty() ? "" : ", ") + g;
        std::fprintf(stderr, "error: no parameter group '%s' (groups: %s)\n", group.c_str(), groups.c_str());
        return 2;
    }
    for (const ParamEntry* e : entries)
        std::printf("%s = %s  [%s]  %s: %s\n", e->name.c_str(), e->Format(e->Default()).c_str(), e->RangeText().c_str(),
                    e->label.c_str(), e->help.c_str());
    return 0;
}

}  // namespace sb::cli
