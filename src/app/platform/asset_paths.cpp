// Asset lookup: the compiled-in source folder first, so a fresh build needs no copying step.
#include "app/platform/asset_paths.h"

#include <system_error>

namespace sb::app {

namespace {

bool HasFonts(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::exists(dir / "fonts" / "DejaVuSans.ttf", ec);
}

std::filesystem::path ExecutableDir(const char* argv0) {
    std::error_code ec;
    // /proc/self/exe names the real file even when started through a symlink or from PATH.
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec || exe.empty()) exe = std::filesystem::absolute(argv0 ? argv0 : "", ec);
    return exe.parent_path();
}

}  // namespace

std::filesystem::path FindAssetDir(const char* argv0) {
#ifdef SB_ASSET_DIR
    if (HasFonts(SB_ASSET_DIR)) return SB_ASSET_DIR;
#endif
    const std::filesystem::path beside = ExecutableDir(argv0) / "assets";
    if (HasFonts(beside)) return beside;
    return {};
}

}  // namespace sb::app
