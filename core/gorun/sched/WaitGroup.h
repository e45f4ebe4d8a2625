#pragma once

// Go's sync.WaitGroup over parked goroutines: wait() parks until the counter is zero; the
// add() that brings it to zero readies every waiter.
//
// Invariants (m_lock guards all): goroutines wait only while the counter is above zero; the
// counter never stays negative (a negative add panics and is undone).

#include "gorun/sched/Executor.h"
#include "gorun/sched/GoroutineQueue.h"

#include <QString>
#include <cstdint>
#include <mutex>

namespace cacophony::gorun {

class Scheduler;

class WaitGroup
{
public:
    explicit WaitGroup(Scheduler &scheduler, const QString &name = QStringLiteral("wg"));
    WaitGroup(const WaitGroup &) = delete;
    WaitGroup &operator=(const WaitGroup &) = delete;

    // Thread-safe, never block; for g running on the calling worker.
    // add / done: Done, or Panic kNegativeCounter.
    OpResult add(Goroutine &g, std::int64_t delta);
    OpResult done(Goroutine &g) { return add(g, -1); }
    // wait: Done if the counter is zero, else Park until it is.
    OpResult wait(Goroutine &g);

    std::int64_t counter() const;              // thread-safe (takes the lock)
    std::uint32_t id() const { return m_id; } // thread-safe: the trace object id (0 untraced)
    static const char *const kNegativeCounter;

private:
    void recordWait(const Goroutine &g, std::int64_t since, std::int64_t at, bool blocked) const;

    Scheduler &m_scheduler;
    const std::uint32_t m_id;
    mutable std::mutex m_lock;
    std::int64_t m_counter = 0; // guarded by m_lock
    GoroutineQueue m_waiters;   // guarded by m_lock
};

} // namespace cacophony::gorun
