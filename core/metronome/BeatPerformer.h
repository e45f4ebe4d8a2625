#pragma once

// The series' beat performer: records each beat and makes it heard.
//
// Invariants:
//  - The end of program is marked once (markProgramEnd()); a beat performed after it is
//    recorded with the Lost flag and never reaches the sound sink, as a Go process would
//    have exited by then. Taking a beat's time and checking for the end happen under
//    m_endMutex together with marking the end, so every Lost beat is at or after the
//    ProgramEnd event and every other beat at or before it.
//  - Odd beats are tocks ("O"), even beats ticks ("I").
//  - A lesson's printed log lines (print()) obey the same end of program: a line printed
//    after it is recorded with the Lost flag ("would have printed") and never sounds.

#include "trace/Event.h"

#include <atomic>
#include <cstdint>
#include <mutex>

namespace cacophony {

class Runtime;
class SoundSink;

class BeatPerformer
{
public:
    // sink may be null (silent); it must outlive the performer.
    BeatPerformer(Runtime &runtime, SoundSink *sink);
    BeatPerformer(const BeatPerformer &) = delete;
    BeatPerformer &operator=(const BeatPerformer &) = delete;

    // Thread-safe, never blocks long: Go's `performer(beatCount, volume)`.
    void perform(int beat, int volume);
    void operator()(int beat, int volume) { perform(beat, volume); }
    // Thread-safe, never blocks long: a lesson's `log.Println(line)`, the line given by
    // its number in the program. Sounds a short click of the line's own timbre.
    void print(int line);

    // Thread-safe, idempotent. Records the ProgramEnd event (the first time) and returns
    // its run-clock time.
    std::int64_t markProgramEnd();
    // Thread-safe. Run-clock time of the end of program, -1 before it.
    std::int64_t programEndNs() const { return m_programEndNs.load(std::memory_order_acquire); }

    // Thread-safe. Beats performed (and lines printed) before the end of program / after it.
    int performed() const { return m_performed.load(std::memory_order_relaxed); }
    int lost() const { return m_lost.load(std::memory_order_relaxed); }

private:
    // Stamps e with the current time and records it, Lost if after the end of program;
    // returns whether it was lost.
    bool recordAgainstEnd(Event &e, std::uint8_t flags);

    Runtime &m_runtime;
    SoundSink *const m_sink;

    std::mutex m_endMutex;                     // orders beats against the end of program
    std::atomic<std::int64_t> m_programEndNs{-1}; // written under m_endMutex
    std::atomic<int> m_performed{0};
    std::atomic<int> m_lost{0};
};

} // namespace cacophony
