// The trace digest tells apart any two different word sequences a run could give: the words'
// order, which lane each falls in, and how many there are all count; the two zeros do not.
#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "core/trace_hash.h"

using sb::TraceHash;

namespace {
std::uint64_t DigestOf(const std::vector<std::uint64_t>& words) {
    TraceHash h;
    h.AddWords(words.data(), words.size());
    return h.Value();
}
}  // namespace

TEST_CASE("the digest changes when any one word changes, in every lane and in the tail", "[trace_hash]") {
    const std::vector<std::uint64_t> base = {1, 2, 3, 4, 5, 6, 7};  // one whole block of four and a tail of three
    for (std::size_t i = 0; i < base.size(); ++i) {
        std::vector<std::uint64_t> changed = base;
        changed[i] ^= 1;
        CHECK(DigestOf(changed) != DigestOf(base));
    }
}

TEST_CASE("words trading places, between lanes or along one lane, change the digest", "[trace_hash]") {
    CHECK(DigestOf({1, 2, 3, 4}) != DigestOf({2, 1, 3, 4}));              // two lanes swap
    CHECK(DigestOf({1, 0, 0, 0, 2, 0, 0, 0}) != DigestOf({2, 0, 0, 0, 1, 0, 0, 0}));  // one lane, two blocks
}

TEST_CASE("a word more or less changes the digest, even a zero", "[trace_hash]") {
    CHECK(DigestOf({5}) != DigestOf({5, 0}));
    CHECK(DigestOf({5, 0, 0, 0}) != DigestOf({5, 0, 0, 0, 0}));
    CHECK(DigestOf({}) != DigestOf({0}));
}

TEST_CASE("each call starts again at the first lane, so how a step splits its words is part of the digest", "[trace_hash]") {
    // A step adds its fixed words in one call, then four per event: the split is fixed, and a
    // different split of the same words is a different digest.
    const std::uint64_t words[10] = {9, 8, 7, 6, 5, 4, 3, 2, 1, 10};
    TraceHash split, whole;
    split.AddWords(words, 6);
    split.AddWords(words + 6, 4);
    whole.AddWords(words, 10);
    CHECK(split.Value() != whole.Value());
}

TEST_CASE("the two zeros give one word, and other doubles keep their bits", "[trace_hash]") {
    CHECK(TraceHash::Word(-0.0) == TraceHash::Word(0.0));
    CHECK(TraceHash::Word(0.0) == 0u);
    CHECK(TraceHash::Word(1.0) != TraceHash::Word(-1.0));
    CHECK(TraceHash::Word(5e-324) != TraceHash::Word(0.0));   // the smallest subnormal is not zero
    CHECK(TraceHash::Word(-5e-324) != TraceHash::Word(0.0));
}
