// SFML -> Dear ImGui platform glue: feeds window events, size and time to ImGui 1.86 and renders
// its draw lists with the OpenGL3 backend on top of whatever SFML drew.
//
// Works: mouse position, buttons (left, right, middle) and wheel; keys through io.KeysDown/KeyMap;
// text entry; clipboard; window resizes; focus loss. A press and release that both fall between
// two frames are held down for one frame so the click or key is not lost.
// Missing: mouse cursor shapes, gamepads, HiDPI framebuffer scale (SFML 2.5 has none to report).
#pragma once

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>
#include <array>
#include <string>

namespace sb::app {

class ImGuiSfmlGlue {
public:
    // Creates the ImGui context and initialises the OpenGL3 renderer in the window's GL context.
    explicit ImGuiSfmlGlue(sf::RenderWindow& window);
    ~ImGuiSfmlGlue();
    ImGuiSfmlGlue(const ImGuiSfmlGlue&) = delete;
    ImGuiSfmlGlue& operator=(const ImGuiSfmlGlue&) = delete;

    void ProcessEvent(const sf::Event& event);
    // Starts an ImGui frame; dt_s is the real time since the previous frame.
    void NewFrame(float dt_s);
    // Renders the frame's ImGui draw data, then hands the GL state back to SFML.
    void Render();
    // Re-uploads the font atlas after it was rebuilt (outside a frame).
    void FontsChanged();
    // Starts the renderer afresh in the window's new GL context after the window was recreated
    // (full-screen and back), and forgets the keys and buttons held in the old one.
    void WindowRecreated();

private:
    static const char* GetClipboard(void* user_data);
    static void SetClipboard(void* user_data, const char* text);

    sf::RenderWindow& window_;
    static constexpr int kMouseButtons = 3;
    static constexpr int kKeys = sf::Keyboard::KeyCount;
    std::array<bool, kMouseButtons> mouse_down_{};
    std::array<bool, kMouseButtons> mouse_pressed_since_frame_{};
    std::array<bool, kKeys> key_down_{};
    std::array<bool, kKeys> key_pressed_since_frame_{};
    std::string clipboard_;  // ImGui reads the clipboard through a pointer that must outlive the call
};

}  // namespace sb::app
