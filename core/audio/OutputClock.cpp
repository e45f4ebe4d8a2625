#include "audio/OutputClock.h"

#include <algorithm>
#include <cmath>

namespace cacophony {

void OutputClock::configure(int sampleRate, std::int64_t latencySamples, std::int64_t resyncNs)
{
    *this = OutputClock();
    m_rate = sampleRate;
    m_latency = latencySamples;
    m_resyncNs = resyncNs;
}

void OutputClock::blockStarted(std::int64_t nowNs, std::int64_t blockStartSample, int frames,
                               bool underflow)
{
    if (!m_started) {
        m_started = true;
        m_base = nowNs;
    }
    bool snap = false;
    const double predictionError = m_dll.isStarted() ? m_dll.predictionErrorNs(nowNs) : 0.0;
    if (predictionError > kStallMs * 1e6)
        ++m_stalls;
    // A step: the timeline moved by more than the deadband and stays moved.
    if (std::abs(predictionError) > kStepMs * 1e6) {
        const bool sameSign = (predictionError > 0) == (m_stepRun > 0);
        m_stepRun = sameSign || m_stepRun == 0 ? m_stepRun + (predictionError > 0 ? 1 : -1)
                                               : (predictionError > 0 ? 1 : -1);
    } else {
        m_stepRun = 0;
    }
    if (!m_dll.isStarted() || frames != m_frames || underflow
        || std::abs(predictionError) > double(m_resyncNs) || std::abs(m_stepRun) >= kStepBlocks) {
        if (m_dll.isStarted())
            ++m_resyncs; // the first start is not a resync
        m_dll.reset(nowNs, double(frames) * 1e9 / m_rate, kWideBandwidthHz);
        m_frames = frames;
        m_stepRun = 0;
        snap = true;
    } else {
        const double error = m_dll.update(nowNs);
        if (m_dll.updates() == kWideBlocks)
            m_dll.setBandwidth(kMidBandwidthHz);
        else if (m_dll.updates() == kMidBlocks)
            m_dll.setBandwidth(kBandwidthHz);
        if (isSteady())
            m_maxError = std::max(m_maxError, std::abs(error));
    }

    // The offset that would put this block's start at the loop's smoothed time for it.
    m_target = double(blockStartSample) + m_dll.sinceBlockNs(m_base) * m_rate * 1e-9;
    const double drift = m_target - m_offset;
    const double deadband = kDeadbandMs * 1e-3 * m_rate;
    if (snap || m_dll.updates() <= kSteadyBlocks) {
        // Until the loop has settled the mapping follows it; the settled estimate then
        // stays put.
        m_offset = m_target;
        m_slewing = false;
    } else if (std::abs(drift) > kSnapMs * 1e-3 * m_rate) {
        ++m_resyncs;
        m_offset = m_target;
        m_slewing = false;
    } else if (m_slewing || std::abs(drift) > deadband) {
        // Slew, with hysteresis: once moving, settle well inside the deadband.
        const double maxStep = kMaxSlewPpm * 1e-6 * frames;
        const double step = std::clamp(drift, -maxStep, maxStep);
        m_offset += step;
        m_slewed += std::abs(step);
        m_slewing = std::abs(m_target - m_offset) > deadband / 4;
    }
}

std::int64_t OutputClock::sampleFor(std::int64_t steadyNs) const
{
    return std::llround(double(steadyNs - m_base) * m_rate * 1e-9 + m_offset) + m_latency;
}

} // namespace cacophony
