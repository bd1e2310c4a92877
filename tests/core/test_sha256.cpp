// SHA-256 gives the digests of the FIPS 180-2 examples (Appendix B), however the input is split.
#include <catch2/catch.hpp>

#include <string>

#include "core/sha256.h"

using sb::Sha256;
using sb::Sha256Hex;

TEST_CASE("SHA-256 of the FIPS 180-2 one-block message \"abc\"", "[sha256]") {
    REQUIRE(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("SHA-256 of the FIPS 180-2 two-block message", "[sha256]") {
    REQUIRE(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("SHA-256 of the FIPS 180-2 long message: one million 'a'", "[sha256]") {
    REQUIRE(Sha256Hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 of nothing", "[sha256]") {
    REQUIRE(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("SHA-256 is the same however the input is split into pieces", "[sha256]") {
    // Pieces of 1, 63, 64 and 65 bytes cross the 64-byte blocks at every offset that matters.
    std::string text;
    for (int i = 0; i < 1000; ++i) text += static_cast<char>('a' + i % 26);
    for (std::size_t piece : {1u, 7u, 63u, 64u, 65u, 200u}) {
        INFO("pieces of " << piece);
        Sha256 h;
        for (std::size_t at = 0; at < text.size(); at += piece) h.Update(text.substr(at, piece));
        REQUIRE(h.HexDigest() == Sha256Hex(text));
    }
}
