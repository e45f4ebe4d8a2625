#pragma once

// The strategies (metronome implementations) of the series and its fourteen scenarios
// (strategy x delay profile), in the series' order.

#include "metronome/DelayProfile.h"

#include <QString>
#include <QStringView>
#include <cstdint>
#include <vector>

namespace cacophony {

class MetronomeContext;

// A metronome implementation: runs as the run's "main" task and returns at the end of
// program. Reads like the Go original it ports.
using StrategyFunction = void (*)(MetronomeContext &context);

struct Strategy
{
    QString id;            // e.g. "async_naive"
    QString title;         // one line, for menus
    StrategyFunction run = nullptr;
    bool orderMatters = false; // label beats with their numbers, not I/O (scenarios 9, 10)
    bool asynchronous = false; // other tasks can outlive the metronome function: the end of
                               // program matters (the series draws its red line only then)
    bool prints = false;       // a lesson that prints log lines instead of performing beats
    std::int64_t startJitterNs = 0; // Runtime::setStartJitter() for the run (0 = none)
};

struct Scenario
{
    int number = 0;        // 1..14, the series' order
    QString id;            // e.g. "async_naive_waiting_for_completion"
    QString title;         // one line
    QString strategyId;
    DelayProfile profile = DelayProfile::Short;
    QString lesson;        // what the listener hears / the chart shows
    QString explanation {}; // lessons only: the series' explanation, one paragraph
    int defaultBpm = 0;     // the command line's tempo for it unless --bpm is given (0: the usual)

    // Lessons (the series' small goroutine programs) have no number in the series.
    bool isLesson() const { return number == 0; }
};

class ScenarioRegistry
{
public:
    // The 14 scenarios in the series' order.
    static const std::vector<Scenario> &scenarios();
    // By id, or by number given as text ("9"); nullptr if unknown. Finds lessons too
    // (by id only).
    static const Scenario *findScenario(QStringView idOrNumber);
    // The lessons, in the series' order: the bedtime routine (sequential, go, go and a
    // pause, a wait group), then scenario 9 with the closure bug.
    static const std::vector<Scenario> &lessons();
    // A lesson by id; nullptr if unknown (or a scenario).
    static const Scenario *findLesson(QStringView id);
    // The 11 strategies.
    static const std::vector<Strategy> &strategies();
    // The programs of the lessons, run like strategies (not offered for custom runs).
    static const std::vector<Strategy> &lessonStrategies();
    // Any of both lists.
    static const Strategy *findStrategy(QStringView id);
};

} // namespace cacophony
