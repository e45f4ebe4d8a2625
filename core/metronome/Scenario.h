#pragma once

// The strategies (metronome implementations) of the series and its fourteen scenarios
// (strategy x delay profile), in the series' order.

#include "metronome/DelayProfile.h"

#include <QString>
#include <QStringView>
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
};

struct Scenario
{
    int number = 0;        // 1..14, the series' order
    QString id;            // e.g. "async_naive_waiting_for_completion"
    QString title;         // one line
    QString strategyId;
    DelayProfile profile = DelayProfile::Short;
    QString lesson;        // what the listener hears / the chart shows
};

class ScenarioRegistry
{
public:
    // The 14 scenarios in the series' order.
    static const std::vector<Scenario> &scenarios();
    // By id, or by number given as text ("9"); nullptr if unknown.
    static const Scenario *findScenario(QStringView idOrNumber);
    // The 11 strategies.
    static const std::vector<Strategy> &strategies();
    static const Strategy *findStrategy(QStringView id);
};

} // namespace cacophony
