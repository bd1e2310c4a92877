// Number formats shared by the validation report's tables: "12.3%", "0.42", "r = -0.18".
#pragma once

#include <cstdio>
#include <optional>
#include <string>

namespace sb {

inline std::string Pct(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", v);
    return buf;
}

inline std::string Num(double v, int decimals = 2) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

// A correlation, or why there is none: a report must not print 0 for an r it could not compute.
inline std::string RText(const std::optional<double>& r) {
    return r ? "r = " + Num(*r) : "r undefined (a variable does not vary)";
}

}  // namespace sb
