#include "audio/ClickSynth.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace cacophony {

namespace {

struct Partial
{
    double hz;
    double weight; // the weights of one timbre sum to 1, so the first sample is exactly 1
};

// A click is a sum of cosines (all at phase 0, so they add up to the peak on the first
// sample: an instantaneous attack) under an exponential decay, with a short raised-cosine
// fade at the end so the table's last sample is silent.
std::vector<float> synthesise(int sampleRate, std::initializer_list<Partial> partials,
                              double decayMs, double lengthMs)
{
    const int length = std::max(1, int(std::lround(lengthMs * sampleRate / 1000.0)));
    const int fade = std::min(length, int(std::lround(3.0 * sampleRate / 1000.0)));
    std::vector<float> table(std::size_t(length), 0.f);
    for (int i = 0; i < length; ++i) {
        const double t = double(i) / sampleRate;
        double tone = 0;
        for (const Partial &p : partials)
            tone += p.weight * std::cos(2 * std::numbers::pi * p.hz * t);
        double envelope = std::exp(-t * 1000.0 / decayMs);
        const int fromEnd = length - 1 - i;
        if (fromEnd < fade)
            envelope *= 0.5 - 0.5 * std::cos(std::numbers::pi * fromEnd / fade);
        table[std::size_t(i)] = float(tone * envelope);
    }
    table[0] = 1.f;
    return table;
}

} // namespace

ClickSynth::ClickSynth(int sampleRate)
    : m_sampleRate(std::clamp(sampleRate, 8000, 384000))
    // Tick: bright and short, like a wooden stick. Tock: lower, a little longer, with an
    // inharmonic partial (a woodblock). Accent: the highest, clearly "the one".
    , m_tick(synthesise(m_sampleRate, {{2000, 0.75}, {4950, 0.25}}, 5.0, 35))
    , m_tock(synthesise(m_sampleRate, {{1000, 0.7}, {2730, 0.3}}, 8.0, 50))
    , m_accent(synthesise(m_sampleRate, {{2640, 0.8}, {5300, 0.2}}, 7.0, 45))
{
    // Printed lines: a pentatonic scale upwards from C5, a soft pluck with its octave.
    static constexpr std::array<double, kLineVoices> kLineHz = {523.3, 587.3, 659.3, 784.0,
                                                                880.0, 1046.5, 1174.7, 1318.5};
    for (double hz : kLineHz)
        m_lines.push_back(synthesise(m_sampleRate, {{hz, 0.8}, {2 * hz, 0.2}}, 12.0, 45));
}

int ClickSynth::maxLength() const
{
    std::size_t longest = std::max({m_tick.size(), m_tock.size(), m_accent.size()});
    for (const auto &line : m_lines)
        longest = std::max(longest, line.size());
    return int(longest);
}

const std::vector<float> &ClickSynth::table(Timbre timbre) const
{
    switch (timbre) {
    case Timbre::Tick: return m_tick;
    case Timbre::Tock: return m_tock;
    case Timbre::Accent: return m_accent;
    }
    return m_tick;
}

const std::vector<float> &ClickSynth::lineTable(int line) const
{
    return m_lines[std::size_t(((line % kLineVoices) + kLineVoices) % kLineVoices)];
}

bool ClickSynth::isAccented(int beat, const ClickSettings &settings)
{
    return settings.accent && settings.beatsPerBar > 0 && beat % settings.beatsPerBar == 0;
}

float ClickSynth::gainFor(int volume, bool accented, const ClickSettings &settings)
{
    double level = std::clamp(volume, 0, 100) / 100.0;
    if (settings.floorEnabled) {
        const double floor = std::clamp(settings.floor, 0, 100) / 100.0;
        level = floor + (1.0 - floor) * level;
    }
    const double master = std::clamp(settings.master, 0.0, 1.0);
    return float(master * level * level * (accented ? 1.0 : double(kBeatGain)));
}

ClickVoice ClickSynth::voiceFor(const Click &click) const
{
    const ClickSettings s = settings();
    if (click.line >= 0) {
        const std::vector<float> &t = lineTable(click.line);
        return {t.data(), int(t.size()), gainFor(click.volume, false, s)};
    }
    if (click.role != ClickRole::Performed) {
        const double master = std::clamp(s.master, 0.0, 1.0);
        switch (click.role) {
        case ClickRole::Accent: return {m_accent.data(), int(m_accent.size()), float(master * kTrackAccentGain)};
        case ClickRole::Subdivision: return {m_tick.data(), int(m_tick.size()), float(master * kTrackSubdivisionGain)};
        default: {
            const std::vector<float> &t = click.tock ? m_tock : m_tick;
            return {t.data(), int(t.size()), float(master * kTrackBeatGain)};
        }
        }
    }
    const bool accented = isAccented(click.beat, s);
    const std::vector<float> &t = accented ? m_accent : click.tock ? m_tock : m_tick;
    return {t.data(), int(t.size()), gainFor(click.volume, accented, s)};
}

void ClickSynth::setSettings(const ClickSettings &settings)
{
    m_master.store(std::clamp(settings.master, 0.0, 1.0), std::memory_order_relaxed);
    m_floorEnabled.store(settings.floorEnabled, std::memory_order_relaxed);
    m_floor.store(std::clamp(settings.floor, 0, 100), std::memory_order_relaxed);
    m_accentEnabled.store(settings.accent, std::memory_order_relaxed);
    m_beatsPerBar.store(std::clamp(settings.beatsPerBar, 1, 16), std::memory_order_relaxed);
}

ClickSettings ClickSynth::settings() const
{
    ClickSettings s;
    s.master = m_master.load(std::memory_order_relaxed);
    s.floorEnabled = m_floorEnabled.load(std::memory_order_relaxed);
    s.floor = m_floor.load(std::memory_order_relaxed);
    s.accent = m_accentEnabled.load(std::memory_order_relaxed);
    s.beatsPerBar = m_beatsPerBar.load(std::memory_order_relaxed);
    return s;
}

} // namespace cacophony
