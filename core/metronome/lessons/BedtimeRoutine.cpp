// The series' bedtime routine (page 4/14), the smallest goroutine programs there are:
// five activities and "program ends", first one after another, then each with `go`.
// The pause and the wait group differ only in how main waits for the others.

#include "metronome/MetronomeContext.h"
#include "metronome/lessons/Lessons.h"
#include "metronome/strategies/Defer.h"
#include "runtime/Runtime.h"
#include "runtime/WaitGroup.h"

#include <array>
#include <memory>

namespace cacophony {

namespace {

// sequence of activities I want to perform
constexpr std::array<BedtimeLine, 5> kActivities = {WalkIntoBathroom, Undress, TakeShower, PutPyjamasOn,
                                                    HugYourParents};

} // namespace

QString bedtimeLineText(int line)
{
    static const std::array<QString, BedtimeLineCount> texts = {
        QStringLiteral("walk into bathroom"),
        QStringLiteral("undress"),
        QStringLiteral("take shower"),
        QStringLiteral("put pyjamas on"),
        QStringLiteral("hug your parents and say good night"),
        QStringLiteral("program ends"),
        QStringLiteral("program ended"),
    };
    return line >= 0 && line < BedtimeLineCount ? texts[std::size_t(line)] : QStringLiteral("line %1").arg(line);
}

// log.Println each activity, then log.Println("program ends"): always in order.
void bedtimeSequential(MetronomeContext &m)
{
    BeatPerformer &logger = m.performer();
    for (BedtimeLine activity : kActivities)
        logger.print(activity); // log.Println("walk into bathroom") ...
    logger.print(ProgramEnds);
}

// go log.Println(...) for each activity: main does not wait for the goroutines, zips
// through creating them and reaches the end of program before most (usually all) of
// them had a chance to print. What they print after it is lost.
void bedtimeGo(MetronomeContext &m)
{
    Runtime &rt = m.runtime();
    BeatPerformer &logger = m.performer();
    for (BedtimeLine activity : kActivities)
        rt.go(bedtimeLineText(activity), [&logger, activity] { logger.print(activity); });
    logger.print(ProgramEnds);
}

// As above, then time.Sleep before "program ended": every goroutine gets the chance to
// print, but in whatever order they happen to run - pyjamas before the shower. The seed
// pauses one second; here the pause is one beat interval (60 BPM = one second).
void bedtimeGoPause(MetronomeContext &m)
{
    Runtime &rt = m.runtime();
    BeatPerformer &logger = m.performer();
    for (BedtimeLine activity : kActivities)
        rt.go(bedtimeLineText(activity), [&logger, activity] { logger.print(activity); });
    rt.sleep(m.interval()); // time.Sleep(time.Second)
    logger.print(ProgramEnded);
}

// The primitive the page ends by announcing: wg.Add(1) before each go, defer wg.Done()
// in the goroutine, wg.Wait() before "program ends". Nothing is lost; the order is still
// whatever the scheduler made of it.
void bedtimeWaitGroup(MetronomeContext &m)
{
    Runtime &rt = m.runtime();
    BeatPerformer &logger = m.performer();
    // var wg sync.WaitGroup; shared because a goroutine may still be inside Done() when
    // Wait() lets main return (Go's garbage collector would keep it).
    auto wg = std::make_shared<WaitGroup>(rt);
    for (BedtimeLine activity : kActivities) {
        wg->add(1);
        rt.go(bedtimeLineText(activity), [wg, &logger, activity] {
            Defer done([&wg] { wg->done(); }); // defer wg.Done()
            logger.print(activity);
        });
    }
    wg->wait();
    logger.print(ProgramEnds);
}

} // namespace cacophony
