// Scenario 10: scenario 9 plus a wait group. Add before spawning (never inside the task,
// which might not have started when we reach Wait), Done when the task finishes, Wait
// before returning: no beat is lost any more. Still out of order and irregular.

#include "metronome/MetronomeContext.h"
#include "metronome/strategies/Defer.h"
#include "metronome/strategies/Strategies.h"
#include "runtime/Runtime.h"
#include "runtime/Ticker.h"
#include "runtime/WaitGroup.h"

#include <memory>

namespace cacophony {

void asyncNaiveWaitingForCompletion(MetronomeContext &m)
{
    Runtime &rt = m.runtime();
    VolumeMeter &volumeMeter = m.volumeMeter();
    BeatPerformer &performer = m.performer();

    // var wg sync.WaitGroup. Shared ownership stands in for Go's garbage collector: a
    // task may still be inside Done() when Wait() lets main return.
    auto wg = std::make_shared<WaitGroup>(rt);

    Ticker ticker(rt, m.interval()); // ticker := time.NewTicker(bpm.Interval())
                                     // defer ticker.Stop(): the destructor
    for (int beatCount = 0; m.hasBeat(beatCount); ++beatCount) {
        wg->add(1);
        rt.go(QStringLiteral("beat %1").arg(beatCount), [wg, &volumeMeter, &performer, beatCount] {
            Defer done([&wg] { wg->done(); }); // defer wg.Done()
            const int volume = volumeMeter();
            performer(beatCount, volume);
        });

        ticker.c().receive(); // <-ticker.C
    }

    // Do not end the program before every beat has been performed.
    wg->wait();
}

} // namespace cacophony
