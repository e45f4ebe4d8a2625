#pragma once

// The series' volume meter: every call pretends to measure the room's loudness, which
// takes a simulated delay (a multiple of the baseline chosen by the delay profile), and
// returns a volume 0-100.
//
// Invariants:
//  - One seeded generator serves every caller, under m_mutex: for a given seed the n-th
//    call (in call order) always gets the same volume and, for the short and random
//    profiles, the same delay. Each call draws exactly two numbers, so the volume
//    sequence does not depend on the profile.
//  - The oscillating delay depends on when the measurement starts (run clock), not on
//    the call order: it is a triangle wave of period 20 x baseline stepping through 10
//    levels from 0.2 x to 2.5 x baseline and back.
//  - Each completed measurement is recorded as one Measure span (a = measurement number
//    in call order from 0, b = volume) by the measuring task. A measurement cut short by
//    Runtime::stop() is not recorded.

#include "metronome/DelayProfile.h"

#include <chrono>
#include <cstdint>
#include <mutex>
#include <random>

namespace cacophony {

class Runtime;

class VolumeMeter
{
public:
    static constexpr double kShortFactor = 0.5;
    static constexpr double kMinFactor = 0.2;
    static constexpr double kMaxFactor = 2.5;
    static constexpr int kOscillationPeriod = 20; // in baselines
    static constexpr int kOscillationLevels = 10;

    // What one call will do: its number, how long it takes and what it returns.
    struct Draw
    {
        int number = 0;
        std::int64_t delayNs = 0;
        int volume = 0;
    };

    VolumeMeter(Runtime &runtime, DelayProfile profile, std::chrono::nanoseconds baseline,
                std::uint64_t seed);
    VolumeMeter(const VolumeMeter &) = delete;
    VolumeMeter &operator=(const VolumeMeter &) = delete;

    // Thread-safe. Sleeps the simulated delay (throws Cancelled when the runtime stops)
    // and returns the volume: Go's `volume := volumeMeter()`.
    int measure();
    int operator()() { return measure(); }

    // Thread-safe, never blocks long. Takes the next number from the generator for a
    // measurement starting at run-clock time startNs, without sleeping or recording.
    Draw draw(std::int64_t startNs);

    // Thread-safe. Measurements started so far.
    int started() const;

    DelayProfile profile() const { return m_profile; }
    std::chrono::nanoseconds baseline() const { return m_baseline; }

    // The delay as a multiple of the baseline; uniform01 is a number in [0, 1) (used by
    // the random profile only). Pure.
    static double delayFactor(DelayProfile profile, std::int64_t startNs, std::int64_t baselineNs,
                              double uniform01);

private:
    Runtime &m_runtime;
    const DelayProfile m_profile;
    const std::chrono::nanoseconds m_baseline;

    mutable std::mutex m_mutex;
    std::mt19937_64 m_random; // guarded by m_mutex
    int m_next = 0;           // guarded by m_mutex: number of the next measurement
};

} // namespace cacophony
