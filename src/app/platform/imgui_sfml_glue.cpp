// SFML -> ImGui glue implementation (ImGui 1.86 input API: io.KeysDown[] indexed by SFML key codes).
#include "app/platform/imgui_sfml_glue.h"

#include <SFML/Window/Clipboard.hpp>
#include <backends/imgui_impl_opengl3.h>
#include <cfloat>
#include <cstring>
#include <imgui.h>

namespace sb::app {

namespace {

int ImGuiMouseButton(sf::Mouse::Button b) {
    switch (b) {
        case sf::Mouse::Left: return 0;
        case sf::Mouse::Right: return 1;
        case sf::Mouse::Middle: return 2;
        default: return -1;
    }
}

void MapKeys(ImGuiIO& io) {
    io.KeyMap[ImGuiKey_Tab] = sf::Keyboard::Tab;
    io.KeyMap[ImGuiKey_LeftArrow] = sf::Keyboard::Left;
    io.KeyMap[ImGuiKey_RightArrow] = sf::Keyboard::Right;
    io.KeyMap[ImGuiKey_UpArrow] = sf::Keyboard::Up;
    io.KeyMap[ImGuiKey_DownArrow] = sf::Keyboard::Down;
    io.KeyMap[ImGuiKey_PageUp] = sf::Keyboard::PageUp;
    io.KeyMap[ImGuiKey_PageDown] = sf::Keyboard::PageDown;
    io.KeyMap[ImGuiKey_Home] = sf::Keyboard::Home;
    io.KeyMap[ImGuiKey_End] = sf::Keyboard::End;
    io.KeyMap[ImGuiKey_Insert] = sf::Keyboard::Insert;
    io.KeyMap[ImGuiKey_Delete] = sf::Keyboard::Delete;
    io.KeyMap[ImGuiKey_Backspace] = sf::Keyboard::BackSpace;
    io.KeyMap[ImGuiKey_Space] = sf::Keyboard::Space;
    io.KeyMap[ImGuiKey_Enter] = sf::Keyboard::Return;
    io.KeyMap[ImGuiKey_Escape] = sf::Keyboard::Escape;
    io.KeyMap[ImGuiKey_KeyPadEnter] = sf::Keyboard::Return;  // SFML does not tell the two apart
    io.KeyMap[ImGuiKey_A] = sf::Keyboard::A;
    io.KeyMap[ImGuiKey_C] = sf::Keyboard::C;
    io.KeyMap[ImGuiKey_V] = sf::Keyboard::V;
    io.KeyMap[ImGuiKey_X] = sf::Keyboard::X;
    io.KeyMap[ImGuiKey_Y] = sf::Keyboard::Y;
    io.KeyMap[ImGuiKey_Z] = sf::Keyboard::Z;
}

}  // namespace

ImGuiSfmlGlue::ImGuiSfmlGlue(sf::RenderWindow& window) : window_(window) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "imgui_impl_sfml (securebase)";
    io.IniFilename = nullptr;  // the panel is docked by code; nothing to remember between runs
    MapKeys(io);
    io.ClipboardUserData = this;
    io.GetClipboardTextFn = &ImGuiSfmlGlue::GetClipboard;
    io.SetClipboardTextFn = &ImGuiSfmlGlue::SetClipboard;
    window_.setActive(true);
    ImGui_ImplOpenGL3_Init("#version 130");
}

ImGuiSfmlGlue::~ImGuiSfmlGlue() {
    window_.setActive(true);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
}

const char* ImGuiSfmlGlue::GetClipboard(void* user_data) {
    auto* self = static_cast<ImGuiSfmlGlue*>(user_data);
    const auto utf8 = sf::Clipboard::getString().toUtf8();
    self->clipboard_.assign(utf8.begin(), utf8.end());
    return self->clipboard_.c_str();
}

void ImGuiSfmlGlue::SetClipboard(void*, const char* text) {
    sf::Clipboard::setString(sf::String::fromUtf8(text, text + std::strlen(text)));
}

