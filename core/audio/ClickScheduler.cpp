#include "audio/ClickScheduler.h"

#include <algorithm>
#include <cmath>

namespace cacophony {

ClickScheduler::ClickScheduler(const ClickSynth &synth)
    : m_synth(synth)
    // One time constant of the release per kReleaseMs.
    , m_releaseStep(float(1.0 - std::exp(-1000.0 / (kReleaseMs * synth.sampleRate()))))
{
}

std::int64_t ClickScheduler::nsToSamples(std::int64_t ns, int sampleRate)
{
    // Whole seconds and the remainder apart, so that nothing overflows 64 bits.
    constexpr std::int64_t kNsPerSecond = 1'000'000'000;
    const bool negative = ns < 0;
    const std::uint64_t magnitude = negative ? 0 - std::uint64_t(ns) : std::uint64_t(ns);
    const std::uint64_t seconds = magnitude / kNsPerSecond;
    const std::uint64_t rest = magnitude % kNsPerSecond;
    const std::uint64_t samples = seconds * std::uint64_t(sampleRate)
        + (rest * std::uint64_t(sampleRate) + kNsPerSecond / 2) / kNsPerSecond;
    return negative ? -std::int64_t(samples) : std::int64_t(samples);
}

void ClickScheduler::reset(std::int64_t position)
{
    for (Voice &v : m_voices)
        v.busy = false;
    m_position = position;
    m_active = 0;
    m_late = 0;
    m_dropped = 0;
    m_maxLate = 0;
    m_limiterGain = 1.f;
}

bool ClickScheduler::schedule(const Click &click, std::int64_t startSample)
{
    const ClickVoice sound = m_synth.voiceFor(click);
    if (sound.length <= 0 || sound.gain <= 0.f)
        return true; // silent: nothing to mix, nothing lost
    if (startSample < m_position) {
        ++m_late;
        m_maxLate = std::max(m_maxLate, m_position - startSample);
        startSample = m_position;
    }
    for (Voice &v : m_voices) {
        if (!v.busy) {
            v = {startSample, sound, true};
            ++m_active;
            return true;
        }
    }
    ++m_dropped;
    return false;
}

void ClickScheduler::render(float *out, int frames)
{
    std::fill(out, out + frames, 0.f);
    const std::int64_t blockEnd = m_position + frames;
    const bool sounding = m_active > 0;
    if (sounding) {
        for (Voice &v : m_voices) {
            if (!v.busy || v.start >= blockEnd)
                continue;
            const std::int64_t voiceEnd = v.start + v.sound.length;
            const std::int64_t from = std::max(v.start, m_position);
            const std::int64_t to = std::min(voiceEnd, blockEnd);
            const float *src = v.sound.samples + (from - v.start);
            float *dst = out + (from - m_position);
            for (std::int64_t i = from; i < to; ++i)
                *dst++ += *src++ * v.sound.gain;
            if (voiceEnd <= blockEnd) {
                v.busy = false;
                --m_active;
            }
        }
    }
    if (sounding || m_limiterGain < 1.f)
        limit(out, frames);
    m_position = blockEnd;
}

void ClickScheduler::limit(float *out, int frames)
{
    for (int i = 0; i < frames; ++i) {
        // Release towards 1, but never above what keeps this sample under the ceiling.
        float gain = m_limiterGain + (1.f - m_limiterGain) * m_releaseStep;
        if (gain > 0.9999f)
            gain = 1.f; // recovered: from here the mix is the exact sum again
        const float magnitude = std::abs(out[i]);
        if (magnitude * gain > kCeiling)
            gain = kCeiling / magnitude;
        m_limiterGain = gain;
        out[i] *= gain;
    }
}

} // namespace cacophony
