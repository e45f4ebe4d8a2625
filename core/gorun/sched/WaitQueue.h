#pragma once

// A FIFO of channel waiters (Go's waitq of sudogs), intrusive so that a select's waiter leaves
// any channel's queue in O(1). Guarded by the owning channel's lock.

#include "gorun/sched/Goroutine.h"

namespace cacophony::gorun {

class WaitQueue
{
public:
    bool empty() const { return m_head == nullptr; }

    void push(Waiter &w)
    {
        w.prev = m_tail;
        w.next = nullptr;
        (m_tail ? m_tail->next : m_head) = &w;
        m_tail = &w;
        w.queued = true;
    }

    void remove(Waiter &w)
    {
        if (!w.queued)
            return;
        (w.prev ? w.prev->next : m_head) = w.next;
        (w.next ? w.next->prev : m_tail) = w.prev;
        w.prev = w.next = nullptr;
        w.queued = false;
    }

    // The first waiter whose goroutine this call claims (g.claimed 0 -> 1); waiters of a select
    // that completed on another channel are dropped on the way. nullptr if none.
    Waiter *claimFirst()
    {
        while (Waiter *w = m_head) {
            remove(*w);
            std::uint8_t expected = 0;
            if (w->g->claimed.compare_exchange_strong(expected, 1, std::memory_order_acq_rel))
                return w;
        }
        return nullptr;
    }

    // Whether claimFirst() would find a waiter now (a select's readiness poll).
    bool hasClaimable() const
    {
        for (Waiter *w = m_head; w; w = w->next)
            if (w->g->claimed.load(std::memory_order_acquire) == 0)
                return true;
        return false;
    }

    template<typename F>
    void forEach(F f) const
    {
        for (Waiter *w = m_head; w; w = w->next)
            f(*w);
    }

private:
    Waiter *m_head = nullptr;
    Waiter *m_tail = nullptr;
};

} // namespace cacophony::gorun
