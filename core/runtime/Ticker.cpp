#include "runtime/Ticker.h"

#include "runtime/Cancelled.h"
#include "runtime/Runtime.h"

#include <algorithm>

namespace cacophony {

#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace {
// The tick thread sleeps until this long before a tick (an absolute deadline), then spins
// on the CPU until it is due: a timer wake-up alone is late by tens of microseconds, now
// and then by a millisecond in this kind of virtual machine. It spins rather than yields:
// on a busy machine a yield hands the core to another thread for a whole time slice
// (milliseconds), while a thread that has just woken from a sleep keeps it for this long.
// Bounded: at most kMaxSpinNs, and at most 1/kSpinShare of the interval, so a ticker costs
// at most 4 % of a core at any tempo (docs/performance.md: with 400 us the wake-up's p99
// fell from 2-440 us to 0.1-0.3 us at 6000 BPM; with 100 us it was not enough).
constexpr std::int64_t kMaxSpinNs = 400'000;
constexpr std::int64_t kSpinShare = 25;
// Beyond 100 ms (below 600 BPM) a wake-up's lateness matters less and less against the
// interval while a full spin would cost the same at every tick: the spin shrinks in
// proportion (80 us at 120 BPM), so that a slow metronome wakes only to tick (idle CPU
// at 120 BPM: docs/performance.md, *CPU while playing*).
constexpr std::int64_t kFullSpinUpToNs = 100'000'000;
} // namespace

Ticker::Ticker(Runtime &runtime, std::chrono::nanoseconds interval, const QString &name)
    : m_runtime(runtime)
    , m_interval(interval.count() > 0 ? interval : std::chrono::nanoseconds(1))
    , m_channel(runtime, name, 1, ObjectKind::Ticker)
    , m_start(runtime.now())
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

std::int64_t Ticker::spinNs(std::int64_t intervalNs)
{
    if (intervalNs > kFullSpinUpToNs)
        return kMaxSpinNs * kFullSpinUpToNs / intervalNs;
    return std::min(kMaxSpinNs, intervalNs / kSpinShare);
}

void Ticker::loop()
{
#ifdef __linux__
    // Wake-ups exactly at the requested time, not up to 50 us later (the default slack).
    prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL);
#endif
    const std::int64_t interval = m_interval.count();
    const std::int64_t spin = spinNs(interval);
    const auto stopped = [this] { return m_stopped.load(std::memory_order_acquire); };
    std::int64_t tick = 1;
    while (!stopped() && !m_runtime.isStopping()) {
        const std::int64_t due = m_start + tick * interval;
        if (m_parker.park(&m_runtime, stopped, m_runtime.toSteady(due - spin)) != Parker::Wake::Timeout)
            return;
        for (int round = 0; m_runtime.now() < due; ++round) {
            if (round % 64 == 63 && (stopped() || m_runtime.isStopping()))
                return;
            Parker::cpuRelax();
        }

        const std::int64_t ready = m_runtime.now(); // the wait is over: ready - due is the wake-up's lateness
        std::int64_t value = due;
        SelectCase c{&m_channel, true, &value};
        bool sent = false;
        try {
            sent = ChannelBase::select(m_runtime, &c, 1, false, std::nullopt, false) == 0;
        } catch (const TaskCancelled &) {
            return;
        }
        Event e;
        e.kind = EventKind::Tick;
        e.t = ready;
        e.dur = m_runtime.now() - ready; // the send (or drop), including waking the receiver
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
