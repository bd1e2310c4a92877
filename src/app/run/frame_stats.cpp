// Frame statistics implementation: every frame time is kept (a long run at 60 fps is a few hundred
// kilobytes) and sorted once when asked, so the quantiles are exact rather than estimated.
#include "app/run/frame_stats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sb::app {

void FrameStats::Add(double frame_s) {
    if (seen_++ < skip_) return;
    times_.push_back(frame_s);
}

double FrameStats::Quantile(double p) const {
    if (times_.empty()) return 0.0;
    std::vector<double> sorted = times_;
    std::sort(sorted.begin(), sorted.end());
    // Nearest rank: the smallest time at or above which a share p of the frames lie.
    const double rank = std::ceil(std::clamp(p, 0.0, 1.0) * static_cast<double>(sorted.size()));
    const std::size_t i = rank < 1.0 ? 0 : static_cast<std::size_t>(rank) - 1;
    return sorted[std::min(i, sorted.size() - 1)];
}

std::string FrameStats::Summary(int frames, double wall_s) const {
    char line[200];
    std::snprintf(line, sizeof line, "%d frames in %.2f s: %.1f fps; frame time p50 %.1f ms, p99 %.1f ms (%d counted)",
                  frames, wall_s, wall_s > 0.0 ? frames / wall_s : 0.0, Quantile(0.5) * 1e3, Quantile(0.99) * 1e3,
                  Counted());
    return line;
}

}  // namespace sb::app
