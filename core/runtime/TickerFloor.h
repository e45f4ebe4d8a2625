#pragma once

// The floor beat timing is measured against: a bare tick loop on a thread of its own that
// sleeps to an absolute deadline and spins the rest, as the Ticker's thread does, with no
// channel, no receiving task and no tracing. How much its intervals vary is what the
// machine allows any tick thread; `cacophony bench timing` reports the ticker scenarios
// as ratios to it, measured in the same rounds.
//
// The variants are what an application can try when the tick thread loses its core (see
// docs/performance.md, *Beat timing*): where the spin starts, the loop's memory touched
// beforehand, and the privileged means (real-time priority, locked memory), which are
// measured, never relied on.

#include <chrono>
#include <cstdint>
#include <functional>
#include <vector>

namespace cacophony {

class TickerFloor
{
public:
    struct Variant
    {
        std::int64_t spinNs = -1; // how long before each deadline the spin starts; -1: as the Ticker
        bool prefault = false;    // touch the loop's stack and its result buffer before the first tick
        bool realtime = false;    // ask for SCHED_FIFO 1 (silently stays ordinary if not allowed)
        bool lockMemory = false;  // mlockall (silently skipped if not allowed)
    };

    // Thread-safe (each call runs its own thread). Runs `beats` ticks `interval` apart,
    // the first one interval after the call, and returns when each ended its wait (ns on
    // the steady clock, relative to the call). If `stopped` is given and returns true
    // (asked before each tick, from the loop's thread), returns the ticks so far.
    static std::vector<std::int64_t> run(std::chrono::nanoseconds interval, int beats, const Variant &variant,
                                         const std::function<bool()> &stopped = {});
    static std::vector<std::int64_t> run(std::chrono::nanoseconds interval, int beats,
                                         const std::function<bool()> &stopped = {})
    {
        return run(interval, beats, Variant{}, stopped);
    }
};

} // namespace cacophony
