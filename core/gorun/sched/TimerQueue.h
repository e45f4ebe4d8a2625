#pragma once

// The runtime's timers (sleeps, time.Timer, time.Ticker): one ordered set of deadlines and,
// with a real clock, one timer thread (not a goroutine, as Go's timers are not). The thread
// sleeps on a condition variable until shortly before the earliest deadline, then spins the
// rest, as core/runtime's Ticker does and with its budget (Ticker::spinNs of the timer's
// period, or of its delay for a one-shot timer): a timer wake-up alone is late by tens of
// microseconds. With a virtual clock (deterministic mode) there is no thread: the scheduler
// calls advanceAndFire() when every goroutine is blocked.
//
// Invariants: a target is armed at most once (arming again moves it); fire() runs with the
// queue's lock held, so after disarm() returns the target is not being fired and will not
// be; the lock is taken before a channel's or a run queue's lock, never after.

#include "gorun/sched/Clock.h"

#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

namespace cacophony::gorun {

class TimerTarget
{
public:
    virtual ~TimerTarget() = default;
    // Called with the queue's lock held, on the timer thread (or the deterministic worker),
    // once the deadline `due` has passed (clock time `now`). Returns the next deadline of a
    // periodic target, or -1. Must not arm or disarm timers.
    virtual std::int64_t fire(std::int64_t due, std::int64_t now) = 0;

private:
    friend class TimerQueue;
    using Key = std::pair<std::int64_t, std::uint64_t>; // deadline, arming order
    std::multimap<Key, TimerTarget *>::iterator m_position; // guarded by the queue's lock
    bool m_armed = false;                                   // guarded by the queue's lock
    std::int64_t m_spinNs = 0;                              // guarded by the queue's lock
};

class TimerQueue
{
public:
    explicit TimerQueue(Clock &clock);
    ~TimerQueue(); // stops the thread
    TimerQueue(const TimerQueue &) = delete;
    TimerQueue &operator=(const TimerQueue &) = delete;

    // Thread-safe. Arms target at clock time `when`; periodNs (0 for a one-shot) only sets the
    // spin budget. Returns whether it was armed before (then it is moved).
    bool arm(TimerTarget &target, std::int64_t when, std::int64_t periodNs);
    // Thread-safe. Returns whether it was armed. It does not fire after this returns.
    bool disarm(TimerTarget &target);
    // Thread-safe. Whether nothing is armed and `also()` holds, both under the lock (the
    // deadlock check: a timer about to fire is still armed).
    template<typename F>
    bool noneArmedAnd(F also)
    {
        std::lock_guard lock(m_mutex);
        return m_timers.empty() && also();
    }

    // Thread-safe. Disarms every target (a scheduler's end: its goroutines' sleeps).
    void disarmAll();

    // Starts / stops the timer thread (real clock). Not thread-safe: the scheduler's run().
    void startThread();
    void stopThread();

    // Deterministic mode, the worker only: advances the virtual clock to the earliest deadline
    // and fires everything due. False if nothing was armed.
    bool advanceAndFire();

private:
    void loop();
    void fireDueLocked(std::int64_t now);
    bool disarmLocked(TimerTarget &target);

    Clock &m_clock;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::multimap<TimerTarget::Key, TimerTarget *> m_timers; // guarded by m_mutex
    std::uint64_t m_armings = 0;                             // guarded by m_mutex
    bool m_stopping = false;                                 // guarded by m_mutex
    std::thread m_thread;
};

} // namespace cacophony::gorun
