#include "window/ScenarioText.h"

#include <QCoreApplication>

namespace cacophony {

namespace {

// The core's English texts, listed here so that the translation tools see them. Keep in
// step with core/metronome/ScenarioRegistry.cpp; a text missing here is simply shown in English.
[[maybe_unused]] constexpr const char *kTexts[] = {
    // Strategies
    QT_TRANSLATE_NOOP("ScenarioText", "Synchronous: measure once, then perform and sleep"),
    QT_TRANSLATE_NOOP("ScenarioText", "Synchronous: measure, perform, sleep a constant interval"),
    QT_TRANSLATE_NOOP("ScenarioText", "Synchronous: measure, perform, sleep what is left of the interval"),
    QT_TRANSLATE_NOOP("ScenarioText", "Synchronous with a ticker: on each tick measure, then perform"),
    QT_TRANSLATE_NOOP("ScenarioText", "Synchronous with a ticker: measure, wait for the tick, perform"),
    QT_TRANSLATE_NOOP("ScenarioText", "A task per beat, nobody waits for them"),
    QT_TRANSLATE_NOOP("ScenarioText", "A task per beat, and a wait group to wait for them"),
    QT_TRANSLATE_NOOP("ScenarioText", "A measuring task publishing through atomic variables"),
    QT_TRANSLATE_NOOP("ScenarioText", "A measuring task publishing through a mutex-guarded state"),
    QT_TRANSLATE_NOOP("ScenarioText", "A measuring task asked and answered over channels"),
    QT_TRANSLATE_NOOP("ScenarioText", "Four services joined by channels"),
    // Scenarios: titles, then what the listener hears
    QT_TRANSLATE_NOOP("ScenarioText", "Constant delay, a single volume measurement before the loop"),
    QT_TRANSLATE_NOOP("ScenarioText", "Constant delay, a volume measurement before each beat"),
    QT_TRANSLATE_NOOP("ScenarioText", "Adaptive delay, a volume measurement before each beat"),
    QT_TRANSLATE_NOOP("ScenarioText", "Adaptive delay, oscillating measurement time"),
    QT_TRANSLATE_NOOP("ScenarioText", "Ticker: measure and perform on each tick"),
    QT_TRANSLATE_NOOP("ScenarioText", "Ticker: measure first, then wait for the tick and perform"),
    QT_TRANSLATE_NOOP("ScenarioText", "Ticker, measure first, oscillating measurement time"),
    QT_TRANSLATE_NOOP("ScenarioText", "Ticker, measure first, random measurement time"),
    QT_TRANSLATE_NOOP("ScenarioText", "Asynchronous, naive: a task per beat"),
    QT_TRANSLATE_NOOP("ScenarioText", "Asynchronous, naive, waiting for completion with a wait group"),
    QT_TRANSLATE_NOOP("ScenarioText", "Asynchronous with atomic variables"),
    QT_TRANSLATE_NOOP("ScenarioText", "Asynchronous with a mutex protecting shared state"),
    QT_TRANSLATE_NOOP("ScenarioText", "Asynchronous with channels communicating state changes"),
    QT_TRANSLATE_NOOP("ScenarioText", "Asynchronous services joined by channels"),
    QT_TRANSLATE_NOOP("ScenarioText", "Steady tempo, but the volume is measured once and never changes."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Each period is the interval plus the measurement (about 1.5 "
        "intervals): the tempo is too slow and the error accumulates."),
    QT_TRANSLATE_NOOP("ScenarioText", "Sleeping only what is left of the interval restores the tempo."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Whenever a measurement takes longer than an interval the beat is "
        "late, and the lost time is never made up."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Regular, but the first beat comes a whole interval plus a measurement "
        "late: a ticker does not fire immediately."),
    QT_TRANSLATE_NOOP("ScenarioText", "Measuring while waiting for the tick puts every beat on a tick."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Irregular while measurements are longer than an interval; the ticker "
        "drops the ticks nobody took, so late beats never catch up in a burst."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Irregular: every measurement longer than an interval delays its "
        "beat."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Measurements overlap, beats come out of order, and the beats still "
        "being measured when the program ends are lost."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "The wait group keeps the program alive until every beat is performed: "
        "none is lost, but they are still out of order and irregular."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Regular beats from a ticker that never waits for a measurement; a "
        "slow measurement makes several beats reuse the same, stale volume."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Same as with atomics: regular beats, some stale volumes; the lock "
        "only makes the sharing explicit."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Regular and in order, sharing nothing but messages; only the first "
        "beat waits for a measurement."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Counting, measuring, timing and performing as separate services: "
        "regular, in order, on time."),
    // Lessons: their programs, titles, what happens, the explanation
    QT_TRANSLATE_NOOP("ScenarioText", "Bedtime routine, one activity after another"),
    QT_TRANSLATE_NOOP("ScenarioText", "Bedtime routine, each activity a goroutine"),
    QT_TRANSLATE_NOOP("ScenarioText", "Bedtime routine, goroutines and a pause"),
    QT_TRANSLATE_NOOP("ScenarioText", "Bedtime routine, goroutines and a wait group"),
    QT_TRANSLATE_NOOP("ScenarioText", "A task per beat, reading the shared loop counter (closure bug)"),
    QT_TRANSLATE_NOOP("ScenarioText", "Bedtime routine, sequential"),
    QT_TRANSLATE_NOOP("ScenarioText", "Five activities, then \"program ends\": always in this order."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Without goroutines the program does one thing after another: each log.Println "
        "prints its activity before the next line runs, and \"program ends\" comes last. "
        "Nothing surprising, and that is the point: this is the contrast for what follows."),
    QT_TRANSLATE_NOOP("ScenarioText", "Bedtime routine, go and no waiting"),
    QT_TRANSLATE_NOOP("ScenarioText", "Usually only \"program ends\" is printed: the goroutines are cut off."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Putting go before each log.Println starts it as a goroutine, and main moves on at "
        "once without waiting for it. Main zips through creating the five goroutines and "
        "reaches the end of the program before they had a chance to print: when main "
        "returns, the process exits and takes them with it. Greyed lines would have been "
        "printed. (Go's scheduler lets a new goroutine wait for a thread; the app models that "
        "wait with a seeded random start delay of up to 1 ms per goroutine.)"),
    QT_TRANSLATE_NOOP("ScenarioText", "Bedtime routine, go and a pause"),
    QT_TRANSLATE_NOOP("ScenarioText", "Every activity is printed, in a different order from run to run."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "A pause before \"program ended\" (one beat: a second at 60 BPM, as in the series) "
        "gives the goroutines time to print, and they all do, but in whatever order they "
        "happened to run: pyjamas before the shower, undressing after it. Nothing in the "
        "program orders them. (Goroutines wait a seeded random start delay of up to 1 ms "
        "for a thread, as under Go's scheduler: operating-system threads alone start almost "
        "always in spawn order.)"),
    QT_TRANSLATE_NOOP("ScenarioText", "Bedtime routine, go and a wait group"),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Nothing is lost and main waits only as long as needed; the order is still not "
        "guaranteed."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "A wait group counts the goroutines still running: Add(1) before each go (never "
        "inside the goroutine, which may not have started when main gets to Wait), Done "
        "when a goroutine finishes, and Wait before \"program ends\" blocks until the count "
        "is zero. No line is lost and no time is wasted on a guessed pause, but a wait group "
        "says nothing about order. (Seeded random start delay of up to 1 ms, as above.)"),
    QT_TRANSLATE_NOOP("ScenarioText", "Asynchronous, naive, with the closure bug"),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Beats carry duplicate and skipped numbers: each task reads the loop counter "
        "when it performs, not when it was started."),
    QT_TRANSLATE_NOOP("ScenarioText",
        "Scenario 9 without the parameter: go func() { volume := volumeMeter(); "
        "performer(beatCount, volume) }(). The anonymous function closes over the loop's "
        "beatCount, one variable that the loop keeps changing, so each task reads it when it "
        "performs, after its measurement, instead of the value it was started for. Two "
        "tasks read the same number, others are never played, the last ones play the "
        "count the loop ended with. The compiler does not warn. Passing beatCount as a "
        "parameter (scenario 9) fixes it; since Go 1.22 each iteration has its own "
        "variable."),
    // Delay profiles
    QT_TRANSLATE_NOOP("ScenarioText", "short"),
    QT_TRANSLATE_NOOP("ScenarioText", "oscillating"),
    QT_TRANSLATE_NOOP("ScenarioText", "random"),
};

QString translated(const QString &english)
{
    if (english.isEmpty())
        return english;
    const QByteArray utf8 = english.toUtf8();
    return QCoreApplication::translate("ScenarioText", utf8.constData());
}

} // namespace

QString ScenarioText::title(const Scenario &scenario)
{
    return translated(scenario.title);
}

QString ScenarioText::lesson(const Scenario &scenario)
{
    return translated(scenario.lesson);
}

QString ScenarioText::explanation(const Scenario &scenario)
{
    return translated(scenario.explanation);
}

QString ScenarioText::numbered(const Scenario &scenario)
{
    if (scenario.isLesson())
        return QCoreApplication::translate("ScenarioText", "Lesson · %1").arg(title(scenario));
    return QStringLiteral("%1 · %2").arg(scenario.number).arg(title(scenario));
}

QString ScenarioText::title(const Strategy &strategy)
{
    return translated(strategy.title);
}

QString ScenarioText::profile(const QString &profileName)
{
    return translated(profileName);
}

QString ScenarioText::describe(
    const QString &scenarioId, const QString &strategyId, const QString &profileName)
{
    if (const Scenario *s = ScenarioRegistry::findScenario(scenarioId))
        return numbered(*s);
    const Strategy *st = ScenarioRegistry::findStrategy(strategyId);
    return QCoreApplication::translate("ScenarioText", "Custom: %1, %2")
        .arg(st ? title(*st) : strategyId, profile(profileName));
}

} // namespace cacophony
