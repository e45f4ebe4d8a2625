#include "runtime/TaskPool.h"

#include <pthread.h>

namespace cacophony {

TaskPool::~TaskPool()
{
    std::vector<std::thread> threads;
    {
        std::lock_guard lock(m_mutex);
        m_shutdown = true;
        threads.swap(m_threads);
    }
    m_workAvailable.notify_all();
    for (std::thread &t : threads)
        t.join();
}

void TaskPool::start(std::function<void()> work)
{
    std::lock_guard lock(m_mutex);
    m_queue.push_back(std::move(work));
    if (m_idle >= m_queue.size()) {
        m_workAvailable.notify_one();
        return;
    }
    m_threads.emplace_back([this] { workerLoop(); });
}

std::size_t TaskPool::threadCount() const
{
    std::lock_guard lock(m_mutex);
    return m_threads.size();
}

void TaskPool::workerLoop()
{
    pthread_setname_np(pthread_self(), "cacophony task");
    std::unique_lock lock(m_mutex);
    for (;;) {
        while (m_queue.empty() && !m_shutdown) {
            ++m_idle;
            m_workAvailable.wait(lock);
            --m_idle;
        }
        if (m_queue.empty())
            return; // shut down, and nothing left to run
        std::function<void()> work = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        work();
        work = nullptr; // release captures outside the lock
        lock.lock();
    }
}

} // namespace cacophony
