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

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace cacophony {

class Runtime;

class Parker
{
public:
    enum class Wake { Ready, Stopping, Timeout };
    using Deadline = std::optional<std::chrono::steady_clock::time_point>;

    static Parker &forThisThread();

    // Waits until ready() is true, the runtime (if any) is stopping, or the deadline
    // passes. Spins briefly first when spinFirst, which makes hand-offs between running
    // threads much cheaper than sleeping on the condition variable.
    template<typename Ready>
    Wake park(Runtime *runtime, Ready ready, Deadline deadline = std::nullopt, bool spinFirst = false);

    // Thread-safe. Runs makeReady under the parker's lock, then wakes the parked thread.
    template<typename MakeReady>
    void unpark(MakeReady makeReady)
    {
        std::lock_guard lock(m_mutex);
        makeReady();
        m_cv.notify_all();
    }

    // Thread-safe. Wakes the parked thread so it re-checks (used by Runtime::stop()).
    void interrupt();

    // Waits for any unpark() in progress to leave its critical section, so the caller
    // may let the state it made ready go out of scope.
    void settle() { std::lock_guard lock(m_mutex); }

private:
    bool stopping(Runtime *runtime) const;
    void registerWith(Runtime *runtime);
    void unregisterFrom(Runtime *runtime);
    static void spinPause(int round);

    std::mutex m_mutex;
    std::condition_variable m_cv;
};

template<typename Ready>
Parker::Wake Parker::park(Runtime *runtime, Ready ready, Deadline deadline, bool spinFirst)
{
    if (spinFirst) {
        for (int round = 0; round < 64; ++round) {
            if (ready()) {
                settle();
                return Wake::Ready;
            }
            spinPause(round);
        }
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
