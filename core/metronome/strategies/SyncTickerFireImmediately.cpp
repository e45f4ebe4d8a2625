// Scenarios 6, 7 and 8: measure first, then wait for the tick, then perform. The
// measurement starts at once instead of after the first tick, and happens while we would
// be waiting anyway, so beats land on the ticks - as long as a measurement fits in an
// interval. When one does not, the tick is already waiting and the beat is late; the
// ticker holds a single tick and drops the rest, so late beats never catch up in a burst.

#include "metronome/MetronomeContext.h"
#include "metronome/strategies/Strategies.h"
#include "runtime/Ticker.h"

namespace cacophony {

void syncTickerFireImmediately(MetronomeContext &m)
{
    VolumeMeter &volumeMeter = m.volumeMeter();
    BeatPerformer &performer = m.performer();

    Ticker ticker(m.runtime(), m.interval()); // ticker := time.NewTicker(bpm.Interval())
                                              // defer ticker.Stop(): the destructor
    for (int beatCount = 0; m.hasBeat(beatCount); ++beatCount) {
        // Measure for the next beat before its tick, not after it.
        const int volume = volumeMeter();
        ticker.c().receive(); // <-ticker.C
        performer(beatCount, volume);
    }
}

} // namespace cacophony
