// GL probe: which OpenGL renderer the window will get, asked of a throwaway context before the
// window opens — so the window's multisampling can be chosen for it (docs/performance.md).
#pragma once

#include <string>

namespace sb::app {

// GL_RENDERER of a default context, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"; empty if none.
std::string GlRendererName();

// True for Mesa's software rasterizers (llvmpipe, softpipe, swrast) and other CPU renderers, on which
// 4x multisampling makes every frame several times slower.
bool IsSoftwareRenderer(const std::string& renderer);

}  // namespace sb::app
