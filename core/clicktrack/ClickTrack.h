#pragma once

// The click track: every click's time computed from the known period, never measured.
// Beat n since the last tempo change falls at anchor + n * 60 s / BPM (rounded to the
// nanosecond, no accumulated error); a beat's subdivisions split its interval evenly.
//
// A tempo change applies at the next beat not generated yet: the beat under way ends at
// the old tempo (its subdivisions stay even), the next beat falls where it would have,
// and from it every interval is the NEW one (no gap, no restart). A pattern change
// starts a new bar at the next beat; a new subdivision applies from the next beat too.
//
// Invariants: single-threaded (its owner serialises calls); times never go backwards;
// clicks come out in time order.

#include "audio/SoundSink.h"
#include "clicktrack/ClickPattern.h"

#include <array>
#include <cstdint>

namespace cacophony {

struct TrackClick
{
    std::int64_t tNs = 0;  // run clock
    std::int64_t beat = 0; // beats since the start
    int beatInBar = 0;
    int sub = 0;           // 0: the beat itself; 1.. the subdivisions after it
    ClickRole role = ClickRole::Beat;

    // The click for a SoundSink: beats alternate tick and tock within the bar.
    Click toClick() const;
};

class ClickTrack
{
public:
    static constexpr std::int64_t kNsPerMinute = 60'000'000'000;

    ClickTrack(int bpm, const ClickPattern &pattern, std::int64_t startNs = 0);

    int bpm() const { return m_bpm; }
    const ClickPattern &pattern() const { return m_pattern; }
    // The time of the next click next() returns.
    std::int64_t peekNs() const;
    TrackClick next();

    // bpm is clamped to 1..6000. See the class comment for when it applies.
    void setBpm(int bpm);
    void setPattern(const ClickPattern &pattern);

    // The time of the next beat that next() has not returned yet (with the current tempo).
    std::int64_t nextBeatNs() const { return beatTime(m_nextBeat); }

private:
    std::int64_t beatTime(std::int64_t beat) const;
    // Fills m_pending with the subdivisions of beat m_nextBeat - 1 (the one just returned).
    void planSubdivisions();

    ClickPattern m_pattern;
    int m_bpm;
    std::int64_t m_anchorNs;      // time of beat m_anchorBeat
    std::int64_t m_anchorBeat = 0;
    std::int64_t m_barStartBeat = 0; // a bar starts here (and every beatsPerBar after)
    std::int64_t m_nextBeat = 0;  // the next beat to generate
    std::array<TrackClick, 4> m_pending{}; // subdivisions of the last beat, not yet returned
    int m_pendingParts = 1;   // clicks per beat of the last beat
    int m_lastBeatInBar = 0;
    int m_pendingCount = 0;
    int m_pendingIndex = 0;
};

} // namespace cacophony
