#include "gorun/sched/Mutex.h"

#include "gorun/sched/Scheduler.h"

namespace cacophony::gorun {

const char *const Mutex::kUnlockOfUnlocked = "sync: unlock of unlocked mutex";

Mutex::Mutex(Scheduler &scheduler, const QString &name)
    : m_scheduler(scheduler)
    , m_id(scheduler.registerObject(ObjectKind::Mutex, name))
{
}

void Mutex::recordLock(const Goroutine &g, std::int64_t since, std::int64_t at, bool blocked) const
{
    Event e;
    e.kind = EventKind::Lock;
    e.t = since;
    e.dur = at - since;
    e.object = m_id;
    e.task = g.task;
    e.pos = g.pos;
    e.flags = blocked ? EventFlag::Blocked : NoFlags;
    m_scheduler.record(e);
}

OpResult Mutex::lock(Goroutine &g)
{
    const bool traced = m_scheduler.tracer() != nullptr;
    {
        std::lock_guard lock(m_lock);
        if (m_locked) {
            g.waitSince = traced ? m_scheduler.clock().now() : 0;
            g.waitReason = WaitReason::MutexLock;
            g.status.store(GStatus::Waiting, std::memory_order_relaxed);
            m_waiters.push(g);
            return OpResult::Park;
        }
        m_locked = true;
    }
    if (traced) {
        const std::int64_t now = m_scheduler.clock().now();
        recordLock(g, now, now, false);
    }
    return OpResult::Done;
}

bool Mutex::tryLock(Goroutine &g)
{
    {
        std::lock_guard lock(m_lock);
        if (m_locked)
            return false;
        m_locked = true;
    }
    if (m_scheduler.tracer()) {
        const std::int64_t now = m_scheduler.clock().now();
        recordLock(g, now, now, false);
    }
    return true;
}

OpResult Mutex::unlock(Goroutine &g)
{
    Goroutine *next = nullptr;
    {
        std::lock_guard lock(m_lock);
        if (!m_locked)
            return OpResult::Fatal;
        next = m_waiters.pop();
        m_locked = next != nullptr; // handed over: it stays locked, by next
    }
    if (m_scheduler.tracer()) {
        Event e;
        e.kind = EventKind::Unlock;
        e.t = m_scheduler.clock().now();
        e.object = m_id;
        e.task = g.task;
        e.pos = g.pos;
        m_scheduler.record(e);
        if (next)
            recordLock(*next, next->waitSince, e.t, true);
    }
    if (next)
        m_scheduler.ready(*next);
    return OpResult::Done;
}

} // namespace cacophony::gorun
