// TraceHash: a 64-bit digest of everything a run shows, step by step. Two runs with the same
// digest produced the same trace bit for bit; the determinism tests compare these. Numbers are
// mixed a whole 64-bit word at a time (byte-wise FNV-1a was the simulation's hottest loop), and
// in four independent lanes: one serial multiply-xorshift chain over a step's ~35 words was a
// fifth of a procedure's time, all of it waiting on the previous multiply. Value() folds the lanes.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace sb {

class TraceHash {
public:
    // A double as the word it is mixed as; -0.0 is folded into 0.0 because they draw the same.
    static std::uint64_t Word(double v) {
        std::uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        return (bits << 1) == 0 ? 0 : bits;  // both zeros have only the sign bit, if any, set
    }
    static std::uint64_t Word(std::int64_t v) { return static_cast<std::uint64_t>(v); }

    // Mixes n words: word i of the block goes to lane i mod 4, so the lanes' chains run side by side.
    void AddWords(const std::uint64_t* words, std::size_t n) {
        std::uint64_t a = lanes_[0], b = lanes_[1], c = lanes_[2], d = lanes_[3];
        std::size_t i = 0;
        for (; i + 4 <= n; i += 4) {
            a = Mix(a, words[i]);
            b = Mix(b, words[i + 1]);
            c = Mix(c, words[i + 2]);
            d = Mix(d, words[i + 3]);
        }
        if (i < n) a = Mix(a, words[i++]);
        if (i < n) b = Mix(b, words[i++]);
        if (i < n) c = Mix(c, words[i++]);
        lanes_ = {a, b, c, d};
    }

    std::uint64_t Value() const {
        std::uint64_t h = lanes_[0];
        for (std::size_t i = 1; i < lanes_.size(); ++i) h = Mix(h, lanes_[i]);
        return h;
    }

private:
    static std::uint64_t Mix(std::uint64_t h, std::uint64_t w) {
        h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
        return h ^ (h >> 29);
    }

    // Distinct starting values, so that words trading lanes change the digest.
    std::array<std::uint64_t, 4> lanes_{0xCBF29CE484222325ULL, 0x84222325CBF29CE4ULL, 0x9CE484222325CBF2ULL,
                                        0x2325CBF29CE48422ULL};
};

}  // namespace sb
