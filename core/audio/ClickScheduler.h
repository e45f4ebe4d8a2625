#pragma once

// Places clicks on an absolute output sample grid and mixes them, block by block. The one
// piece of scheduling code shared by the live audio callback and the offline renderer, so
// that what a WAV shows is what the speakers play.
//
// Invariants:
//  - Single-threaded: one owner (the audio callback, or the renderer's thread) calls every
//    method. Nothing allocates after construction: voices live in a fixed array.
//  - position() is the absolute index of the next sample render() will write; samples
//    before it are final. A click scheduled to start before position() is late: it starts
//    at position() instead (its whole sound, not a clipped tail), and is counted.
//  - Overlapping clicks add, then pass a peak limiter: the output never exceeds kCeiling
//    in magnitude (no clipping). Where the sum would, the gain drops at once to fit (a
//    click's first sample is its loudest, so the drop lands on an onset) and recovers
//    over kReleaseMs; below the ceiling, with the gain recovered, the mix is the exact sum.

#include "audio/ClickSynth.h"
#include "audio/SoundSink.h"

#include <array>
#include <cstdint>

namespace cacophony {

class ClickScheduler
{
public:
    static constexpr int kMaxVoices = 128;
    // The loudest a mixed sample may be: about a single beat at full volume and master 1
    // (ClickSynth::kBeatGain, 0.7), so that 16-bit rounding stays below 0.7 too.
    static constexpr float kCeiling = 0.69f;
    static constexpr double kReleaseMs = 50.0;

    explicit ClickScheduler(const ClickSynth &synth);

    // Pure: nanoseconds to the nearest whole sample at this rate (halves away from zero),
    // exact over the whole int64 range.
    static std::int64_t nsToSamples(std::int64_t ns, int sampleRate);

    // Starts over at absolute sample `position`, forgetting every voice and counter.
    void reset(std::int64_t position = 0);

    // Schedules `click` to start at absolute sample startSample. False if every voice is
    // busy (the click is dropped and counted).
    bool schedule(const Click &click, std::int64_t startSample);

    // Mixes the block [position(), position() + frames) into out (overwritten), advances.
    void render(float *out, int frames);

    std::int64_t position() const { return m_position; }
    int activeVoices() const { return m_active; }
    std::int64_t lateClicks() const { return m_late; }
    std::int64_t droppedClicks() const { return m_dropped; }
    // The largest lateness seen, in samples.
    std::int64_t maxLateSamples() const { return m_maxLate; }

private:
    // The peak limiter over one mixed block (see the invariants above).
    void limit(float *out, int frames);

    struct Voice
    {
        std::int64_t start = 0;
        ClickVoice sound;
        bool busy = false;
    };

    const ClickSynth &m_synth;
    std::array<Voice, kMaxVoices> m_voices{};
    std::int64_t m_position = 0;
    int m_active = 0;
    std::int64_t m_late = 0;
    std::int64_t m_dropped = 0;
    std::int64_t m_maxLate = 0;
    float m_limiterGain = 1.f;   // the limiter's current gain, 0..1
    float m_releaseStep = 0.f;   // per-sample fraction of the way back to 1
};

} // namespace cacophony
