#include "gorun/sched/RWMutex.h"

#include "gorun/sched/Scheduler.h"

namespace cacophony::gorun {

const char *const RWMutex::kUnlockOfUnlocked = "sync: Unlock of unlocked RWMutex";
const char *const RWMutex::kRUnlockOfUnlocked = "sync: RUnlock of unlocked RWMutex";

RWMutex::RWMutex(Scheduler &scheduler, const QString &name)
    : m_scheduler(scheduler)
    , m_id(scheduler.registerObject(ObjectKind::RWMutex, name))
{
}

void RWMutex::record(EventKind kind, const Goroutine &g, std::int64_t since, std::int64_t at, bool read,
                     bool blocked) const
{
    Event e;
    e.kind = kind;
    e.t = since;
    e.dur = at - since;
    e.object = m_id;
    e.a = read ? 1 : 0;
    e.task = g.task;
    e.pos = g.pos;
    e.flags = blocked ? EventFlag::Blocked : NoFlags;
    m_scheduler.record(e);
}

OpResult RWMutex::acquire(Goroutine &g, bool read, bool mayPark)
{
    const bool traced = m_scheduler.tracer() != nullptr;
    {
        std::lock_guard lock(m_lock);
        const bool free = read ? !m_writer && m_writerq.empty() : !m_writer && m_readers == 0;
        if (!free) {
            if (!mayPark)
                return OpResult::Fatal; // tryLock's "no"; never returned to the VM
            g.waitSince = traced ? m_scheduler.clock().now() : 0;
            g.waitReason = read ? WaitReason::RWMutexRLock : WaitReason::RWMutexLock;
            g.status.store(GStatus::Waiting, std::memory_order_relaxed);
            (read ? m_readerq : m_writerq).push(g);
            return OpResult::Park;
        }
        if (read)
            ++m_readers;
        else
            m_writer = true;
    }
    if (traced) {
        const std::int64_t now = m_scheduler.clock().now();
        record(EventKind::Lock, g, now, now, read, false);
    }
    return OpResult::Done;
}

OpResult RWMutex::lock(Goroutine &g)
{
    return acquire(g, false, true);
}

OpResult RWMutex::rlock(Goroutine &g)
{
    return acquire(g, true, true);
}

bool RWMutex::tryLock(Goroutine &g)
{
    return acquire(g, false, false) == OpResult::Done;
}

bool RWMutex::tryRLock(Goroutine &g)
{
    return acquire(g, true, false) == OpResult::Done;
}

OpResult RWMutex::unlock(Goroutine &g)
{
    Goroutine *woken = nullptr; // a list through waitNext
    bool wokenRead = false;
    {
        std::lock_guard lock(m_lock);
        if (!m_writer)
            return OpResult::Fatal;
        m_writer = false;
        if (!m_readerq.empty()) {
            woken = m_readerq.takeAll();
            wokenRead = true;
            for (Goroutine *r = woken; r; r = r->waitNext)
                ++m_readers;
        } else if ((woken = m_writerq.pop())) {
            m_writer = true;
        }
    }
    const std::int64_t now = m_scheduler.tracer() ? m_scheduler.clock().now() : 0;
    if (m_scheduler.tracer())
        record(EventKind::Unlock, g, now, now, false, false);
    while (woken) {
        Goroutine *next = wokenRead ? woken->waitNext : nullptr;
        woken->waitNext = nullptr;
        if (m_scheduler.tracer())
            record(EventKind::Lock, *woken, woken->waitSince, now, wokenRead, true);
        m_scheduler.ready(*woken);
        woken = next;
    }
    return OpResult::Done;
}

OpResult RWMutex::runlock(Goroutine &g)
{
    Goroutine *writer = nullptr;
    {
        std::lock_guard lock(m_lock);
        if (m_readers <= 0)
            return OpResult::Fatal;
        if (--m_readers == 0 && (writer = m_writerq.pop()))
            m_writer = true;
    }
    if (m_scheduler.tracer()) {
        const std::int64_t now = m_scheduler.clock().now();
        record(EventKind::Unlock, g, now, now, true, false);
        if (writer)
            record(EventKind::Lock, *writer, writer->waitSince, now, false, true);
    }
    if (writer)
        m_scheduler.ready(*writer);
    return OpResult::Done;
}

} // namespace cacophony::gorun
