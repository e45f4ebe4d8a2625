#pragma once

#include <cstdint>

namespace cacophony::go {
class Type;
}

namespace cacophony::gorun {

// Go's size in bytes of a value of type t on a 64-bit machine (for cap() after append to
// grow as gc's growslice does: by its rules, then rounded up to the allocator's size class).
std::int64_t goSizeof(const go::Type *t);
// The capacity growslice gives a slice of capacity oldCap that needs `needed` elements.
std::int64_t growCap(std::int64_t oldCap, std::int64_t needed, std::int64_t elemSize);

} // namespace cacophony::gorun
