// securebase-cli verify: whether an output folder holds one complete set, by its manifest's files list.
#include <cstdio>

#include "cli/commands.h"
#include "record/verify_set.h"

namespace sb::cli {

int Verify(const std::string& dir) {
    const SetCheck c = VerifySet(dir);
    for (const std::string& note : c.notes) std::fprintf(stderr, "note: %s\n", note.c_str());
    if (c.complete) {
        std::printf("%s: complete: manifest.json and the %zu files it lists match\n", dir.c_str(), c.files);
        return 0;
    }
    std::printf("%s: not a complete set:\n", dir.c_str());
    for (const std::string& problem : c.problems) std::printf("  %s\n", problem.c_str());
    return 5;
}

}  // namespace sb::cli
