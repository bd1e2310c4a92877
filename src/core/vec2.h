// Vec2: a 2-D point or displacement on the room floor, in metres.
#pragma once

#include <cmath>
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
        if (std::memcmp(&d.x, &last_.x, sizeof d.x) != 0 || std::memcmp(&d.y, &last_.y, sizeof d.y) != 0) {
            last_ = d;
            heading_ = Heading(d);
        }
        return heading_;
    }

private:
    Vec2 last_{0.0, 0.0};
    double heading_ = Heading(Vec2{0.0, 0.0});
};

inline Vec2 Lerp(Vec2 a, Vec2 b, double t) { return a + (b - a) * t; }

}  // namespace sb
