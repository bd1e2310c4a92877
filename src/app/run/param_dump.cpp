// The parameter dump. Numbers are written with the shortest text that reads back as the same
// double, so a value a hair outside its range cannot be printed onto the bound and pass the check.
#include "app/run/param_dump.h"

#include <charconv>

#include "app/run/playback.h"
#include "params/param_registry.h"

namespace sb::app {

namespace {

std::string Exact(double v) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

const char* KindName(ParamKind kind) {
    switch (kind) {
        case ParamKind::Integer: return "whole";
        case ParamKind::Flag: return "flag";
        case ParamKind::Real: break;
    }
    return "real";
}

std::string Line(const std::string& name, double value, double min, double max, const char* kind) {
    return name + "\t" + Exact(value) + "\t" + Exact(min) + "\t" + Exact(max) + "\t" + kind + "\n";
}

}  // namespace

std::string ParamDump(const SimulationDef& def, double speed) {
    std::string out = "name\tvalue\tmin\tmax\tkind\n";
    for (const ParamEntry& e : ParamRegistry()) out += Line(e.name, e.get(def), e.min, e.max, KindName(e.kind));
    out += Line("playback.speed", speed, kMinSpeed, kMaxSpeed, "real");
    return out;
}

}  // namespace sb::app
