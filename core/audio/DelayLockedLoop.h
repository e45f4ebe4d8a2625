#pragma once

// Second-order delay-locked loop (after F. Adriaensen, "Using a DLL to filter time",
// 2005). Audio callbacks run at jittery wall-clock times; the loop turns the measured time
// of each callback into a smooth estimate of when that block's first sample is due, and
// tracks the device's true block period (its clock drifts against the system's).
//
// Invariants: pure and single-threaded (it lives in the audio callback); no allocation.
// Times are nanoseconds on any monotonic clock, kept relative to the reset time so that
// doubles stay exact to well below a nanosecond. After reset(), blockTime() is the
// measured time itself; each update() moves it by the predicted period plus a fraction
// of the prediction error, so it never jumps by more than that.

#include <cstdint>

namespace cacophony {

class DelayLockedLoop
{
public:
    // Starts over: the current block began at nowNs; blocks are nominally periodNs long.
    void reset(std::int64_t nowNs, double periodNs, double bandwidthHz);
    // Changes the loop bandwidth, keeping phase and period.
    void setBandwidth(double bandwidthHz);
    // The next block began at (measured) nowNs. Returns the prediction error in ns
    // (measured minus predicted), before the correction.
    double update(std::int64_t nowNs);

    bool isStarted() const { return m_started; }
    // Filtered time at which the current block is due, in ns on the caller's clock.
    double blockTimeNs() const { return double(m_base) + m_t0; }
    // timeNs minus blockTimeNs(), computed without losing precision to large clocks.
    double sinceBlockNs(std::int64_t timeNs) const { return double(timeNs - m_base) - m_t0; }
    // What update(nowNs) would return as its error, without updating.
    double predictionErrorNs(std::int64_t nowNs) const { return double(nowNs - m_base) - m_t1; }
    // Filtered block period, ns.
    double periodNs() const { return m_period; }
    // Measured time of the next block minus its prediction, as last seen.
    double lastErrorNs() const { return m_lastError; }
    // Blocks seen since reset().
    std::int64_t updates() const { return m_updates; }

private:
    bool m_started = false;
    std::int64_t m_base = 0; // the reset time: t0/t1 are relative to it
    double m_t0 = 0;         // filtered time of the current block
    double m_t1 = 0;         // predicted time of the next block
    double m_period = 0;     // filtered period
    double m_nominal = 0;
    double m_b = 0;          // loop coefficients from the bandwidth
    double m_c = 0;
    double m_lastError = 0;
    std::int64_t m_updates = 0;
};

} // namespace cacophony
