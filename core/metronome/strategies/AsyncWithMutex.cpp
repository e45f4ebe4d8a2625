// Scenario 12: scenario 11 with a mutex-guarded state object instead of atomics. The
// same behaviour - regular beats, sometimes a stale volume - and the same busy-waiting;
// the lock only makes the shared state explicit.

#include "metronome/MetronomeContext.h"
#include "metronome/strategies/Strategies.h"
#include "runtime/Runtime.h"
#include "runtime/Ticker.h"

#include <memory>
#include <mutex>

namespace cacophony {

namespace {

enum class Stage { Running, NeedTermination, Terminated };

// Every member guarded by m_mutex; each method holds it only for the access itself.
class SharedState
{
public:
    int volume() const
    {
        std::lock_guard lock(m_mutex);
        return m_volume;
    }
    void setVolume(int volume)
    {
        std::lock_guard lock(m_mutex);
        m_volume = volume;
    }
    Stage stage() const
    {
        std::lock_guard lock(m_mutex);
        return m_stage;
    }
    void setStage(Stage stage)
    {
        std::lock_guard lock(m_mutex);
        m_stage = stage;
    }

private:
    mutable std::mutex m_mutex;
    int m_volume = -1; // -1: nothing measured yet
    Stage m_stage = Stage::Running;
};

} // namespace

void asyncWithMutex(MetronomeContext &m)
{
    Runtime &rt = m.runtime();
    VolumeMeter &volumeMeter = m.volumeMeter();
    BeatPerformer &performer = m.performer();

    // Shared with the measuring task; shared ownership stands in for Go's garbage collector.
    auto state = std::make_shared<SharedState>();

    rt.go(QStringLiteral("volume meter"), [state, &volumeMeter] {
        // Measure outside the lock: holding it for a whole measurement would block main.
        while (state->stage() != Stage::NeedTermination)
            state->setVolume(volumeMeter());
        state->setStage(Stage::Terminated);
    });

    // Busy-wait for the first volume: no beat without one.
    while (state->volume() == -1)
        rt.spin();

    Ticker ticker(rt, m.interval()); // ticker := time.NewTicker(bpm.Interval())
    for (int beatCount = 0; m.hasBeat(beatCount); ++beatCount) {
        ticker.c().receive(); // <-ticker.C
        performer(beatCount, state->volume()); // the latest volume, however old
    }
    ticker.stop();

    // Ask the measuring task to finish, and busy-wait until its last measurement is done.
    state->setStage(Stage::NeedTermination);
    while (state->stage() != Stage::Terminated)
        rt.spin();
}

} // namespace cacophony
