// Scenario 9 with the closure bug the series warns about under its naive solution: the
// anonymous function takes no parameter and closes over the loop's one beatCount
// variable, so each task reads the counter when it performs - after its measurement,
// when the loop has moved on - not the value it was started for. Beats then carry
// duplicate and skipped numbers (and the last ones the number the loop ended with).
//
// In Go (before 1.22 made loop variables per-iteration) this is a data race. Here the
// shared counter is an atomic: the bug is the same logical race on *which* value is
// read, without undefined behaviour, so ThreadSanitizer and AddressSanitizer stay quiet.

#include "metronome/MetronomeContext.h"
#include "metronome/lessons/Lessons.h"
#include "runtime/Runtime.h"
#include "runtime/Ticker.h"

#include <atomic>
#include <memory>

namespace cacophony {

void asyncNaiveClosure(MetronomeContext &m)
{
    Runtime &rt = m.runtime();
    VolumeMeter &volumeMeter = m.volumeMeter();
    BeatPerformer &performer = m.performer();

    Ticker ticker(rt, m.interval()); // ticker := time.NewTicker(bpm.Interval())
                                     // defer ticker.Stop(): the destructor
    // The loop variable, shared by every task that closes over it (shared ownership: the
    // tasks may outlive this function, as a Go closure keeps its variable alive).
    auto beatCount = std::make_shared<std::atomic<int>>(0);
    int spawned = 0;
    for (beatCount->store(0); m.hasBeat(beatCount->load()); beatCount->fetch_add(1)) {
        // go func() { volume := volumeMeter(); performer(beatCount, volume) }()
        rt.go(QStringLiteral("task %1").arg(spawned++), [beatCount, &volumeMeter, &performer] {
            const int volume = volumeMeter();
            performer(beatCount->load(std::memory_order_relaxed), volume); // read now, not at spawn
        });

        ticker.c().receive(); // <-ticker.C
    }
}

} // namespace cacophony
