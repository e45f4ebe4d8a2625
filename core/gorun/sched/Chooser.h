#pragma once

// Every choice the runtime makes that Go leaves open passes through here: which runnable
// goroutine runs next (deterministic mode), which ready case a select takes, the seeds of map
// iteration and math/rand. Seeded by Options::seed: with one worker (deterministic mode) the
// same seed gives the same sequence of choices, so the same run.
//
// The default draws from a counter-based generator (SplitMix64 of seed + call number), so it
// is lock-free for many workers. A later steerable scheduler overrides choose().

#include <atomic>
#include <cstdint>

namespace cacophony::gorun {

class Chooser
{
public:
    enum class Choice : std::uint8_t { NextGoroutine, SelectCase, MapSeed, RandSeed };

    explicit Chooser(std::uint64_t seed) : m_seed(seed) {}
    virtual ~Chooser() = default;
    Chooser(const Chooser &) = delete;
    Chooser &operator=(const Chooser &) = delete;

    // Thread-safe, lock-free. Uniform in [0, n); 0 when n <= 1 (and then draws nothing).
    virtual std::uint64_t choose(Choice what, std::uint64_t n);
    // Thread-safe. A full 64-bit draw (seeds).
    std::uint64_t draw(Choice what);

    std::uint64_t seed() const { return m_seed; } // thread-safe

private:
    const std::uint64_t m_seed;
    std::atomic<std::uint64_t> m_calls{0};
};

} // namespace cacophony::gorun
