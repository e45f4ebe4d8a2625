#pragma once

// Go's sync.WaitGroup: add() before spawning, done() when a task finishes, wait() until
// the counter is back to zero.
//
// Invariants (guarded by m_mutex): m_counter >= 0 (going negative throws RuntimeError,
// like Go's panic "sync: negative WaitGroup counter"); m_waiters holds the parked
// waiters, all released together when the counter reaches zero.

#include <QString>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <vector>

namespace cacophony {

class Runtime;
class Parker;

class WaitGroup
{
public:
    explicit WaitGroup(Runtime &runtime, const QString &name = QStringLiteral("wait group"));
    ~WaitGroup();
    WaitGroup(const WaitGroup &) = delete;
    WaitGroup &operator=(const WaitGroup &) = delete;

    // Thread-safe, never blocks. Throws RuntimeError if the counter would go negative.
    void add(int delta);
    // Thread-safe, never blocks. Same as add(-1).
    void done() { add(-1); }
    // Thread-safe. Blocks until the counter is zero; throws TaskCancelled when stopping.
    void wait();
    // Thread-safe.
    int count() const;

private:
    struct Waiter
    {
        Parker *parker;
        std::atomic<bool> released{false}; // set inside parker's unpark()
    };

    Runtime &m_runtime;
    const std::uint32_t m_id;
    mutable std::mutex m_mutex;
    int m_counter = 0;               // guarded by m_mutex
    std::vector<Waiter *> m_waiters; // guarded by m_mutex
};

} // namespace cacophony
