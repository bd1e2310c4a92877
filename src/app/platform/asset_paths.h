// Finding the assets folder (fonts) whether the app runs from a build folder or an installed copy.
#pragma once

#include <filesystem>

namespace sb::app {

// The assets folder: the source tree's when it still exists, else "assets" next to the executable.
// Returns an empty path when neither has the fonts.
std::filesystem::path FindAssetDir(const char* argv0);

}  // namespace sb::app
