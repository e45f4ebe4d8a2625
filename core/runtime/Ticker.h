#pragma once

// Go's time.Ticker: delivers a tick on c() every interval. The first tick is due one
// interval after construction (as with Go's NewTicker, however late the tick thread gets
// going); the channel holds one tick, and a tick the receiver has not made room for is
// dropped, not queued (recorded as a Dropped Tick). Ticks stay on the grid
// construction + k * interval: neither a late receiver nor a late tick thread shifts them.
// A tick's value is the run-clock time it was due (as Go's runtime sends since 1.23), so
// receivers and tests see the grid itself. The Tick event's time is when the tick thread's
// wait for the deadline ended (so t - due is its wake-up's lateness), and its duration
// how long the send (or drop) then took, waking the receiver included.
//
// Invariants: ticks are produced by one internal thread (not a task, as Go's timers are
// not goroutines); no tick is sent before it is due; after stop() returns no further tick
// is sent.

#include "runtime/Channel.h"
#include "runtime/Parker.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>

namespace cacophony {

class Ticker
{
public:
    Ticker(Runtime &runtime, std::chrono::nanoseconds interval, const QString &name = QStringLiteral("ticker"));
    ~Ticker(); // stops
    Ticker(const Ticker &) = delete;
    Ticker &operator=(const Ticker &) = delete;

    // Thread-safe. The tick channel (capacity 1); values are run-clock ns of each tick.
    Channel<std::int64_t> &c() { return m_channel; }
    // Thread-safe, idempotent. No tick is sent after it returns.
    void stop();
    // Thread-safe. How long before each tick the tick thread stops sleeping and spins.
    static std::int64_t spinNs(std::int64_t intervalNs);

private:
    void loop();

    Runtime &m_runtime;
    const std::chrono::nanoseconds m_interval;
    Channel<std::int64_t> m_channel;
    const std::int64_t m_start; // run-clock ns at construction: tick k is due at m_start + k * m_interval
    std::atomic<bool> m_stopped{false};
    Parker m_parker; // the tick thread sleeps here; stop() wakes it
    std::thread m_thread;
};

} // namespace cacophony
