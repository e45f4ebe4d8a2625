#include "gorun/sched/Clock.h"

namespace cacophony::gorun {

namespace {
constexpr std::int64_t kPlaygroundUnixNs = 1'257'894'000'000'000'000LL; // 2009-11-10 23:00:00 UTC
}

Clock::Clock(bool isVirtual)
    : m_virtual(isVirtual)
    , m_start(std::chrono::steady_clock::now())
    , m_unixStart(isVirtual ? kPlaygroundUnixNs
                            : std::chrono::duration_cast<std::chrono::nanoseconds>(
                                  std::chrono::system_clock::now().time_since_epoch())
                                  .count())
{
}

std::int64_t Clock::now() const
{
    if (m_virtual)
        return m_virtualNow.load(std::memory_order_acquire);
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - m_start).count();
}

std::chrono::steady_clock::time_point Clock::toSteady(std::int64_t t) const
{
    return m_start + std::chrono::nanoseconds(t);
}

void Clock::advanceTo(std::int64_t t)
{
    std::int64_t current = m_virtualNow.load(std::memory_order_relaxed);
    while (current < t && !m_virtualNow.compare_exchange_weak(current, t, std::memory_order_release))
        ;
}

} // namespace cacophony::gorun
