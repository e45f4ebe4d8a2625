#include "metronome/Scenario.h"

#include "metronome/strategies/Strategies.h"

namespace cacophony {

const std::vector<Strategy> &ScenarioRegistry::strategies()
{
    // id, title, function, orderMatters, asynchronous
    static const std::vector<Strategy> list = {
        {QStringLiteral("sync_sleep_premeter_volume"),
         QStringLiteral("Synchronous: measure once, then perform and sleep"),
         &syncSleepPremeterVolume, false, false},
        {QStringLiteral("sync_constant_delay"),
         QStringLiteral("Synchronous: measure, perform, sleep a constant interval"),
         &syncConstantDelay, false, false},
        {QStringLiteral("sync_adaptive_delay"),
         QStringLiteral("Synchronous: measure, perform, sleep what is left of the interval"),
         &syncAdaptiveDelay, false, false},
        {QStringLiteral("sync_ticker"),
         QStringLiteral("Synchronous with a ticker: on each tick measure, then perform"),
         &syncTicker, false, false},
        {QStringLiteral("sync_ticker_fire_immediately"),
         QStringLiteral("Synchronous with a ticker: measure, wait for the tick, perform"),
         &syncTickerFireImmediately, false, false},
        {QStringLiteral("async_naive"),
         QStringLiteral("A task per beat, nobody waits for them"),
         &asyncNaive, true, true},
        {QStringLiteral("async_naive_waiting_for_completion"),
         QStringLiteral("A task per beat, and a wait group to wait for them"),
         &asyncNaiveWaitingForCompletion, true, true},
        {QStringLiteral("async_with_atomic"),
         QStringLiteral("A measuring task publishing through atomic variables"),
         &asyncWithAtomic, false, true},
        {QStringLiteral("async_with_mutex"),
         QStringLiteral("A measuring task publishing through a mutex-guarded state"),
         &asyncWithMutex, false, true},
        {QStringLiteral("async_with_channels"),
         QStringLiteral("A measuring task asked and answered over channels"),
         &asyncWithChannels, false, true},
        {QStringLiteral("async_with_channels_services"),
         QStringLiteral("Four services joined by channels"),
         &asyncWithChannelsServices, false, true},
    };
    return list;
}

const std::vector<Scenario> &ScenarioRegistry::scenarios()
{
    static const std::vector<Scenario> list = {
        {1, QStringLiteral("sync_sleep_premeter_volume"),
         QStringLiteral("Constant delay, a single volume measurement before the loop"),
         QStringLiteral("sync_sleep_premeter_volume"), DelayProfile::Short,
         QStringLiteral("Steady tempo, but the volume is measured once and never changes.")},
        {2, QStringLiteral("sync_constant_delay"),
         QStringLiteral("Constant delay, a volume measurement before each beat"),
         QStringLiteral("sync_constant_delay"), DelayProfile::Short,
         QStringLiteral("Each period is the interval plus the measurement (about 1.5 intervals): the tempo is "
                        "too slow and the error accumulates.")},
        {3, QStringLiteral("sync_adaptive_delay"),
         QStringLiteral("Adaptive delay, a volume measurement before each beat"),
         QStringLiteral("sync_adaptive_delay"), DelayProfile::Short,
         QStringLiteral("Sleeping only what is left of the interval restores the tempo.")},
        {4, QStringLiteral("sync_adaptive_delay_oscillating_execution_time"),
         QStringLiteral("Adaptive delay, oscillating measurement time"), QStringLiteral("sync_adaptive_delay"),
         DelayProfile::Oscillating,
         QStringLiteral("Whenever a measurement takes longer than an interval the beat is late, and the lost "
                        "time is never made up.")},
        {5, QStringLiteral("sync_ticker"), QStringLiteral("Ticker: measure and perform on each tick"),
         QStringLiteral("sync_ticker"), DelayProfile::Short,
         QStringLiteral("Regular, but the first beat comes a whole interval plus a measurement late: a ticker "
                        "does not fire immediately.")},
        {6, QStringLiteral("sync_ticker_fire_immediately"),
         QStringLiteral("Ticker: measure first, then wait for the tick and perform"),
         QStringLiteral("sync_ticker_fire_immediately"), DelayProfile::Short,
         QStringLiteral("Measuring while waiting for the tick puts every beat on a tick.")},
        {7, QStringLiteral("sync_ticker_fire_immediately_oscillating_execution_time"),
         QStringLiteral("Ticker, measure first, oscillating measurement time"),
         QStringLiteral("sync_ticker_fire_immediately"), DelayProfile::Oscillating,
         QStringLiteral("Irregular while measurements are longer than an interval; the ticker drops the ticks "
                        "nobody took, so late beats never catch up in a burst.")},
        {8, QStringLiteral("sync_ticker_fire_immediately_randomised_execution_time"),
         QStringLiteral("Ticker, measure first, random measurement time"),
         QStringLiteral("sync_ticker_fire_immediately"), DelayProfile::Random,
         QStringLiteral("Irregular: every measurement longer than an interval delays its beat.")},
        {9, QStringLiteral("async_naive"), QStringLiteral("Asynchronous, naive: a task per beat"),
         QStringLiteral("async_naive"), DelayProfile::Random,
         QStringLiteral("Measurements overlap, beats come out of order, and the beats still being measured "
                        "when the program ends are lost.")},
        {10, QStringLiteral("async_naive_waiting_for_completion"),
         QStringLiteral("Asynchronous, naive, waiting for completion with a wait group"),
         QStringLiteral("async_naive_waiting_for_completion"), DelayProfile::Random,
         QStringLiteral("The wait group keeps the program alive until every beat is performed: none is lost, "
                        "but they are still out of order and irregular.")},
        {11, QStringLiteral("async_with_atomic"), QStringLiteral("Asynchronous with atomic variables"),
         QStringLiteral("async_with_atomic"), DelayProfile::Random,
         QStringLiteral("Regular beats from a ticker that never waits for a measurement; a slow measurement "
                        "makes several beats reuse the same, stale volume.")},
        {12, QStringLiteral("async_with_mutex"), QStringLiteral("Asynchronous with a mutex protecting shared state"),
         QStringLiteral("async_with_mutex"), DelayProfile::Random,
         QStringLiteral("Same as with atomics: regular beats, some stale volumes; the lock only makes the "
                        "sharing explicit.")},
        {13, QStringLiteral("async_with_channels"),
         QStringLiteral("Asynchronous with channels communicating state changes"),
         QStringLiteral("async_with_channels"), DelayProfile::Random,
         QStringLiteral("Regular and in order, sharing nothing but messages; only the first beat waits for a "
                        "measurement.")},
        {14, QStringLiteral("async_with_channels_services"),
         QStringLiteral("Asynchronous services joined by channels"),
         QStringLiteral("async_with_channels_services"), DelayProfile::Random,
         QStringLiteral("Counting, measuring, timing and performing as separate services: regular, in order, "
                        "on time.")},
    };
    return list;
}

const Scenario *ScenarioRegistry::findScenario(QStringView idOrNumber)
{
    const auto &list = scenarios();
    bool isNumber = false;
    const int number = idOrNumber.trimmed().toInt(&isNumber);
    for (const Scenario &s : list) {
        if (isNumber ? s.number == number : idOrNumber.compare(s.id, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

const Strategy *ScenarioRegistry::findStrategy(QStringView id)
{
    for (const Strategy &s : strategies()) {
        if (id.compare(s.id, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

} // namespace cacophony
