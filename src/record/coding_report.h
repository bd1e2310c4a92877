// A coding as people read it (a text report for the terminal) and as programs read it (JSON).
#pragma once

#include <string>

#include "coding/coding.h"

namespace sb {

std::string CodingReport(const Coding& coding);
std::string CodingJson(const Coding& coding, const std::string& source);

}  // namespace sb
