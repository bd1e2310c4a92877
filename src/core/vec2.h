// Vec2: a 2-D point or displacement on the room floor, in metres.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>

namespace sb {

struct Vec2 {
    double x = 0.0;
    double y = 0.0;

    constexpr Vec2() = default;
    constexpr Vec2(double x_, double y_) : x(x_), y(y_) {}

    constexpr Vec2 operator+(Vec2 o) const { return {x + o.x, y + o.y}; }
    constexpr Vec2 operator-(Vec2 o) const { return {x - o.x, y - o.y}; }
    constexpr Vec2 operator*(double k) const { return {x * k, y * k}; }
    Vec2& operator+=(Vec2 o) { x += o.x; y += o.y; return *this; }

    double Length() const { return std::sqrt(x * x + y * y); }
};

inline double Distance(Vec2 a, Vec2 b) { return (a - b).Length(); }

// Angle of a direction in radians, 0 = +x (east), pi/2 = +y (towards the chairs' wall).
inline double Heading(Vec2 d) { return std::atan2(d.y, d.x); }

// Heading() of a direction that often repeats from one step to the next (someone turned to a
// seated person): the last direction and its heading are kept. Directions are compared bit for
// bit (so -0.0 and 0.0, which atan2 tells apart, stay apart): the answer is always Heading(d).
class HeadingOfLast {
public:
    double operator()(Vec2 d) {
        if (Bits(d.x) != last_x_ || Bits(d.y) != last_y_) {
            last_x_ = Bits(d.x);
            last_y_ = Bits(d.y);
            heading_ = Heading(d);
        }
        return heading_;
    }

private:
    static std::uint64_t Bits(double v) {
        std::uint64_t b;
        std::memcpy(&b, &v, sizeof b);
        return b;
    }
    std::uint64_t last_x_ = 0, last_y_ = 0;  // the bits of +0.0
    double heading_ = Heading(Vec2{0.0, 0.0});
};

inline Vec2 Lerp(Vec2 a, Vec2 b, double t) { return a + (b - a) * t; }

}  // namespace sb
