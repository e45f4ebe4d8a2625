#include "gorun/sched/RunQueue.h"

#include <chrono>

namespace cacophony::gorun {

std::int64_t RunQueue::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void RunQueue::putNext(Goroutine *g, std::vector<Goroutine *> &overflow, std::int64_t now)
{
    std::lock_guard lock(m_lock);
    Goroutine *displaced = m_next;
    m_next = g;
    m_nextSince = now;
    if (displaced)
        pushBackLocked(displaced, overflow);
}

void RunQueue::pushBack(Goroutine *g, std::vector<Goroutine *> &overflow)
{
    std::lock_guard lock(m_lock);
    pushBackLocked(g, overflow);
}

void RunQueue::pushBackLocked(Goroutine *g, std::vector<Goroutine *> &overflow)
{
    if (m_count == kCapacity) {
        // As Go's runqputslow: half of the ring goes to the global queue with g, oldest first.
        for (std::size_t i = 0; i < kCapacity / 2; ++i) {
            overflow.push_back(m_ring[m_head]);
            m_head = (m_head + 1) % kCapacity;
        }
        m_count -= kCapacity / 2;
        overflow.push_back(g);
        return;
    }
    m_ring[(m_head + m_count) % kCapacity] = g;
    ++m_count;
}

Goroutine *RunQueue::pop(bool *fromNext)
{
    std::lock_guard lock(m_lock);
    if (m_next) {
        Goroutine *g = m_next;
        m_next = nullptr;
        if (fromNext)
            *fromNext = true;
        return g;
    }
    if (fromNext)
        *fromNext = false;
    if (m_count == 0)
        return nullptr;
    Goroutine *g = m_ring[m_head];
    m_head = (m_head + 1) % kCapacity;
    --m_count;
    return g;
}

std::size_t RunQueue::stealHalf(std::vector<Goroutine *> &out, std::int64_t now)
{
    std::lock_guard lock(m_lock);
    if (m_count == 0) {
        if (m_next && now - m_nextSince >= kRunNextGraceNs) {
            out.push_back(m_next);
            m_next = nullptr;
            return 1;
        }
        return 0;
    }
    const std::size_t n = m_count - m_count / 2;
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back(m_ring[m_head]);
        m_head = (m_head + 1) % kCapacity;
    }
    m_count -= n;
    return n;
}

bool RunQueue::empty() const
{
    std::lock_guard lock(m_lock);
    return m_count == 0 && !m_next;
}

std::size_t RunQueue::size() const
{
    std::lock_guard lock(m_lock);
    return m_count + (m_next ? 1 : 0);
}

} // namespace cacophony::gorun
