// Scenario 9: the first goroutines. On each tick spawn a task that measures and performs;
// the main loop only waits for ticks. Measurements now overlap and a short one can
// overtake a long one started earlier, so beats come out of order. Nobody waits for the
// tasks: main returns after the last tick, the program ends, and the beats still being
// measured are lost.

#include "metronome/MetronomeContext.h"
#include "metronome/strategies/Strategies.h"
#include "runtime/Runtime.h"
#include "runtime/Ticker.h"

namespace cacophony {

void asyncNaive(MetronomeContext &m)
{
    Runtime &rt = m.runtime();
    VolumeMeter &volumeMeter = m.volumeMeter();
    BeatPerformer &performer = m.performer();

    Ticker ticker(rt, m.interval()); // ticker := time.NewTicker(bpm.Interval())
                                     // defer ticker.Stop(): the destructor
    for (int beatCount = 0; m.hasBeat(beatCount); ++beatCount) {
        // go func(beatCount int) { ... }(beatCount): the beat number is copied into the
        // task. Capturing the loop variable by reference instead would let every task see
        // it change under its feet - the classic closure bug, and a data race.
        rt.go(QStringLiteral("beat %1").arg(beatCount), [&volumeMeter, &performer, beatCount] {
            const int volume = volumeMeter();
            performer(beatCount, volume);
        });

        ticker.c().receive(); // <-ticker.C
    }
    // Returning ends the program, whatever the beat tasks are still doing.
}

} // namespace cacophony
