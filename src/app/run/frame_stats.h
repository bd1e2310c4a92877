// Frame statistics: how long the window's frames took, for `securebase --stats` — the rate over the
// whole run and the median and 99th percentile frame time, which say more than a mean (one slow
// frame in a hundred is a visible stutter that a mean hides).
#pragma once

#include <string>
#include <vector>

namespace sb::app {

class FrameStats {
public:
    // The first `skip` frames are not counted: they load fonts and upload textures once.
    explicit FrameStats(int skip = 3) : skip_(skip) {}

    void Add(double frame_s);
    int Counted() const { return static_cast<int>(times_.size()); }
    // The p-quantile (0..1) of the counted frame times in seconds, nearest rank; 0 with none counted.
    double Quantile(double p) const;
    // "N frames in W s: R fps; frame time p50 A ms, p99 B ms (C counted)".
    std::string Summary(int frames, double wall_s) const;

private:
    int skip_;
    int seen_ = 0;
    std::vector<double> times_;
};

}  // namespace sb::app
