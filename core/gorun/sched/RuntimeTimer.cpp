#include "gorun/sched/RuntimeTimer.h"

#include "gorun/sched/Chan.h"
#include "gorun/sched/Scheduler.h"

namespace cacophony::gorun {

RuntimeTimer::RuntimeTimer(Scheduler &scheduler, Chan &channel) : m_scheduler(scheduler), m_channel(channel) {}

RuntimeTimer::~RuntimeTimer()
{
    stop();
}

bool RuntimeTimer::reset(std::int64_t delayNs, std::int64_t periodNs)
{
    // m_period is read by fire() under the queue's lock: set it while disarmed.
    const bool was = m_scheduler.timers().disarm(*this);
    m_period = periodNs > 0 ? periodNs : 0;
    m_scheduler.timers().arm(*this, m_scheduler.clock().now() + std::max<std::int64_t>(delayNs, 0), m_period);
    return was;
}

bool RuntimeTimer::stop()
{
    return m_scheduler.timers().disarm(*this);
}

std::int64_t RuntimeTimer::fire(std::int64_t due, std::int64_t now)
{
    std::uint64_t message = 0;
    const bool sent = m_channel.offer(static_cast<Word>(due), &message);
    if (m_period == 0)
        return -1;
    const std::int64_t tick = m_ticks.fetch_add(1, std::memory_order_relaxed) + 1;
    if (m_scheduler.tracer()) {
        Event e;
        e.kind = EventKind::Tick;
        e.t = now;
        e.dur = m_scheduler.clock().now() - now;
        e.object = m_channel.id();
        e.a = tick;
        e.b = sent ? static_cast<std::int64_t>(message) : 0;
        e.flags = sent ? NoFlags : EventFlag::Dropped;
        m_scheduler.record(e);
    }
    // Stay on the grid; skip the ticks this fire was too late for (as Go's ticker).
    return due + m_period * (1 + (now - due) / m_period);
}

} // namespace cacophony::gorun
