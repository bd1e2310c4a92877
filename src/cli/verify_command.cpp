// securebase-cli verify: whether an output folder holds one complete set, by its manifest's files list.
#include <cstdio>

#include "cli/commands.h"
#include "record/stale_staging.h"
#include "record/verify_set.h"

namespace sb::cli {

int Verify(const std::string& dir) {
    // Recovery first, so the verdict is on the set the folder holds once a killed export is settled:
    // one past its commit point is finished, one before it is removed (docs/reliability.md, "Exports").
    // Staging folders of running exports are locked and left alone.
    RemoveStale(dir, {});
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
