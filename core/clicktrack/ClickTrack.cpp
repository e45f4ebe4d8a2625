#include "clicktrack/ClickTrack.h"

#include <algorithm>

namespace cacophony {

namespace {

constexpr int kMinBpm = 1;
constexpr int kMaxBpm = 6000;

// round(k * 60 s / (bpm * parts)) in ns; exact in 64 bits for k below 10^7 parts.
std::int64_t period(std::int64_t k, int bpm, int parts)
{
    const std::int64_t den = std::int64_t(bpm) * parts;
    return (k * ClickTrack::kNsPerMinute + den / 2) / den;
}

} // namespace

Click TrackClick::toClick() const
{
    Click c;
    c.t = tNs;
    c.beat = int(beat);
    c.volume = 100;
    c.tock = sub == 0 && beatInBar % 2 == 1;
    c.role = role;
    return c;
}

ClickTrack::ClickTrack(int bpm, const ClickPattern &pattern, std::int64_t startNs)
    : m_pattern(pattern)
    , m_bpm(std::clamp(bpm, kMinBpm, kMaxBpm))
    , m_anchorNs(startNs)
{
    m_pattern.normalise();
}

std::int64_t ClickTrack::beatTime(std::int64_t beat) const
{
    return m_anchorNs + period(beat - m_anchorBeat, m_bpm, 1);
}

std::int64_t ClickTrack::peekNs() const
{
    return m_pendingIndex < m_pendingCount ? m_pending[std::size_t(m_pendingIndex)].tNs : beatTime(m_nextBeat);
}

TrackClick ClickTrack::next()
{
    if (m_pendingIndex < m_pendingCount)
        return m_pending[std::size_t(m_pendingIndex++)];
    TrackClick c;
    c.beat = m_nextBeat;
    c.tNs = beatTime(m_nextBeat);
    c.beatInBar = int((m_nextBeat - m_barStartBeat) % m_pattern.beatsPerBar);
    c.role = m_pattern.isAccented(c.beatInBar) ? ClickRole::Accent : ClickRole::Beat;
    ++m_nextBeat;
    m_lastBeatInBar = c.beatInBar;
    m_pendingParts = ClickPattern::clicksPerBeat(m_pattern.subdivision);
    planSubdivisions();
    return c;
}

void ClickTrack::planSubdivisions()
{
    m_pendingCount = 0;
    m_pendingIndex = 0;
    if (m_nextBeat == 0)
        return;
    const std::int64_t beat = m_nextBeat - 1;
    const std::int64_t beatNs = beatTime(beat);
    const int parts = m_pendingParts;
    for (int j = 1; j < parts; ++j) {
        TrackClick c;
        c.beat = beat;
        c.beatInBar = m_lastBeatInBar;
        c.sub = j;
        c.tNs = beatNs + period(j, m_bpm, parts);
        c.role = ClickRole::Subdivision;
        m_pending[std::size_t(m_pendingCount++)] = c;
    }
}

void ClickTrack::setBpm(int bpm)
{
    bpm = std::clamp(bpm, kMinBpm, kMaxBpm);
    if (bpm == m_bpm)
        return;
    // The beat under way (and its subdivisions) ends at the old tempo: the next beat
    // falls where it would have, and the new interval counts from it.
    m_anchorNs = beatTime(m_nextBeat);
    m_anchorBeat = m_nextBeat;
    m_bpm = bpm;
}

void ClickTrack::setPattern(const ClickPattern &pattern)
{
    ClickPattern p = pattern;
    p.normalise();
    if (p == m_pattern)
        return;
    m_pattern = p; // the current beat's subdivisions stay as planned
    m_barStartBeat = m_nextBeat;
}

} // namespace cacophony
