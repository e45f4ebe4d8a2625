#pragma once

// The runtime half of time.Timer, time.Ticker, time.After and time.Tick: at each deadline it
// sends the deadline (run-clock ns; the VM adds Clock::unixStartNs() for a time.Time) on its
// channel without blocking, as Go's sendTime does: when the channel (capacity 1) is full the
// value is dropped. A periodic timer (a Ticker) stays on its grid start + k * period, skipping
// the ticks it was too late for, and records a Tick event per tick (Dropped when dropped).
//
// Thread-safety: every method is thread-safe (the timer queue's lock). The timer thread fires it
// under that lock, so after stop() or the destructor returns it is not firing and will not.
// The channel must outlive the timer.

#include "gorun/sched/TimerQueue.h"

#include <cstdint>

namespace cacophony::gorun {

class Chan;
class Scheduler;

class RuntimeTimer : public TimerTarget
{
public:
    RuntimeTimer(Scheduler &scheduler, Chan &channel);
    ~RuntimeTimer() override; // stops it
    RuntimeTimer(const RuntimeTimer &) = delete;
    RuntimeTimer &operator=(const RuntimeTimer &) = delete;

    // Arms it: first deadline delayNs from now, then every periodNs (0: once). Returns whether
    // it was armed before (Go's Reset result).
    bool reset(std::int64_t delayNs, std::int64_t periodNs = 0);
    // Disarms it. Returns whether it was armed (Go's Stop result: true if it stopped a pending
    // fire).
    bool stop();
    // Ticks fired so far (periodic timers), dropped included.
    std::int64_t ticks() const { return m_ticks.load(std::memory_order_relaxed); }

    std::int64_t fire(std::int64_t due, std::int64_t now) override;

private:
    Scheduler &m_scheduler;
    Chan &m_channel;
    std::int64_t m_period = 0;           // guarded by the timer queue's lock
    std::atomic<std::int64_t> m_ticks{0};
};

} // namespace cacophony::gorun
