#pragma once

// Misuse of a concurrency primitive, the C++ face of a Go panic: send on a closed
// channel, closing a channel twice, a negative wait-group counter.

#include <stdexcept>
#include <string>

namespace cacophony {

class RuntimeError : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

} // namespace cacophony
