// Scenario 1: measure the volume once, up front, then perform and sleep one interval
// per beat. Steady tempo, but the metronome never notices the room getting louder.

#include "metronome/MetronomeContext.h"
#include "metronome/strategies/Strategies.h"
#include "runtime/Runtime.h"

namespace cacophony {

void syncSleepPremeterVolume(MetronomeContext &m)
{
    Runtime &rt = m.runtime();
    VolumeMeter &volumeMeter = m.volumeMeter();
    BeatPerformer &performer = m.performer();

    // The only measurement: its cost is paid once, before the first beat.
    const int volume = volumeMeter();

    for (int beatCount = 0; m.hasBeat(beatCount); ++beatCount) {
        performer(beatCount, volume);
        // Performing takes (almost) no time, so sleeping a whole interval keeps the tempo.
        rt.sleep(m.interval());
    }
}

} // namespace cacophony
