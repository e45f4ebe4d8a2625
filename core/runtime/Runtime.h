#pragma once

// A small Go-like runtime: named goroutine-like tasks on a private QThreadPool, a run
// clock, sleeping, spinning, and cancellation of everything at once.
//
// Invariants:
//  - A task occupies one pool thread from start to end, including while it blocks, so
//    the pool grows on demand (like Go adding threads for blocked goroutines): the pool
//    has no thread limit, so a spawn never waits behind running or blocked tasks; it
//    takes an idle thread or starts a new one. Threads idle for idleThreadExpiry() end.
//  - Everything a spawning thread did before go() happens before the task's first
//    instruction; the pool guarantees it, and util/TsanHandOff.h tells ThreadSanitizer.
//  - A task's function and its captures are destroyed on its thread before the task
//    counts as finished, so nothing of a task runs after wait() has returned.
//  - Once stop() has been called, every blocking call made through this runtime (sleep,
//    channel, select, wait group, ticker wait, spin) throws TaskCancelled promptly, and
//    every one already blocked is woken; parked waiters are registered in m_parked
//    (guarded by m_parkedMutex) for exactly that purpose.
//  - m_liveTasks counts tasks spawned and not yet finished; wait() returns when it is 0.
//  - The run clock is monotonic: now() is nanoseconds since construction.

#include "trace/Event.h"
#include "trace/TraceData.h"

#include <QString>
#include <QThreadPool>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <unordered_set>

namespace cacophony {

class Parker;
class Tracer;

using TaskId = std::uint32_t;

class Runtime
{
public:
    // tracer may be null: then nothing is recorded. The tracer must outlive the runtime.
    explicit Runtime(Tracer *tracer = nullptr);
    // Stops and waits for every task.
    ~Runtime();
    Runtime(const Runtime &) = delete;
    Runtime &operator=(const Runtime &) = delete;

    // Thread-safe. Spawns fn as a task named `name`, child of the calling task.
    // After stop() it spawns nothing and returns 0.
    TaskId go(const QString &name, std::function<void()> fn);

    // Thread-safe. Models the wait of a runnable goroutine for a thread (Go's scheduler,
    // for the lessons): every task spawned from now on starts only after a random delay,
    // uniform in [0, maxDelay), drawn in spawn order from a generator seeded with seed.
    // The delay shows as the gap between TaskSpawn and TaskStart. 0 (the default) = none.
    void setStartJitter(std::chrono::nanoseconds maxDelay, std::uint64_t seed);

    // Thread-safe, never blocks long: every blocked or spinning task is woken and unwinds
    // with TaskCancelled. Idempotent.
    void stop();
    // Thread-safe.
    bool isStopping() const { return m_stopping.load(std::memory_order_acquire); }

    // Thread-safe. Waits until no task is running; false on timeout.
    bool wait(int timeoutMs);
    // Thread-safe.
    int liveTasks() const;

    // Thread-safe. How long an idle pool thread waits for a task before it ends.
    static constexpr std::chrono::milliseconds kDefaultIdleThreadExpiry{30'000};
    void setIdleThreadExpiry(std::chrono::milliseconds expiry);
    std::chrono::milliseconds idleThreadExpiry() const;
    // Thread-safe. Pool threads running a task now (idle ones not counted).
    int busyThreads() const;

    // Thread-safe. The first misuse error a task died of (empty if none).
    std::string firstError() const;

    // Thread-safe. Nanoseconds since the runtime was created.
    std::int64_t now() const;
    std::chrono::steady_clock::time_point epoch() const { return m_epoch; }
    std::chrono::steady_clock::time_point toSteady(std::int64_t runNs) const;

    // Blocking calls, for the calling task (or any thread). Throw TaskCancelled when stopping.
    void sleep(std::chrono::nanoseconds d);
    void sleepUntil(std::int64_t runNs);
    // A busy-wait step: checks for cancellation and yields the CPU briefly. Consecutive
    // spin() calls of a task are recorded as one Spin span, closed by the task's next
    // completed operation.
    void spin();
    // Throws TaskCancelled if stopping.
    void checkCancelled() const;

    // Tracing helpers. record() fills in the calling task when event.task is 0.
    // Thread-safe, lock-free.
    void record(Event event);
    Tracer *tracer() const { return m_tracer; }
    std::uint32_t registerObject(ObjectKind kind, const QString &name, std::int64_t capacity);

    // The task running on the calling thread (0 outside tasks) and its runtime.
    static TaskId currentTask();
    static Runtime *current();

    // Internal, for the primitives: a parked waiter registers itself so stop() can wake it.
    void registerParked(Parker *parker);
    void unregisterParked(Parker *parker);
    // Ends the calling thread's open Spin span, if any (called by completed operations).
    void endSpin();

private:
    class Task;
    void runTask(TaskId id, std::int64_t notBeforeNs, std::function<void()> fn);

    Tracer *m_tracer;
    const std::chrono::steady_clock::time_point m_epoch;
    std::atomic<bool> m_stopping{false};

    mutable std::mutex m_tasksMutex;
    std::condition_variable m_tasksDone; // notified when m_liveTasks drops to 0
    int m_liveTasks = 0;                 // guarded by m_tasksMutex
    std::string m_firstError;            // guarded by m_tasksMutex
    std::atomic<std::uint32_t> m_nextLocalId{1}; // task and object ids when there is no tracer

    std::mutex m_jitterMutex;
    std::mt19937_64 m_jitterRng;        // guarded by m_jitterMutex
    std::int64_t m_maxJitterNs = 0;     // guarded by m_jitterMutex

    std::mutex m_parkedMutex;
    std::unordered_set<Parker *> m_parked; // guarded by m_parkedMutex

    // Private, never the global one; reset first in the destructor, joining its threads
    // before the members they use.
    std::unique_ptr<QThreadPool> m_pool;
};

} // namespace cacophony
