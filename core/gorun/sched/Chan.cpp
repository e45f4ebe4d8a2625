#include "gorun/sched/Chan.h"

#include "gorun/sched/Scheduler.h"

namespace cacophony::gorun {

const char *const Chan::kSendOnClosed = "send on closed channel";
const char *const Chan::kCloseOfClosed = "close of closed channel";

Chan::Chan(Scheduler &scheduler, std::size_t capacity, bool elemIsRef, const QString &name, ObjectKind kind)
    : m_scheduler(scheduler)
    , m_capacity(capacity)
    , m_elemIsRef(elemIsRef)
    , m_id(scheduler.registerObject(kind, name, static_cast<std::int64_t>(capacity)))
    , m_buffer(capacity)
{
}

std::int64_t Chan::traceNow() const
{
    return m_scheduler.tracer() ? m_scheduler.clock().now() : 0;
}

std::size_t Chan::len() const
{
    std::lock_guard lock(m_lock);
    return m_count;
}

void Chan::giveTo(Waiter &w, Word value, bool ok)
{
    Goroutine &g = *w.g;
    if (w.caseCount > 0) {
        g.resume[0] = static_cast<Word>(w.caseIndex) | (ok ? kSelectOk : 0);
        g.resume[1] = value;
    } else {
        g.resume[0] = value;
        g.resume[1] = ok ? 1 : 0;
    }
}

bool Chan::readyLocked(bool isSend) const
{
    if (isSend)
        return m_closed || m_recvq.hasClaimable() || m_count < m_capacity;
    return m_count > 0 || m_sendq.hasClaimable() || m_closed;
}

bool Chan::completeLocked(bool isSend, Word value, Completion &c)
{
    if (isSend) {
        if (m_closed) {
            c.ok = false;
            return true;
        }
        if (Waiter *receiver = m_recvq.claimFirst()) {
            // A receiver waits, so the buffer is empty: the value goes straight to it.
            c.message = c.partnerMessage = ++m_sent;
            ++m_received;
            giveTo(*receiver, value, true);
            c.partner = receiver;
        } else if (m_count < m_capacity) {
            m_buffer[(m_head + m_count) % m_capacity] = value;
            ++m_count;
            c.message = ++m_sent;
        } else {
            return false;
        }
        c.value = value;
        c.at = traceNow();
        return true;
    }
    if (m_count > 0) {
        c.value = m_buffer[m_head];
        m_head = (m_head + 1) % m_capacity;
        --m_count;
        c.message = ++m_received;
        // A sender waited for room: its value takes the freed slot.
        if (Waiter *sender = m_sendq.claimFirst()) {
            m_buffer[(m_head + m_count) % m_capacity] = sender->value;
            ++m_count;
            c.partnerMessage = ++m_sent;
            giveTo(*sender, 0, true);
            c.partner = sender;
        }
    } else if (Waiter *sender = m_sendq.claimFirst()) {
        // Unbuffered: the rendezvous.
        c.message = c.partnerMessage = ++m_sent;
        ++m_received;
        c.value = sender->value;
        giveTo(*sender, 0, true);
        c.partner = sender;
    } else if (m_closed) {
        c.value = 0;
        c.ok = false;
        c.message = 0;
    } else {
        return false;
    }
    c.at = traceNow();
    return true;
}

void Chan::recordOp(std::uint32_t task, std::uint32_t pos, bool isSend, std::int64_t since, std::int64_t at,
                    std::uint64_t message, Word value, std::uint8_t flags) const
{
    Event e;
    e.kind = isSend ? EventKind::ChanSend : EventKind::ChanRecv;
    e.t = since;
    e.dur = at - since;
    e.object = m_id;
    e.a = static_cast<std::int64_t>(message);
    e.b = m_elemIsRef ? 0 : static_cast<std::int64_t>(value);
    e.task = task;
    e.pos = pos;
    e.flags = flags;
    m_scheduler.record(e);
}

void Chan::recordSelect(const Goroutine &g, std::int64_t since, std::int64_t at, int caseIndex, int caseCount,
                        bool blocked) const
{
    Event e;
    e.kind = EventKind::Select;
    e.t = since;
    e.dur = at - since;
    e.object = caseIndex >= 0 ? m_id : 0;
    e.a = caseIndex;
    e.b = caseCount;
    e.task = g.task;
    e.pos = g.pos;
    e.flags = blocked ? EventFlag::Blocked : NoFlags;
    m_scheduler.record(e);
}

void Chan::finish(Goroutine *g, bool isSend, const Completion &c, int caseIndex, int caseCount)
{
    if (m_scheduler.tracer()) {
        if (g) {
            const std::uint8_t flags = (caseCount > 0 ? EventFlag::InSelect : NoFlags)
                | (!isSend && !c.ok ? EventFlag::NotOk : NoFlags);
            recordOp(g->task, g->pos, isSend, c.at, c.at, c.message, c.value, flags);
            if (caseCount > 0)
                recordSelect(*g, c.at, c.at, caseIndex, caseCount, false);
        }
        if (const Waiter *w = c.partner) {
            const std::uint8_t flags = EventFlag::Blocked | (w->caseCount > 0 ? EventFlag::InSelect : NoFlags);
            recordOp(w->g->task, w->g->pos, w->isSend, w->since, c.at, c.partnerMessage,
                     w->isSend ? w->value : c.value, flags);
            if (w->caseCount > 0)
                recordSelect(*w->g, w->since, c.at, w->caseIndex, w->caseCount, true);
        }
    }
    if (c.partner)
        m_scheduler.ready(*c.partner->g);
}

void Chan::park(Goroutine &g, Waiter &w, bool isSend, Word value)
{
    w.g = &g;
    w.chan = this;
    w.isSend = isSend;
    w.value = value;
    w.since = traceNow();
    (isSend ? m_sendq : m_recvq).push(w);
}

OpResult Chan::send(Goroutine &g, Word value)
{
    Completion c;
    {
        std::lock_guard lock(m_lock);
        if (!completeLocked(true, value, c)) {
            g.waiters.resize(1);
            Waiter &w = g.waiters[0];
            w = Waiter{};
            g.claimed.store(0, std::memory_order_relaxed);
            g.waitReason = WaitReason::ChanSend;
            g.status.store(GStatus::Waiting, std::memory_order_relaxed);
            park(g, w, true, value);
            return OpResult::Park;
        }
    }
    if (!c.ok)
        return OpResult::Panic;
    finish(&g, true, c, 0, 0);
    return OpResult::Done;
}

OpResult Chan::recv(Goroutine &g, Word &out, bool &ok)
{
    Completion c;
    {
        std::lock_guard lock(m_lock);
        if (!completeLocked(false, 0, c)) {
            g.waiters.resize(1);
            Waiter &w = g.waiters[0];
            w = Waiter{};
            g.claimed.store(0, std::memory_order_relaxed);
            g.waitReason = WaitReason::ChanReceive;
            g.status.store(GStatus::Waiting, std::memory_order_relaxed);
            park(g, w, false, 0);
            return OpResult::Park;
        }
    }
    out = c.value;
    ok = c.ok;
    finish(&g, false, c, 0, 0);
    return OpResult::Done;
}

bool Chan::offer(Word value, std::uint64_t *message)
{
    Completion c;
    {
        std::lock_guard lock(m_lock);
        if (m_closed || !completeLocked(true, value, c))
            return false;
    }
    if (message)
        *message = c.message;
    finish(nullptr, true, c, 0, 0);
    return true;
}

OpResult Chan::close(Goroutine &g)
{
    std::vector<Waiter *> released;
    std::int64_t at = 0;
    {
        std::lock_guard lock(m_lock);
        if (m_closed)
            return OpResult::Panic;
        m_closed = true;
        at = traceNow();
        while (Waiter *w = m_recvq.claimFirst()) {
            giveTo(*w, 0, false);
            released.push_back(w);
        }
        while (Waiter *w = m_sendq.claimFirst()) {
            giveTo(*w, 0, false); // the sender panics: "send on closed channel"
            released.push_back(w);
        }
    }
    if (m_scheduler.tracer()) {
        Event e;
        e.kind = EventKind::ChanClose;
        e.t = at;
        e.object = m_id;
        e.task = g.task;
        e.pos = g.pos;
        m_scheduler.record(e);
        for (const Waiter *w : released) {
            if (w->isSend)
                continue;
            const std::uint8_t flags = EventFlag::Blocked | EventFlag::NotOk
                | (w->caseCount > 0 ? EventFlag::InSelect : NoFlags);
            recordOp(w->g->task, w->g->pos, false, w->since, at, 0, 0, flags);
            if (w->caseCount > 0)
                recordSelect(*w->g, w->since, at, w->caseIndex, w->caseCount, true);
        }
    }
    for (Waiter *w : released)
        m_scheduler.ready(*w->g);
    return OpResult::Done;
}

} // namespace cacophony::gorun
