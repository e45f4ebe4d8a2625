// Scenario 2: measure before every beat, then sleep a constant interval. The measurement
// is not free, so each period is interval + measurement: the tempo is too slow and the
// error accumulates beat after beat.

#include "metronome/MetronomeContext.h"
#include "metronome/strategies/Strategies.h"
#include "runtime/Runtime.h"

namespace cacophony {

void syncConstantDelay(MetronomeContext &m)
{
    Runtime &rt = m.runtime();
    VolumeMeter &volumeMeter = m.volumeMeter();
    BeatPerformer &performer = m.performer();

    for (int beatCount = 0; m.hasBeat(beatCount); ++beatCount) {
        // Fresh volume for every beat - but we wait for it.
        const int volume = volumeMeter();
        performer(beatCount, volume);
        // A constant delay ignores the time the measurement just took.
        rt.sleep(m.interval());
    }
}

} // namespace cacophony
