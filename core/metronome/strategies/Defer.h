#pragma once

// Go's `defer f()` for the strategies: runs f when the scope ends, also when the task
// unwinds with Cancelled. f must not throw.

#include <utility>

namespace cacophony {

template<typename F>
class Defer
{
public:
    explicit Defer(F f) : m_f(std::move(f)) {}
    ~Defer() { m_f(); }
    Defer(const Defer &) = delete;
    Defer &operator=(const Defer &) = delete;

private:
    F m_f;
};

} // namespace cacophony
