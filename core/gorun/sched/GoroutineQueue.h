#pragma once

// A FIFO of parked goroutines, intrusive through Goroutine::waitNext (a goroutine waits in at
// most one such queue). Guarded by its owner's lock (Mutex, RWMutex, WaitGroup).

#include "gorun/sched/Goroutine.h"

namespace cacophony::gorun {

class GoroutineQueue
{
public:
    bool empty() const { return m_head == nullptr; }

    void push(Goroutine &g)
    {
        g.waitNext = nullptr;
        (m_tail ? m_tail->waitNext : m_head) = &g;
        m_tail = &g;
    }

    Goroutine *pop()
    {
        Goroutine *g = m_head;
        if (g) {
            m_head = g->waitNext;
            if (!m_head)
                m_tail = nullptr;
            g->waitNext = nullptr;
        }
        return g;
    }

    // Moves everything out (in order) into a list the caller walks through waitNext.
    Goroutine *takeAll()
    {
        Goroutine *all = m_head;
        m_head = m_tail = nullptr;
        return all;
    }

private:
    Goroutine *m_head = nullptr;
    Goroutine *m_tail = nullptr;
};

} // namespace cacophony::gorun
