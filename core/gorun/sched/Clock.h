#pragma once

// The run clock: nanoseconds since the run started. Real (the steady clock) or virtual
// (deterministic mode: it stands still while goroutines run and the scheduler advances it to
// the next timer only when every goroutine is blocked, as the Go playground's does).

#include <atomic>
#include <chrono>
#include <cstdint>

namespace cacophony::gorun {

class Clock
{
public:
    explicit Clock(bool isVirtual);

    // Thread-safe, lock-free.
    std::int64_t now() const;
    bool isVirtual() const { return m_virtual; } // thread-safe
    // Thread-safe. Unix time in ns at the run's start: the wall clock, or for a virtual clock
    // 2009-11-10 23:00:00 UTC (the playground's), so time.Now() is reproducible too.
    std::int64_t unixStartNs() const { return m_unixStart; }
    // Thread-safe. The steady-clock time point of run-clock time t (real clock only).
    std::chrono::steady_clock::time_point toSteady(std::int64_t t) const;

    // Scheduler only: moves a virtual clock forward to t (never back).
    void advanceTo(std::int64_t t);

private:
    const bool m_virtual;
    const std::chrono::steady_clock::time_point m_start;
    const std::int64_t m_unixStart;
    std::atomic<std::int64_t> m_virtualNow{0};
};

} // namespace cacophony::gorun