void ImGuiSfmlGlue::ProcessEvent(const sf::Event& event) {
    ImGuiIO& io = ImGui::GetIO();
    switch (event.type) {
        case sf::Event::MouseMoved:
            io.MousePos = ImVec2(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y));
            break;
        case sf::Event::MouseLeft:
            io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
            break;
        case sf::Event::MouseButtonPressed:
        case sf::Event::MouseButtonReleased: {
            const int b = ImGuiMouseButton(event.mouseButton.button);
            if (b < 0) break;
            const bool down = event.type == sf::Event::MouseButtonPressed;
            mouse_down_[b] = down;
            if (down) mouse_pressed_since_frame_[b] = true;
            io.MousePos = ImVec2(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
            break;
        }
        case sf::Event::MouseWheelScrolled:
            if (event.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel) io.MouseWheel += event.mouseWheelScroll.delta;
            else io.MouseWheelH += event.mouseWheelScroll.delta;
            break;
        case sf::Event::KeyPressed:
        case sf::Event::KeyReleased: {
            const int k = event.key.code;
            if (k < 0 || k >= kKeys) break;  // sf::Keyboard::Unknown is -1
            const bool down = event.type == sf::Event::KeyPressed;
            key_down_[k] = down;
            if (down) key_pressed_since_frame_[k] = true;
            break;
        }
        case sf::Event::TextEntered:
            // Control characters arrive as key events; ImGui would insert them as text.
            if (event.text.unicode >= 32 && event.text.unicode != 127) io.AddInputCharacter(event.text.unicode);
            break;
        case sf::Event::LostFocus:
            // Releases that happen while unfocused never reach us: treat everything as let go.
            mouse_down_.fill(false);
            key_down_.fill(false);
            break;
        default:
            break;
    }
}

void ImGuiSfmlGlue::NewFrame(float dt_s) {
    ImGuiIO& io = ImGui::GetIO();
    const sf::Vector2u size = window_.getSize();
    io.DisplaySize = ImVec2(static_cast<float>(size.x), static_cast<float>(size.y));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    io.DeltaTime = dt_s > 0.0f ? dt_s : 1.0f / 60.0f;  // ImGui asserts on a zero step

    for (int b = 0; b < kMouseButtons; ++b) {
        io.MouseDown[b] = mouse_down_[b] || mouse_pressed_since_frame_[b];
        mouse_pressed_since_frame_[b] = false;
    }
    for (int k = 0; k < kKeys; ++k) {
        io.KeysDown[k] = key_down_[k] || key_pressed_since_frame_[k];
        key_pressed_since_frame_[k] = false;
    }
    io.KeyCtrl = io.KeysDown[sf::Keyboard::LControl] || io.KeysDown[sf::Keyboard::RControl];
    io.KeyShift = io.KeysDown[sf::Keyboard::LShift] || io.KeysDown[sf::Keyboard::RShift];
    io.KeyAlt = io.KeysDown[sf::Keyboard::LAlt] || io.KeysDown[sf::Keyboard::RAlt];
    io.KeySuper = io.KeysDown[sf::Keyboard::LSystem] || io.KeysDown[sf::Keyboard::RSystem];

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
}

void ImGuiSfmlGlue::FontsChanged() {
    window_.setActive(true);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void ImGuiSfmlGlue::WindowRecreated() {
    mouse_down_.fill(false);
    mouse_pressed_since_frame_.fill(false);
    key_down_.fill(false);
    key_pressed_since_frame_.fill(false);
    window_.setActive(true);
    // The shader, buffers and font texture were made in the old context: make them again.
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init("#version 130");
}

void ImGuiSfmlGlue::Render() {
    ImGui::Render();
    window_.setActive(true);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    // The backend restores the GL state it touched, but SFML caches its own; make it re-send it.
    window_.resetGLStates();
}

}  // namespace sb::app
