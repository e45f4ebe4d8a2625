#pragma once

// Where a thread waits for a primitive to hand it something. One Parker per thread
// (forThisThread()); the waiting side parks on a readiness predicate, the waking side
// makes the predicate true inside unpark() so no wake-up is lost.
//
// Invariants:
//  - The predicate's state is changed only inside unpark()'s critical section (or is an
//    atomic set before it), so a parked thread re-checks it under m_mutex.
//  - While parked with a runtime, the parker is registered with it, so Runtime::stop()
//    can interrupt() it; park() then reports Stopping.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace cacophony {

class Runtime;

class Parker
{
public:
    enum class Wake { Ready, Stopping, Timeout };
    // What to do before sleeping on the condition variable.
    enum class Spin {
        None,     // sleep at once
        Brief,    // a few CPU pauses, then a few yields (a buffered channel's waiter)
        Adaptive, // CPU pauses for a budget that adapts (a rendezvous: see park())
    };
    using Deadline = std::optional<std::chrono::steady_clock::time_point>;

    static Parker &forThisThread();

    // Waits until ready() is true, the runtime (if any) is stopping, or the deadline
    // passes. Spinning first makes hand-offs between running threads much cheaper than
    // sleeping on the condition variable.
    template<typename Ready>
    Wake park(Runtime *runtime, Ready ready, Deadline deadline = std::nullopt, Spin spin = Spin::None);

    // The spinning part of park() alone: spins as `spin` says until ready() is true (then
    // true) or the spin is over (false). Owner thread only. For a waker that makes ready()
    // true without unpark() while the owner spins (see SelectWaiter.h), sparing both the
    // parker's lock.
    template<typename Ready>
    bool spinUntil(Ready ready, Spin spin);

    // Thread-safe. Runs makeReady under the parker's lock, then wakes the parked thread.
    template<typename MakeReady>
    void unpark(MakeReady makeReady)
    {
        std::lock_guard lock(m_mutex);
        makeReady();
        m_cv.notify_all();
    }

    // One pause of a spin loop (the CPU's hint that this is one; no system call, so a
    // spinning thread keeps its core even on a loaded machine).
    static void cpuRelax();

    // Thread-safe. Wakes the parked thread so it re-checks (used by Runtime::stop()).
    void interrupt();

    // Waits for any unpark() in progress to leave its critical section, so the caller
    // may let the state it made ready go out of scope.
    void settle() { std::lock_guard lock(m_mutex); }

private:
    bool stopping(Runtime *runtime) const;
    void registerWith(Runtime *runtime);
    void unregisterFrom(Runtime *runtime);

    static constexpr int kBriefRounds = 32;
    static constexpr std::int64_t kMinSpinNs = 2'000;
    static constexpr std::int64_t kMaxSpinNs = 100'000;

    std::int64_t m_spinBudgetNs = 20'000; // owner thread only (park() and spinUntil() are called by it)

    std::mutex m_mutex;
    std::condition_variable m_cv;
};

template<typename Ready>
bool Parker::spinUntil(Ready ready, Spin spin)
{
    if (spin == Spin::Brief) {
        for (int round = 0; round < 2 * kBriefRounds; ++round) {
            if (ready())
                return true;
            if (round < kBriefRounds)
                cpuRelax();
            else
                std::this_thread::yield();
        }
    } else if (spin == Spin::Adaptive) {
        // A partner running on the other core answers within microseconds, while waking a
        // parked thread costs tens of them (more in a virtual machine). So spin on the CPU
        // first, for a budget that adapts like an adaptive mutex: it grows while spinning
        // pays off (a ping-pong of hand-offs) and shrinks while it does not (waits for a
        // tick), so long waits cost little CPU. The clock is first read after 16 rounds:
        // a quick hand-off reads it not at all (and leaves the budget as it is).
        std::chrono::steady_clock::time_point start, spinEnd;
        for (int round = 0;; ++round) {
            if (ready()) {
                if (round >= 16) {
                    const auto spent = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                           std::chrono::steady_clock::now() - start)
                                           .count();
                    m_spinBudgetNs = std::clamp<std::int64_t>(2 * spent, m_spinBudgetNs, kMaxSpinNs);
                }
                return true;
            }
            if (round == 15) {
                start = std::chrono::steady_clock::now();
                spinEnd = start + std::chrono::nanoseconds(m_spinBudgetNs);
            } else if (round % 16 == 15 && std::chrono::steady_clock::now() >= spinEnd) {
                break;
            }
            cpuRelax();
        }
        m_spinBudgetNs = std::max<std::int64_t>(kMinSpinNs, m_spinBudgetNs / 2);
    }
    return false;
}

template<typename Ready>
Parker::Wake Parker::park(Runtime *runtime, Ready ready, Deadline deadline, Spin spin)
{
    if (spinUntil(ready, spin)) {
        settle();
        return Wake::Ready;
    }
    registerWith(runtime);
    Wake wake = Wake::Ready;
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (ready()) {
                wake = Wake::Ready;
                break;
            }
            if (stopping(runtime)) {
                wake = Wake::Stopping;
                break;
            }
            if (deadline) {
                if (m_cv.wait_until(lock, *deadline) == std::cv_status::timeout && !ready()) {
                    wake = stopping(runtime) ? Wake::Stopping : Wake::Timeout;
                    break;
                }
            } else {
                m_cv.wait(lock);
            }
        }
    }
    unregisterFrom(runtime);
    return wake;
}

} // namespace cacophony
