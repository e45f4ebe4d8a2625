// Scenario 5: let a ticker keep the time. On each tick measure, then perform. Regular,
// but a ticker's first tick comes one interval after it starts, and the measurement
// still sits between the tick and the beat: the first beat is an interval plus a
// measurement late.

#include "metronome/MetronomeContext.h"
#include "metronome/strategies/Strategies.h"
#include "runtime/Ticker.h"

namespace cacophony {

void syncTicker(MetronomeContext &m)
{
    VolumeMeter &volumeMeter = m.volumeMeter();
    BeatPerformer &performer = m.performer();

    Ticker ticker(m.runtime(), m.interval()); // ticker := time.NewTicker(bpm.Interval())
                                              // defer ticker.Stop(): the destructor
    for (int beatCount = 0; m.hasBeat(beatCount); ++beatCount) {
        ticker.c().receive(); // <-ticker.C
        const int volume = volumeMeter();
        performer(beatCount, volume);
    }
}

} // namespace cacophony
