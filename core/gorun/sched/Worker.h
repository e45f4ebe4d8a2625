#pragma once

// One worker thread of the scheduler (Go's M with its P): runs goroutines from its run queue,
// the global queue, or stolen from others, one Executor::run at a time. The VM sees it only
// through preemptRequested().

#include "gorun/sched/RunQueue.h"

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>

namespace cacophony::gorun {

class Scheduler;
struct Goroutine;

class Worker
{
public:
    Worker(Scheduler &scheduler, int id) : m_scheduler(scheduler), m_id(id) {}
    Worker(const Worker &) = delete;
    Worker &operator=(const Worker &) = delete;

    // Owner thread (inside Executor::run), lock-free. The VM calls it at loop back-edges and
    // calls, passing how many instructions it ran since the last call: true when the goroutine
    // should yield (Step::Yield) — its slice is over (the monitor's flag after ~10 ms; in
    // deterministic mode after Options::sliceInstructions), the run is ending, or the world
    // is being stopped.
    bool preemptRequested(std::uint32_t instructions = 1)
    {
        if (m_countInstructions) {
            m_budget -= instructions;
            if (m_budget <= 0)
                return true;
        }
        return m_preempt.load(std::memory_order_relaxed);
    }

    // Thread-safe (fixed at construction).
    int id() const { return m_id; }
    Scheduler &scheduler() { return m_scheduler; }

private:
    friend class Scheduler;

    void loop();
    Goroutine *findRunnable(bool *inheritSlice);
    Goroutine *findDeterministic();
    bool idle();
    void execute(Goroutine &g, bool inheritSlice);

    Scheduler &m_scheduler;
    const int m_id;
    RunQueue m_queue;
    std::atomic<bool> m_preempt{false};
    bool m_countInstructions = false;      // deterministic mode; owner thread only
    std::int64_t m_budget = 0;             // owner thread only
    std::uint32_t m_schedTick = 0;         // owner thread only
    std::atomic<bool> m_busy{false};       // in Executor::run (read by the monitor)
    std::atomic<std::int64_t> m_sliceStart{0}; // clock ns when the current slice began
    std::mutex m_runLock;                  // held while running a goroutine; stopTheWorld takes it
    std::thread m_thread;                  // worker 0 runs on run()'s thread instead
};

} // namespace cacophony::gorun
