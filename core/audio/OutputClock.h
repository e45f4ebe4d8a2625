#pragma once

// Maps steady-clock times to absolute output sample indices for a running stream, so that
// the intervals between mapped times are the intervals between the times themselves, to
// the sample, behind one constant latency.
//
// Each audio callback reports when it ran and which sample its block starts at. A
// DelayLockedLoop smooths those jittery times into an estimate of the device timeline
// ("target"). The mapping actually used,
//     sample(T) = round((T - base) * rate + offset) + latency,
// keeps a FIXED offset while the target stays within a deadband of it: callback jitter
// never moves a click. Only when the target leaves the deadband (the device clock drifts
// against the system clock) does the offset slew toward it, at most kMaxSlewPpm. When the
// timeline itself moves (an underrun, a stall: callbacks far off their prediction, or
// consistently off by more than kStepMs for kStepBlocks blocks) the loop restarts and the
// offset snaps; the loop alone would take seconds to absorb such a step.
//
// Invariants: pure and single-threaded (the audio callback owns it); no allocation.

#include "audio/DelayLockedLoop.h"

#include <cstdint>

namespace cacophony {

class OutputClock
{
public:
    // The loop narrows in three stages after a (re)start: quick to lock, then quiet.
    // Bursty callbacks (a server asking for two buffers at once) wander ~2 ms at 1 Hz,
    // ~0.3 ms at 0.2 Hz; only the latter stays well inside the deadband.
    static constexpr double kWideBandwidthHz = 5.0;
    static constexpr double kMidBandwidthHz = 1.0;
    static constexpr double kBandwidthHz = 0.2;
    static constexpr int kWideBlocks = 48;
    static constexpr int kMidBlocks = 256;
    static constexpr int kSteadyBlocks = 384;        // settled (2 s at 256/48k): re-anchor once
    // Callback times are only a proxy for the output timeline: a server may keep our
    // buffer fuller or emptier for a while and move them by milliseconds without moving
    // the sound. So the mapping ignores anything inside the deadband and only follows
    // real drift (slowly) and real jumps (at once).
    static constexpr double kDeadbandMs = 8.0;
    static constexpr double kSnapMs = 30.0;
    static constexpr double kMaxSlewPpm = 200.0;
    static constexpr double kStepMs = 5.0;
    static constexpr int kStepBlocks = 16;
    // A callback this much later than predicted was held up (the client thread or the
    // server starved): long enough for the server to run out of our sound and insert
    // silence, which moves the output without an underflow flag. Counted, not acted on.
    static constexpr double kStallMs = 10.0;

    // Starts over for a stream: rate in Hz, latency in samples added to every mapping,
    // resyncNs: a callback this far from its prediction means the timeline jumped.
    void configure(int sampleRate, std::int64_t latencySamples, std::int64_t resyncNs);

    // A callback ran at nowNs to render the block starting at blockStartSample.
    // `underflow`: the device reported a gap, so the timeline moved.
    void blockStarted(std::int64_t nowNs, std::int64_t blockStartSample, int frames, bool underflow);

    // The output sample at which something happening at steadyNs should sound.
    std::int64_t sampleFor(std::int64_t steadyNs) const;

    // Settled since the last restart: mapped intervals are exact. Every restart but the
    // first start counts in resyncs().
    bool isSteady() const { return m_dll.updates() >= kSteadyBlocks; }
    std::int64_t resyncs() const { return m_resyncs; }
    // Callbacks more than kStallMs later than predicted (after the first start).
    std::int64_t stalls() const { return m_stalls; }
    std::int64_t latencySamples() const { return m_latency; }
    // Current target minus the offset in use, in samples (how far the mapping lags).
    double mappingErrorSamples() const { return m_target - m_offset; }
    // Total distance the offset has slewed (not snapped), in samples.
    double slewedSamples() const { return m_slewed; }
    // Largest callback prediction error seen while steady, ns.
    double maxCallbackErrorNs() const { return m_maxError; }

private:
    DelayLockedLoop m_dll;
    int m_rate = 48000;
    int m_frames = 0;
    std::int64_t m_latency = 0;
    std::int64_t m_resyncNs = 50'000'000;
    std::int64_t m_base = 0;   // steady ns of the first callback: keeps doubles small
    bool m_started = false;
    bool m_slewing = false;
    int m_stepRun = 0;         // consecutive blocks off by more than kStepMs, same sign
    double m_target = 0;       // where the loop says the offset should be
    double m_offset = 0;       // the offset in use
    double m_maxError = 0;
    double m_slewed = 0;
    std::int64_t m_resyncs = 0;
    std::int64_t m_stalls = 0;
};

} // namespace cacophony
