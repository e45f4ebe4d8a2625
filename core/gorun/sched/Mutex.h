#pragma once

// Go's sync.Mutex over parked goroutines. Unlock hands the lock straight to the longest
// waiter (Go's starvation mode, always: FIFO, no barging), so a woken goroutine holds the lock
// when it runs. Not reentrant, not owned: any goroutine may unlock, as in Go.
//
// Invariants (m_lock guards all): a goroutine waits only while the mutex is locked; the
// waiter is readied after m_lock is released, its Blocked Lock span recorded first.

#include "gorun/sched/Executor.h"
#include "gorun/sched/GoroutineQueue.h"

#include <QString>
#include <mutex>

namespace cacophony::gorun {

class Scheduler;

class Mutex
{
public:
    explicit Mutex(Scheduler &scheduler, const QString &name = QStringLiteral("mutex"));
    Mutex(const Mutex &) = delete;
    Mutex &operator=(const Mutex &) = delete;

    // Thread-safe, never block; for g running on the calling worker.
    // lock: Done, or Park (g holds the lock when readied).
    OpResult lock(Goroutine &g);
    // tryLock: whether g took it.
    bool tryLock(Goroutine &g);
    // unlock: Done, or Fatal kUnlockOfUnlocked.
    OpResult unlock(Goroutine &g);

    std::uint32_t id() const { return m_id; } // thread-safe: the trace object id (0 untraced)
    static const char *const kUnlockOfUnlocked;

private:
    void recordLock(const Goroutine &g, std::int64_t since, std::int64_t at, bool blocked) const;

    Scheduler &m_scheduler;
    const std::uint32_t m_id;
    std::mutex m_lock;
    bool m_locked = false;    // guarded by m_lock
    GoroutineQueue m_waiters; // guarded by m_lock
};

} // namespace cacophony::gorun
