#include "metronome/Scenario.h"

#include "metronome/lessons/Lessons.h"
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

const std::vector<Strategy> &ScenarioRegistry::lessonStrategies()
{
    // Up to 1 ms between a goroutine's spawn and its start: see lessons() and
    // docs/scenarios.md for why, and what it models.
    constexpr std::int64_t kSchedulerJitterNs = 1'000'000;
    static const std::vector<Strategy> list = {
        {QStringLiteral("bedtime_sequential"), QStringLiteral("Bedtime routine, one activity after another"),
         &bedtimeSequential, true, false, true, 0},
        {QStringLiteral("bedtime_go"), QStringLiteral("Bedtime routine, each activity a goroutine"),
         &bedtimeGo, true, true, true, kSchedulerJitterNs},
        {QStringLiteral("bedtime_go_pause"), QStringLiteral("Bedtime routine, goroutines and a pause"),
         &bedtimeGoPause, true, true, true, kSchedulerJitterNs},
        {QStringLiteral("bedtime_wait_group"), QStringLiteral("Bedtime routine, goroutines and a wait group"),
         &bedtimeWaitGroup, true, true, true, kSchedulerJitterNs},
        {QStringLiteral("async_naive_closure"),
         QStringLiteral("A task per beat, reading the shared loop counter (closure bug)"),
         &asyncNaiveClosure, true, true, false, 0},
    };
    return list;
}

const std::vector<Scenario> &ScenarioRegistry::lessons()
{
    static const std::vector<Scenario> list = {
        {0, QStringLiteral("bedtime_sequential"), QStringLiteral("Bedtime routine, sequential"),
         QStringLiteral("bedtime_sequential"), DelayProfile::Short,
         QStringLiteral("Five activities, then \"program ends\": always in this order."),
         QStringLiteral("Without goroutines the program does one thing after another: each log.Println "
                        "prints its activity before the next line runs, and \"program ends\" comes last. "
                        "Nothing surprising, and that is the point: this is the contrast for what follows.")},
        {0, QStringLiteral("bedtime_go"), QStringLiteral("Bedtime routine, go and no waiting"),
         QStringLiteral("bedtime_go"), DelayProfile::Short,
         QStringLiteral("Usually only \"program ends\" is printed: the goroutines are cut off."),
         QStringLiteral("Putting go before each log.Println starts it as a goroutine, and main moves on at "
                        "once without waiting for it. Main zips through creating the five goroutines and "
                        "reaches the end of the program before they had a chance to print: when main "
                        "returns, the process exits and takes them with it. Greyed lines would have been "
                        "printed. (Go's scheduler lets a new goroutine wait for a thread; the app models that "
                        "wait with a seeded random start delay of up to 1 ms per goroutine.)")},
        {0, QStringLiteral("bedtime_go_pause"), QStringLiteral("Bedtime routine, go and a pause"),
         QStringLiteral("bedtime_go_pause"), DelayProfile::Short,
         QStringLiteral("Every activity is printed, in a different order from run to run."),
         QStringLiteral("A pause before \"program ended\" (one beat: a second at 60 BPM, as in the series) "
                        "gives the goroutines time to print, and they all do, but in whatever order they "
                        "happened to run: pyjamas before the shower, undressing after it. Nothing in the "
                        "program orders them. (Goroutines wait a seeded random start delay of up to 1 ms "
                        "for a thread, as under Go's scheduler: operating-system threads alone start almost "
                        "always in spawn order.)"),
         60},
        {0, QStringLiteral("bedtime_wait_group"), QStringLiteral("Bedtime routine, go and a wait group"),
         QStringLiteral("bedtime_wait_group"), DelayProfile::Short,
         QStringLiteral("Nothing is lost and main waits only as long as needed; the order is still not "
                        "guaranteed."),
         QStringLiteral("A wait group counts the goroutines still running: Add(1) before each go (never "
                        "inside the goroutine, which may not have started when main gets to Wait), Done "
                        "when a goroutine finishes, and Wait before \"program ends\" blocks until the count "
                        "is zero. No line is lost and no time is wasted on a guessed pause, but a wait group "
                        "says nothing about order. (Seeded random start delay of up to 1 ms, as above.)")},
        {0, QStringLiteral("async_naive_closure"), QStringLiteral("Asynchronous, naive, with the closure bug"),
         QStringLiteral("async_naive_closure"), DelayProfile::Random,
         QStringLiteral("Beats carry duplicate and skipped numbers: each task reads the loop counter "
                        "when it performs, not when it was started."),
         QStringLiteral("Scenario 9 without the parameter: go func() { volume := volumeMeter(); "
                        "performer(beatCount, volume) }(). The anonymous function closes over the loop's "
                        "beatCount, one variable that the loop keeps changing, so each task reads it when it "
                        "performs, after its measurement, instead of the value it was started for. Two "
                        "tasks read the same number, others are never played, the last ones play the "
                        "count the loop ended with. The compiler does not warn. Passing beatCount as a "
                        "parameter (scenario 9) fixes it; since Go 1.22 each iteration has its own "
                        "variable.")},
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
    return isNumber ? nullptr : findLesson(idOrNumber);
}

const Scenario *ScenarioRegistry::findLesson(QStringView id)
{
    for (const Scenario &s : lessons()) {
        if (id.compare(s.id, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

const Strategy *ScenarioRegistry::findStrategy(QStringView id)
{
    for (const auto *list : {&strategies(), &lessonStrategies()}) {
        for (const Strategy &s : *list) {
            if (id.compare(s.id, Qt::CaseInsensitive) == 0)
                return &s;
        }
    }
    return nullptr;
}

} // namespace cacophony
