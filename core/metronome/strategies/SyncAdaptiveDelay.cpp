// Scenarios 3 and 4: as scenario 2, but sleep only what is left of the interval after
// measuring and performing. Restores the tempo while a measurement is shorter than an
// interval; a longer one makes the beat late, and nothing ever makes up for it.

#include "metronome/MetronomeContext.h"
#include "metronome/strategies/Strategies.h"
#include "runtime/Runtime.h"

#include <chrono>

namespace cacophony {

void syncAdaptiveDelay(MetronomeContext &m)
{
    Runtime &rt = m.runtime();
    VolumeMeter &volumeMeter = m.volumeMeter();
    BeatPerformer &performer = m.performer();

    for (int beatCount = 0; m.hasBeat(beatCount); ++beatCount) {
        const std::int64_t start = rt.now(); // start := time.Now()

        const int volume = volumeMeter();
        performer(beatCount, volume);

        // Subtract the work we did from the interval; a negative remainder means we are
        // already late, and there is nothing to sleep.
        const auto elapsed = std::chrono::nanoseconds(rt.now() - start); // time.Since(start)
        const auto delay = m.interval() - elapsed;
        if (delay > std::chrono::nanoseconds::zero())
            rt.sleep(delay);
    }
}

} // namespace cacophony
