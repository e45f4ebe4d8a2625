// Scenario 11: one task measures continuously and publishes the latest volume through an
// atomic variable; main keeps the time with a ticker and reads whatever volume is there.
// Beats are regular and never wait for a measurement - but when a measurement takes
// longer than an interval, consecutive beats reuse the same (stale) volume. A second
// atomic, the stage, tells the measuring task to stop and lets main wait until it has.

#include "metronome/MetronomeContext.h"
#include "metronome/strategies/Strategies.h"
#include "runtime/Runtime.h"
#include "runtime/Ticker.h"

#include <atomic>
#include <memory>

namespace cacophony {

namespace {

enum Stage : int { Running, NeedTermination, Terminated };

struct SharedState
{
    std::atomic<int> volume{-1}; // -1: nothing measured yet
    std::atomic<int> stage{Running};
};

} // namespace

void asyncWithAtomic(MetronomeContext &m)
{
    Runtime &rt = m.runtime();
    VolumeMeter &volumeMeter = m.volumeMeter();
    BeatPerformer &performer = m.performer();

    // Shared with the measuring task; shared ownership stands in for Go's garbage collector.
    auto state = std::make_shared<SharedState>();

    rt.go(QStringLiteral("volume meter"), [state, &volumeMeter] {
        // Measure again and again until asked to stop; each result replaces the last one.
        while (state->stage.load() != NeedTermination)
            state->volume.store(volumeMeter());
        state->stage.store(Terminated);
    });

    // Busy-wait for the first volume: no beat without one.
    while (state->volume.load() == -1)
        rt.spin();

    Ticker ticker(rt, m.interval()); // ticker := time.NewTicker(bpm.Interval())
    for (int beatCount = 0; m.hasBeat(beatCount); ++beatCount) {
        ticker.c().receive(); // <-ticker.C
        // The latest volume, however old: maybe the same one as for the previous beat.
        performer(beatCount, state->volume.load());
    }
    ticker.stop();

    // Ask the measuring task to finish and busy-wait until it has: its current
    // measurement has to complete first.
    state->stage.store(NeedTermination);
    while (state->stage.load() != Terminated)
        rt.spin();
}

} // namespace cacophony
