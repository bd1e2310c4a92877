// SHA-256 (FIPS 180-4), so an export's manifest can name the exact bytes of every file it belongs
// with and a reader can check a set without trusting sizes or dates. Our own code: no new dependency.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sb {

class Sha256 {
public:
    Sha256();
    void Update(const void* data, std::size_t n);
    void Update(std::string_view s) { Update(s.data(), s.size()); }
    // The digest as 64 lowercase hex digits. Ends the hashing: call once.
    std::string HexDigest();

private:
    void Block(const unsigned char* p);
    std::array<std::uint32_t, 8> h_;
    std::array<unsigned char, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t total_bytes_ = 0;
};

// The digest of a whole string, as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view data);

}  // namespace sb
