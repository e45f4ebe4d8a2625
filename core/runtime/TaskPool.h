#pragma once

// The threads the runtime's tasks run on. A task never waits for a thread: it starts on
// an idle worker, or on a new thread when none is idle, just as Go's scheduler adds
// threads while goroutines are blocked. Idle workers are kept until the pool is
// destroyed (a pool lives as long as one run).
//
// Built on std::thread rather than QThreadPool so that ThreadSanitizer sees every
// hand-off: Qt's internal locking is invisible to it in a non-instrumented Qt.
//
// Invariants (guarded by m_mutex): m_idle counts workers waiting for work; a start()
// that finds m_queue longer than m_idle adds a worker, so queued work never outnumbers
// the workers about to take it.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace cacophony {

class TaskPool
{
public:
    TaskPool() = default;
    ~TaskPool(); // waits for running work, then joins every worker
    TaskPool(const TaskPool &) = delete;
    TaskPool &operator=(const TaskPool &) = delete;

    // Thread-safe, never blocks on other work.
    void start(std::function<void()> work);
    // Thread-safe. Threads created so far.
    std::size_t threadCount() const;

private:
    void workerLoop();

    mutable std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::deque<std::function<void()>> m_queue; // guarded by m_mutex
    std::size_t m_idle = 0;                    // guarded by m_mutex
    bool m_shutdown = false;                   // guarded by m_mutex
    std::vector<std::thread> m_threads;        // guarded by m_mutex
};

} // namespace cacophony
