#pragma once

// Tap tempo: the tempo is the average interval of the last few taps. A pause longer than
// kResetMs starts a new series (the first tap after it only sets the phase).
// Time is passed in by the caller (milliseconds of any monotonic clock) so it can be tested.

#include <QList>

namespace cacophony {

class TapTempo
{
public:
    static constexpr int kMaxIntervals = 4;
    static constexpr qint64 kResetMs = 2000;

    // Records a tap; returns the tempo in BPM once there are two taps in a series, else 0.
    int tap(qint64 nowMs);
    // 0 until two taps in a series.
    int bpm() const;
    int taps() const { return int(m_taps.size()); }
    void reset();

private:
    QList<qint64> m_taps; // times of the current series, at most kMaxIntervals + 1
};

} // namespace cacophony
