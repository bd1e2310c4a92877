// Room cache implementation. The texture covers the room's area on whole pixels and is cleared to
// the backdrop colour first, so it is opaque and is copied without blending; the room's own pixels
// land where DrawRoom would put them, because the texture's view is that part of the window.
#include "app/room/room_cache.h"

#include <SFML/Graphics/Sprite.hpp>
#include <algorithm>
#include <cmath>

#include "app/room/palette.h"
#include "app/room/room_renderer.h"

namespace sb::app {

namespace {

constexpr std::size_t kMaxEntries = 8;  // four rooms, and four more while a resize settles

bool SameRoom(const RoomDef& a, const RoomDef& b) {
    auto same = [](Vec2 p, Vec2 q) { return p.x == q.x && p.y == q.y; };
    if (a.size_m != b.size_m || !same(a.door, b.door) || a.door_width_m != b.door_width_m ||
        !same(a.caregiver_chair, b.caregiver_chair) || !same(a.stranger_chair, b.stranger_chair) ||
        a.toys.size() != b.toys.size())
        return false;
    for (std::size_t i = 0; i < a.toys.size(); ++i)
        if (!same(a.toys[i], b.toys[i])) return false;
    return true;
}

}  // namespace

struct RoomCache::Entry {
    RoomFrame frame;
    RoomDef room;
    sf::IntRect bounds;
    const RoomFonts* fonts = nullptr;
    sf::RenderTexture texture;
    long long last_use = 0;
};

RoomCache::RoomCache(unsigned antialias) : antialias_(antialias) {}

RoomCache::~RoomCache() = default;

void RoomCache::Clear() { entries_.clear(); }

RoomCache::Entry* RoomCache::Find(const RoomFrame& frame, const RoomDef& room, const sf::IntRect& bounds,
                                  const RoomFonts& fonts) {
    for (const std::unique_ptr<Entry>& e : entries_)
        if (e->bounds == bounds && e->frame.origin == frame.origin && e->frame.px_per_m == frame.px_per_m &&
            e->fonts == &fonts && SameRoom(e->room, room))
            return e.get();
    return nullptr;
}

void RoomCache::Draw(sf::RenderTarget& target, const RoomFrame& frame, const RoomDef& room, sf::FloatRect area,
                     const RoomFonts& fonts) {
    // Only what DrawRoom paints, within the room's area: the margins around it stay the cleared
    // backdrop, and a smaller copy is less for a software renderer to fill.
    sf::FloatRect painted;
    if (!RoomBounds(frame, room).intersects(area, painted)) return;
    const int left = static_cast<int>(std::floor(painted.left));
    const int top = static_cast<int>(std::floor(painted.top));
    const sf::IntRect bounds(left, top, static_cast<int>(std::ceil(painted.left + painted.width)) - left,
                             static_cast<int>(std::ceil(painted.top + painted.height)) - top);
    if (bounds.width <= 0 || bounds.height <= 0) return;
    Entry* entry = Find(frame, room, bounds, fonts);
    if (!entry) {
        if (entries_.size() >= kMaxEntries) {
            const auto oldest = std::min_element(entries_.begin(), entries_.end(),
                                                 [](const auto& a, const auto& b) { return a->last_use < b->last_use; });
            entries_.erase(oldest);
        }
        auto made = std::make_unique<Entry>();
        sf::ContextSettings settings;
        settings.antialiasingLevel = antialias_;
        if (!made->texture.create(static_cast<unsigned>(bounds.width), static_cast<unsigned>(bounds.height), settings)) {
            DrawRoom(target, frame, room, fonts);  // no texture to be had: draw it as it is
            return;
        }
        made->frame = frame;
        made->room = room;
        made->bounds = bounds;
        made->fonts = &fonts;
        made->texture.setView(sf::View(sf::FloatRect(static_cast<float>(bounds.left), static_cast<float>(bounds.top),
                                                     static_cast<float>(bounds.width), static_cast<float>(bounds.height))));
        made->texture.clear(palette::kBackdrop);
        DrawRoom(made->texture, frame, room, fonts);
        made->texture.display();
        entry = made.get();
        entries_.push_back(std::move(made));
        ++made_;
    }
    entry->last_use = ++uses_;
    sf::Sprite sprite(entry->texture.getTexture());
    sprite.setPosition(static_cast<float>(bounds.left), static_cast<float>(bounds.top));
    target.draw(sprite, sf::RenderStates(sf::BlendNone));
}

}  // namespace sb::app
