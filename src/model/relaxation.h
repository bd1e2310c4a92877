// First-order lags, and exp() of an argument that repeats, arranged so that a fixed step pays for
// exp() once per time constant (or per change) rather than once per step, bit for bit as before.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>

namespace sb {

// Share of the way to its target a first-order lag with time constant tau covers in dt.
inline double RelaxShare(double tau, double dt) { return 1.0 - std::exp(-dt / tau); }
// One step of the lag, given that share: x + (target - x) * share.
inline double RelaxBy(double x, double target, double share) { return x + (target - x) * share; }
// x relaxes towards target with time constant tau over dt (the two above in one).
inline double Relax(double x, double target, double tau, double dt) { return RelaxBy(x, target, RelaxShare(tau, dt)); }

// exp() of an argument that often repeats from one step to the next (a distance while nobody
// moves): the last argument and its value are kept. The argument is compared bit for bit, so the
// answer is always exactly std::exp(x).
class ExpOfLast {
public:
    double operator()(double x) {
        std::uint64_t bits;
        std::memcpy(&bits, &x, sizeof bits);
        if (bits != arg_bits_) {
            arg_bits_ = bits;
            value_ = std::exp(x);
        }
        return value_;
    }

private:
    std::uint64_t arg_bits_ = 0;  // +0.0, whose exp() is 1
    double value_ = 1.0;
};

}  // namespace sb
