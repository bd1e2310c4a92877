// Helpers for the validation tests that build small populations by hand: a classified dyad of a
// group (with its best fit, for D), and the report row whose target starts with given words.
#pragma once

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "batch/dyad_facts.h"
#include "batch/validation.h"

namespace sb::test {

// A dyad the observer classified as `group`; a D infant's best fit is `best_fit` (default: the group).
inline DyadFacts ClassifiedDyad(char group, char best_fit = 0) {
    DyadFacts f;
    f.classified = true;
    f.group = group;
    f.best_fit = best_fit ? best_fit : group;
    return f;
}

// The row whose target starts with `starts_with`; fails the test if there is none.
inline const ValidationCheck& Row(const std::vector<ValidationCheck>& rows, const std::string& starts_with) {
    for (const ValidationCheck& c : rows)
        if (c.target.rfind(starts_with, 0) == 0) return c;
    FAIL("no row " << starts_with);
    static ValidationCheck none;
    return none;
}

}  // namespace sb::test
