#pragma once

// What a strategy (a metronome implementation) is given: the Go function signature
// `func(bpm param.Bpm, performer metronome.BeatPerformer)` plus the series' package-level
// volume meter and number of beats.
//
// Contract: beats() == 0 means a continuous run; strategies then loop forever
// (hasBeat() is always true) and Runtime::stop() unwinds them with Cancelled. The
// context and everything it refers to outlive every task of the run, so tasks may keep
// references to the meter and the performer.

#include "metronome/BeatPerformer.h"
#include "metronome/VolumeMeter.h"

#include <chrono>

namespace cacophony {

class Runtime;

class MetronomeContext
{
public:
    MetronomeContext(Runtime &runtime, int bpm, int beats, VolumeMeter &meter, BeatPerformer &performer)
        : m_runtime(runtime)
        , m_bpm(bpm)
        , m_beats(beats)
        , m_meter(meter)
        , m_performer(performer)
    {
    }

    Runtime &runtime() const { return m_runtime; }
    int bpm() const { return m_bpm; }
    // bpm.Interval(): 60 s / BPM.
    std::chrono::nanoseconds interval() const { return std::chrono::nanoseconds(60'000'000'000LL / m_bpm); }
    // Number of beats to play; 0 = continuous.
    int beats() const { return m_beats; }
    bool continuous() const { return m_beats == 0; }
    // The loop condition `beatCount < numberOfBeats`, always true when continuous.
    bool hasBeat(int beat) const { return m_beats == 0 || beat < m_beats; }

    // Thread-safe (both): volumeMeter() and performer(beat, volume).
    VolumeMeter &volumeMeter() const { return m_meter; }
    BeatPerformer &performer() const { return m_performer; }

private:
    Runtime &m_runtime;
    const int m_bpm;
    const int m_beats;
    VolumeMeter &m_meter;
    BeatPerformer &m_performer;
};

} // namespace cacophony
