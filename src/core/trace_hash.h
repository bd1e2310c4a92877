// TraceHash: a 64-bit digest of everything a run shows, step by step. Two runs with the same
// digest produced the same trace bit for bit; the determinism tests compare these. Numbers are
// mixed a whole 64-bit word at a time (byte-wise FNV-1a was the simulation's hottest loop).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace sb {

class TraceHash {
public:
    void AddBytes(const void* data, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < n; ++i) {
            value_ ^= p[i];
            value_ *= 0x100000001B3ULL;
        }
    }
    void Add(double v) {
        if (v == 0.0) v = 0.0;  // fold -0.0 into 0.0: they draw the same
        std::uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        AddWord(bits);
    }
    void Add(std::int64_t v) { AddWord(static_cast<std::uint64_t>(v)); }
    void AddWord(std::uint64_t w) {
        value_ = (value_ ^ w) * 0x9E3779B97F4A7C15ULL;
        value_ ^= value_ >> 29;
    }
    void Add(std::string_view s) { AddBytes(s.data(), s.size()); }

    std::uint64_t Value() const { return value_; }

private:
    std::uint64_t value_ = 0xCBF29CE484222325ULL;
};

}  // namespace sb
