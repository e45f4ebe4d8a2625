#pragma once

#include <string>

namespace cacophony::go {
class Type;
}

namespace cacophony::gorun {

// A type as Go's runtime and fmt's %T print it: main.T, *main.T, []int, map[string]int,
// interface {}, struct { A int }, func(int) string.
std::string runtimeTypeName(const go::Type *t);

} // namespace cacophony::gorun
