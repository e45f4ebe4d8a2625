#include "runtime/WaitGroup.h"

#include "runtime/Cancelled.h"
#include "runtime/Parker.h"
#include "runtime/Runtime.h"
#include "runtime/RuntimeError.h"

#include <algorithm>
#include <atomic>

namespace cacophony {

WaitGroup::WaitGroup(Runtime &runtime, const QString &name)
    : m_runtime(runtime)
    , m_id(runtime.registerObject(ObjectKind::WaitGroup, name, 0))
{
}

WaitGroup::~WaitGroup() = default;

void WaitGroup::add(int delta)
{
    std::vector<Waiter *> released;
    int after = 0;
    {
        std::lock_guard lock(m_mutex);
        if (m_counter + delta < 0)
            throw RuntimeError("sync: negative WaitGroup counter");
        m_counter += delta;
        after = m_counter;
        if (m_counter == 0)
            released.swap(m_waiters);
    }
    Event e;
    e.kind = EventKind::WgAdd;
    e.t = m_runtime.now();
    e.object = m_id;
    e.a = delta;
    e.b = after;
    m_runtime.record(e);
    for (Waiter *w : released)
        w->parker->unpark([w] { w->released.store(true, std::memory_order_release); });
}

void WaitGroup::wait()
{
    m_runtime.checkCancelled();
    const std::int64_t start = m_runtime.now();
    Waiter waiter{&Parker::forThisThread()};
    bool blocked = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_counter > 0) {
            m_waiters.push_back(&waiter);
            blocked = true;
        }
    }
    if (blocked) {
        const auto released = [&waiter] { return waiter.released.load(std::memory_order_acquire); };
        if (waiter.parker->park(&m_runtime, released) != Parker::Wake::Ready) {
            bool stillQueued = false;
            {
                std::lock_guard lock(m_mutex);
                const auto it = std::find(m_waiters.begin(), m_waiters.end(), &waiter);
                if (it != m_waiters.end()) {
                    m_waiters.erase(it);
                    stillQueued = true;
                }
            }
            if (stillQueued)
                throw TaskCancelled{};
            waiter.parker->park(nullptr, released); // released at the last moment
        }
    }
    Event e;
    e.kind = EventKind::WgWait;
    e.t = start;
    e.dur = m_runtime.now() - start;
    e.object = m_id;
    e.flags = blocked ? EventFlag::Blocked : NoFlags;
    m_runtime.record(e);
}

int WaitGroup::count() const
{
    std::lock_guard lock(m_mutex);
    return m_counter;
}

} // namespace cacophony
