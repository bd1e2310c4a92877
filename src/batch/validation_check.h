// One measured check of the validation report: what is asked, the criterion, what was measured.
#pragma once

#include <string>

namespace sb {

struct ValidationCheck {
    std::string target;    // what is asked
    std::string expected;  // the criterion applied
    std::string measured;  // what this run gave
    bool pass = false;
    std::string source;    // where the target comes from (the model.md §9 rows name it in `target`)
};

}  // namespace sb
