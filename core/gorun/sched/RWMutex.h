#pragma once

// Go's sync.RWMutex over parked goroutines. Writer-preferring as Go's: once a writer waits, new
// readers wait too; Unlock releases every waiting reader first, else hands the lock to the
// longest-waiting writer; the last RUnlock hands it to a waiting writer. A woken goroutine holds
// what it asked for when it runs.
//
// Invariants (m_lock guards all): m_writer and m_readers > 0 never hold together; readers wait
// only while a writer holds or waits; a writer waits only while the lock is held.

#include "gorun/sched/Executor.h"
#include "gorun/sched/GoroutineQueue.h"
#include "trace/Event.h"

#include <QString>
#include <mutex>

namespace cacophony::gorun {

class Scheduler;

class RWMutex
{
public:
    explicit RWMutex(Scheduler &scheduler, const QString &name = QStringLiteral("rwmutex"));
    RWMutex(const RWMutex &) = delete;
    RWMutex &operator=(const RWMutex &) = delete;

    // Thread-safe, never block; for g running on the calling worker. lock / rlock: Done or Park.
    // unlock / runlock: Done, or Fatal kUnlockOfUnlocked / kRUnlockOfUnlocked.
    OpResult lock(Goroutine &g);
    OpResult rlock(Goroutine &g);
    OpResult unlock(Goroutine &g);
    OpResult runlock(Goroutine &g);
    bool tryLock(Goroutine &g);
    bool tryRLock(Goroutine &g);

    std::uint32_t id() const { return m_id; } // thread-safe: the trace object id (0 untraced)
    static const char *const kUnlockOfUnlocked;
    static const char *const kRUnlockOfUnlocked;

private:
    OpResult acquire(Goroutine &g, bool read, bool mayPark);
    void record(EventKind kind, const Goroutine &g, std::int64_t since, std::int64_t at, bool read,
                bool blocked) const;

    Scheduler &m_scheduler;
    const std::uint32_t m_id;
    std::mutex m_lock;
    bool m_writer = false;     // guarded by m_lock
    int m_readers = 0;         // guarded by m_lock
    GoroutineQueue m_readerq;  // guarded by m_lock
    GoroutineQueue m_writerq;  // guarded by m_lock
};

} // namespace cacophony::gorun
