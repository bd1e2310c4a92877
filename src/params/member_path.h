// A parameter's place in a SimulationDef as a chain of pointers to members, so that a registry
// entry is one line: Path(&SimulationDef::history, &HistoryDef::caregiver, &CaregiverDef::sensitivity).
#pragma once

#include <cmath>
#include <tuple>
#include <type_traits>

namespace sb::params {

// The field at the end of the chain, const or not as `obj` is.
template <class Obj, class C, class M>
auto& Walk(Obj& obj, M C::*member) {
    return obj.*member;
}
template <class Obj, class C, class M, class... Rest>
auto& Walk(Obj& obj, M C::*member, Rest... rest) {
    return Walk(obj.*member, rest...);
}

template <class... Members>
struct Path {
    std::tuple<Members...> members;
    explicit Path(Members... m) : members(m...) {}

    template <class Root>
    auto& In(Root& root) const {
        return std::apply([&root](auto... m) -> auto& { return Walk(root, m...); }, members);
    }
};

// What kind of value a field holds, from its C++ type.
template <class Field>
constexpr bool kIsFlag = std::is_same_v<Field, bool>;
template <class Field>
constexpr bool kIsWhole = std::is_integral_v<Field> && !std::is_same_v<Field, bool>;

// Stores a registry value (always a double) into a field of any of those kinds.
template <class Field>
void Store(Field& f, double v) {
    if constexpr (kIsFlag<Field>) {
        f = v != 0.0;
    } else if constexpr (kIsWhole<Field>) {
        f = static_cast<Field>(std::llround(v));
    } else {
        f = static_cast<Field>(v);
    }
}

}  // namespace sb::params
