// GL probe implementation.
#include "app/platform/gl_probe.h"

#include <SFML/OpenGL.hpp>
#include <SFML/Window/Context.hpp>
#include <algorithm>
#include <cctype>

namespace sb::app {

std::string GlRendererName() {
    sf::Context context;
    const GLubyte* name = glGetString(GL_RENDERER);
    return name ? reinterpret_cast<const char*>(name) : "";
}

bool IsSoftwareRenderer(const std::string& renderer) {
    std::string lower = renderer;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* soft : {"llvmpipe", "softpipe", "swrast", "software", "swiftshader"})
        if (lower.find(soft) != std::string::npos) return true;
    return false;
}

}  // namespace sb::app
