// Vec2: a 2-D point or displacement on the room floor, in metres.
#pragma once

#include <cmath>

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

inline Vec2 Lerp(Vec2 a, Vec2 b, double t) { return a + (b - a) * t; }

}  // namespace sb
