// Room view drawing: the same steps the single-room window always took — caption, the room that
// does not move, then the agents blended between the last two steps — confined to the view's area.
#include "app/room/room_view.h"

#include <algorithm>
#include <cstddef>

#include "app/room/agent_painter.h"
#include "app/room/caption_strip.h"
#include "app/room/palette.h"
#include "app/room/room_renderer.h"
#include "app/room/shape_kit.h"
#include "app/run/snapshot_blend.h"

namespace sb::app {

sf::FloatRect ToSfml(const ScreenRect& r) { return {r.left, r.top, r.width, r.height}; }

ScreenRect FromSfml(const sf::FloatRect& r) { return {r.left, r.top, r.width, r.height}; }

std::vector<RoomView> LayOutRoomViews(const std::vector<const Playback*>& runs, const sf::FloatRect& area,
                                      float caption_h) {
    const std::vector<ScreenRect> cells = LayOutRooms(FromSfml(area), static_cast<int>(runs.size()), caption_h);
    std::vector<RoomView> views;
    views.reserve(runs.size());
    for (std::size_t i = 0; i < runs.size(); ++i) views.push_back({runs[i], ToSfml(cells[i]), {}});
    return views;
}

void DrawRoomView(sf::RenderTarget& target, const RoomView& view, const RoomFonts& fonts, float caption_h,
                  double pulse_s, RoomCache* cache) {
    if (!view.playback) return;
    const Playback& playback = *view.playback;
    const Simulation& sim = playback.Sim();
    const sf::FloatRect& a = view.area;

    DrawCaption(target, {a.left, a.top, a.width, caption_h}, sim, {playback.Paused(), playback.Speed()}, fonts);
    const sf::FloatRect room_area(a.left, a.top + caption_h, a.width, a.height - caption_h);
    const RoomDef& room = sim.Def().room;
    const RoomFrame frame = FitRoom(room, room_area);
    if (cache) cache->Draw(target, frame, room, room_area, fonts);
    else DrawRoom(target, frame, room, fonts);
    const Snapshot shown = BlendSnapshots(sim.Previous(), sim.Now(), playback.DrawAlpha());
    DrawAgents(target, frame, room, shown, fonts, pulse_s);

    if (!view.label.empty()) {
        // In the margin above the room's top-left corner, where no agent and no wall label goes.
        LabelStyle style;
        style.size_px = static_cast<unsigned>(std::clamp(caption_h * 0.16f, 12.0f, 24.0f));
        style.text = palette::kCaptionText;
        style.backing = palette::kLabelBacking;
        DrawLabel(target, fonts.bold, view.label, {room_area.left + 8.0f, room_area.top + style.size_px * 0.9f},
                  Anchor::Left, style);
    }
}

}  // namespace sb::app
