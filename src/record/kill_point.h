// A hook for testing only: with SECUREBASE_TEST_KILL_BEFORE_STEP=N in the environment, a process
// kills itself (SIGKILL, as kill -9 would) just before the Nth step of its export, so a test can
// check what a reader finds after a crash at every step (docs/reliability.md, "Exports").
#pragma once

namespace sb {

// Marks the start of one step of an export: staging a file, writing the commit record, removing the
// old manifest, renaming a file into place, removing the staging folders. Steps are counted over the whole process from 1.
void ExportStep();

}  // namespace sb
