#pragma once

// The metronome's clicks, synthesised: tick "I", tock "O" and an accent for the first
// beat of a bar, plus one short "pluck" per printed line of a lesson (kLineVoices pitches
// of a pentatonic scale, so lines printed out of order are heard out of tune order). Each is a short decaying tone whose FIRST sample is its loudest (+1.0
// before gain): a sharp onset that ears hear as crisp and that a detector locates to the
// sample. No sample in a table exceeds 1.0 in magnitude.
//
// Invariants: the tables are built in the constructor for one sample rate and never change
// afterwards, so any thread may read them. The loudness settings are separate atomics: a
// reader racing with setSettings() may see a mix of old and new fields, never a torn one.

#include "audio/SoundSink.h"

#include <atomic>
#include <vector>

namespace cacophony {

struct ClickSettings
{
    double master = 0.8;      // 0..1, scales every click
    bool floorEnabled = true; // quiet beats stay audible
    int floor = 30;           // 0..100: the level a volume-0 beat plays at when the floor is on
    bool accent = false;      // first beat of each bar: accent timbre, louder
    int beatsPerBar = 4;      // 1..16; beat 0, beatsPerBar, 2 * beatsPerBar ... are accented

    bool operator==(const ClickSettings &) const = default;
};

// One click ready to mix: table[0..length) times gain.
struct ClickVoice
{
    const float *samples = nullptr;
    int length = 0;
    float gain = 0.f;
};

class ClickSynth
{
public:
    enum class Timbre { Tick, Tock, Accent };

    // A non-accented beat at full volume and master 1 peaks at this; the accent at 1.0.
    static constexpr float kBeatGain = 0.7f;
    // The click track's steady levels (times master): the accent 7.5 dB over a beat,
    // a subdivision 6 dB under one. Every table starts at 1, so the accent peaks at 0.66:
    // under the mix limiter's ceiling (ClickScheduler::kCeiling), which would flatten it.
    static constexpr float kTrackAccentGain = 0.66f;
    static constexpr float kTrackBeatGain = 0.278f;
    static constexpr float kTrackSubdivisionGain = 0.139f;
    static constexpr int kMaxClickMs = 60;
    static constexpr int kLineVoices = 8;

    explicit ClickSynth(int sampleRate = 48000);

    // Thread-safe (immutable after construction).
    int sampleRate() const { return m_sampleRate; }
    // Thread-safe. The longest table, in samples.
    int maxLength() const;
    // Thread-safe (immutable after construction).
    const std::vector<float> &table(Timbre timbre) const;
    // Thread-safe (immutable after construction). The voice of printed line `line`
    // (lines beyond kLineVoices wrap round).
    const std::vector<float> &lineTable(int line) const;

    // Thread-safe, lock-free, never allocates: timbre and gain for one performed beat.
    ClickVoice voiceFor(const Click &click) const;
    // Pure: the gain for a measured volume (0-100) under these settings. Volume maps to a
    // level (lifted by the floor when enabled), the level to amplitude as level squared, so
    // that equal volume steps sound roughly like equal loudness steps.
    static float gainFor(int volume, bool accented, const ClickSettings &settings);
    static bool isAccented(int beat, const ClickSettings &settings);

    // Thread-safe, lock-free. Out-of-range values are clamped.
    void setSettings(const ClickSettings &settings);
    ClickSettings settings() const;

private:
    int m_sampleRate;
    std::vector<float> m_tick;
    std::vector<float> m_tock;
    std::vector<float> m_accent;
    std::vector<std::vector<float>> m_lines; // kLineVoices tables

    std::atomic<double> m_master{0.8};
    std::atomic<bool> m_floorEnabled{true};
    std::atomic<int> m_floor{30};
    std::atomic<bool> m_accentEnabled{false};
    std::atomic<int> m_beatsPerBar{4};
};

} // namespace cacophony
