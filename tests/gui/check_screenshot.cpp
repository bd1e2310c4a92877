// Reads two GUI screenshots (early and late in a run) and checks what a person would see: a room
// drawn on the left, a panel on the right, and a room that changed as the procedure advanced.
#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>

#include <cstdio>
#include <map>
#include <memory>

namespace {

struct Image {
    int w = 0, h = 0;
    std::unique_ptr<unsigned char, decltype(&stbi_image_free)> px{nullptr, stbi_image_free};
    unsigned Rgb(int x, int y) const {
        const unsigned char* p = px.get() + (static_cast<long>(y) * w + x) * 3;
        return (p[0] << 16) | (p[1] << 8) | p[2];
    }
};

bool Load(const char* path, Image& img) {
    int n = 0;
    img.px.reset(stbi_load(path, &img.w, &img.h, &n, 3));
    if (!img.px) std::fprintf(stderr, "FAIL: cannot read %s\n", path);
    return static_cast<bool>(img.px);
}

// Colours quantised to 4 bits a channel, counted over a rectangle.
struct Census {
    std::map<unsigned, long> counts;
    long total = 0;
    unsigned dominant = 0;
    double dominant_share = 0;
};

Census Count(const Image& img, int x0, int x1) {
    Census c;
    for (int y = 0; y < img.h; ++y)
        for (int x = x0; x < x1; ++x) {
            const unsigned v = img.Rgb(x, y) & 0xF0F0F0u;
            ++c.counts[v];
            ++c.total;
        }
    long best = 0;
    for (const auto& [colour, n] : c.counts)
        if (n > best) { best = n; c.dominant = colour; }
    c.dominant_share = static_cast<double>(best) / c.total;
    return c;
}

int Brightness(unsigned rgb) { return ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF); }

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: check_screenshot EARLY.png LATE.png\n");
        return 2;
    }
    Image early, late;
    if (!Load(argv[1], early) || !Load(argv[2], late)) return 1;
    int failures = 0;
    auto expect = [&](bool ok, const char* what) {
        std::printf("%s: %s\n", ok ? "ok  " : "FAIL", what);
        failures += !ok;
    };
    expect(late.w >= 800 && late.h >= 500, "the window is at least 800 x 500");
    expect(early.w == late.w && early.h == late.h, "both screenshots have the same size");
    if (failures) return 1;

    const int room_x1 = late.w * 55 / 100;   // the room fills the left part of the window
    const int panel_x0 = late.w - 260;       // the panel is docked on the right
    const Census room = Count(late, 0, room_x1);
    const Census panel = Count(late, panel_x0, late.w);
    std::printf("room: dominant #%06x over %.0f%%, %zu colours; panel: dominant #%06x over %.0f%%, %zu colours\n",
                room.dominant, 100 * room.dominant_share, room.counts.size(), panel.dominant,
                100 * panel.dominant_share, panel.counts.size());
    expect(room.dominant_share > 0.15 && Brightness(room.dominant) > 200, "a light floor fills much of the room area");
    expect(room.counts.size() >= 12, "the room area holds many colours (walls, furniture, toys, agents)");
    expect(panel.dominant != room.dominant, "the panel looks different from the room");
    expect(panel.counts.size() >= 4, "the panel holds text and widgets");

    long changed = 0;
    for (int y = 0; y < late.h; ++y)
        for (int x = 0; x < room_x1; ++x) changed += early.Rgb(x, y) != late.Rgb(x, y);
    const double changed_share = static_cast<double>(changed) / (static_cast<long>(late.h) * room_x1);
    std::printf("room pixels that changed between the screenshots: %.2f%%\n", 100 * changed_share);
    expect(changed_share > 0.002, "the room changed as the procedure advanced");
    return failures ? 1 : 0;
}
