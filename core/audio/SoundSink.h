#pragma once

// Where performed beats go to be heard. The beat performer calls click() on whatever
// thread performed the beat; implementations queue it and return at once.

#include <chrono>
#include <cstdint>

namespace cacophony {

// How a click is voiced. Performed: a strategy's beat, loud as its measured volume (and
// the accent settings). The others are the click track's (core/clicktrack): steady
// loudness, the master volume only.
enum class ClickRole : std::uint8_t { Performed, Accent, Beat, Subdivision };

struct Click
{
    std::int64_t t = 0; // run clock, ns since the run's epoch: when the performer was called
    int beat = 0;
    int volume = 100;   // 0-100, as measured
    bool tock = false;  // "O" timbre if true, "I" otherwise
    int line = -1;      // a lesson's printed log line (its number): that line's own timbre
    ClickRole role = ClickRole::Performed;
};

class SoundSink
{
public:
    virtual ~SoundSink() = default;
    // Called once before a run's first click, from the thread starting the run:
    // the run clock's zero as a steady_clock time point.
    virtual void beginRun(std::chrono::steady_clock::time_point epoch) = 0;
    // Thread-safe, never blocks, never allocates.
    virtual void click(const Click &click) = 0;
    // Called after the run's last click, from the thread that started it.
    virtual void endRun() {}
};

} // namespace cacophony
