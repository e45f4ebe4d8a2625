#include "gorun/sched/WaitGroup.h"

#include "gorun/sched/Scheduler.h"

namespace cacophony::gorun {

const char *const WaitGroup::kNegativeCounter = "sync: negative WaitGroup counter";

WaitGroup::WaitGroup(Scheduler &scheduler, const QString &name)
    : m_scheduler(scheduler)
    , m_id(scheduler.registerObject(ObjectKind::WaitGroup, name))
{
}

std::int64_t WaitGroup::counter() const
{
    std::lock_guard lock(m_lock);
    return m_counter;
}

void WaitGroup::recordWait(const Goroutine &g, std::int64_t since, std::int64_t at, bool blocked) const
{
    Event e;
    e.kind = EventKind::WgWait;
    e.t = since;
    e.dur = at - since;
    e.object = m_id;
    e.task = g.task;
    e.pos = g.pos;
    e.flags = blocked ? EventFlag::Blocked : NoFlags;
    m_scheduler.record(e);
}

OpResult WaitGroup::add(Goroutine &g, std::int64_t delta)
{
    Goroutine *woken = nullptr;
    std::int64_t after = 0;
    {
        std::lock_guard lock(m_lock);
        if (m_counter + delta < 0)
            return OpResult::Panic;
        m_counter += delta;
        after = m_counter;
        if (after == 0)
            woken = m_waiters.takeAll();
    }
    const std::int64_t now = m_scheduler.tracer() ? m_scheduler.clock().now() : 0;
    if (m_scheduler.tracer()) {
        Event e;
        e.kind = EventKind::WgAdd;
        e.t = now;
        e.object = m_id;
        e.a = delta;
        e.b = after;
        e.task = g.task;
        e.pos = g.pos;
        m_scheduler.record(e);
    }
    while (woken) {
        Goroutine *next = woken->waitNext;
        woken->waitNext = nullptr;
        if (m_scheduler.tracer())
            recordWait(*woken, woken->waitSince, now, true);
        m_scheduler.ready(*woken);
        woken = next;
    }
    return OpResult::Done;
}

OpResult WaitGroup::wait(Goroutine &g)
{
    const bool traced = m_scheduler.tracer() != nullptr;
    {
        std::lock_guard lock(m_lock);
        if (m_counter > 0) {
            g.waitSince = traced ? m_scheduler.clock().now() : 0;
            g.waitReason = WaitReason::WaitGroupWait;
            g.status.store(GStatus::Waiting, std::memory_order_relaxed);
            m_waiters.push(g);
            return OpResult::Park;
        }
    }
    if (traced) {
        const std::int64_t now = m_scheduler.clock().now();
        recordWait(g, now, now, false);
    }
    return OpResult::Done;
}

} // namespace cacophony::gorun
