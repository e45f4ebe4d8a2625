#include "gorun/sched/TimerQueue.h"

#include "runtime/Parker.h"
#include "runtime/Ticker.h"

#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace cacophony::gorun {

TimerQueue::TimerQueue(Clock &clock) : m_clock(clock) {}

TimerQueue::~TimerQueue()
{
    stopThread();
}

bool TimerQueue::arm(TimerTarget &target, std::int64_t when, std::int64_t periodNs)
{
    std::lock_guard lock(m_mutex);
    const bool was = disarmLocked(target);
    target.m_position = m_timers.emplace(TimerTarget::Key{when, ++m_armings}, &target);
    target.m_armed = true;
    const std::int64_t span = periodNs > 0 ? periodNs : when - m_clock.now();
    target.m_spinNs = span > 0 ? Ticker::spinNs(span) : 0;
    if (target.m_position == m_timers.begin())
        m_cv.notify_one(); // a new earliest deadline
    return was;
}

bool TimerQueue::disarm(TimerTarget &target)
{
    std::lock_guard lock(m_mutex);
    return disarmLocked(target);
}

bool TimerQueue::disarmLocked(TimerTarget &target)
{
    if (!target.m_armed)
        return false;
    m_timers.erase(target.m_position);
    target.m_armed = false;
    return true;
}

void TimerQueue::disarmAll()
{
    std::lock_guard lock(m_mutex);
    for (auto &entry : m_timers)
        entry.second->m_armed = false;
    m_timers.clear();
}

void TimerQueue::startThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread([this] { loop(); });
}

void TimerQueue::stopThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void TimerQueue::fireDueLocked(std::int64_t now)
{
    while (!m_timers.empty() && m_timers.begin()->first.first <= now) {
        const auto first = m_timers.begin();
        const std::int64_t due = first->first.first;
        TimerTarget *target = first->second;
        m_timers.erase(first);
        target->m_armed = false;
        const std::int64_t next = target->fire(due, now);
        if (next >= 0) {
            target->m_position = m_timers.emplace(TimerTarget::Key{next, ++m_armings}, target);
            target->m_armed = true;
        }
    }
}

bool TimerQueue::advanceAndFire()
{
    std::lock_guard lock(m_mutex);
    if (m_timers.empty())
        return false;
    const std::int64_t when = m_timers.begin()->first.first;
    m_clock.advanceTo(when);
    fireDueLocked(m_clock.now());
    return true;
}

void TimerQueue::loop()
{
#ifdef __linux__
    // Wake-ups at the requested time, not up to 50 us later (the default slack).
    prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL);
#endif
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_timers.empty()) {
            m_cv.wait(lock);
            continue;
        }
        const std::int64_t when = m_timers.begin()->first.first;
        const std::int64_t wakeAt = when - m_timers.begin()->second->m_spinNs;
        std::int64_t now = m_clock.now();
        if (now < wakeAt) {
            m_cv.wait_until(lock, m_clock.toSteady(wakeAt));
            continue; // re-evaluate: an earlier timer, a disarm, or the time has come
        }
        if (now < when) {
            // Spin the rest without the lock, so goroutines may arm and disarm meanwhile.
            lock.unlock();
            for (int round = 0; (now = m_clock.now()) < when && round < 1'000'000; ++round)
                Parker::cpuRelax();
            lock.lock();
        }
        fireDueLocked(m_clock.now());
    }
}

} // namespace cacophony::gorun
