#include "runtime/Ticker.h"

#include "runtime/Cancelled.h"
#include "runtime/Runtime.h"

namespace cacophony {

namespace {
// The tick thread sleeps until this long before a tick, then yields until it is due:
// condition-variable wake-ups alone are late by tens to hundreds of microseconds.
constexpr std::int64_t kSpinNs = 300'000;
} // namespace

Ticker::Ticker(Runtime &runtime, std::chrono::nanoseconds interval, const QString &name)
    : m_runtime(runtime)
    , m_interval(interval.count() > 0 ? interval : std::chrono::nanoseconds(1))
    , m_channel(runtime, name, 1, ObjectKind::Ticker)
{
    m_thread = std::thread([this] { loop(); });
}

Ticker::~Ticker()
{
    stop();
}

void Ticker::stop()
{
    m_stopped.store(true, std::memory_order_release);
    m_parker.interrupt();
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

void Ticker::loop()
{
    const std::int64_t interval = m_interval.count();
    const std::int64_t start = m_runtime.now();
    const auto stopped = [this] { return m_stopped.load(std::memory_order_acquire); };
    std::int64_t tick = 1;
    while (!stopped() && !m_runtime.isStopping()) {
        const std::int64_t due = start + tick * interval;
        if (m_parker.park(&m_runtime, stopped, m_runtime.toSteady(due - kSpinNs)) != Parker::Wake::Timeout)
            return;
        while (m_runtime.now() < due) {
            if (stopped() || m_runtime.isStopping())
                return;
            std::this_thread::yield();
        }

        std::int64_t now = m_runtime.now();
        SelectCase c{&m_channel, true, &now};
        bool sent = false;
        try {
            sent = ChannelBase::select(m_runtime, &c, 1, false, std::nullopt, false) == 0;
        } catch (const TaskCancelled &) {
            return;
        }
        Event e;
        e.kind = EventKind::Tick;
        e.t = m_runtime.now();
        e.object = m_channel.id();
        e.a = tick;
        e.b = sent ? static_cast<std::int64_t>(c.message) : 0;
        e.flags = sent ? NoFlags : EventFlag::Dropped;
        m_runtime.record(e);

        // Stay on the grid; ticks this thread itself was too late for are skipped.
        const std::int64_t late = m_runtime.now() - due;
        tick += 1 + (late > interval ? late / interval : 0);
    }
}

} // namespace cacophony
