#pragma once

// Real runs of every scenario and lesson, for the trace file round-trip tests.

#include "metronome/DelayProfile.h"
#include "metronome/MetronomeRun.h"
#include "metronome/Scenario.h"
#include "trace/TraceData.h"

#include <QTest>

namespace cacophony::samples {

// Rows "id" (played to its end) and "id stopped" (stopped after 20 ms) per scenario and lesson.
inline void addScenarioRunRows()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("stopAfterMs"); // -1: played to its end
    for (const auto *list : {&ScenarioRegistry::scenarios(), &ScenarioRegistry::lessons()}) {
        for (const Scenario &sc : *list) {
            QTest::addRow("%s", qPrintable(sc.id)) << sc.id << -1;
            QTest::addRow("%s stopped", qPrintable(sc.id)) << sc.id << 20;
        }
    }
}

// The trace of one run (6 beats, or continuous and stopped); empty if it did not end.
inline TraceData scenarioRun(const QString &id, int stopAfterMs)
{
    const Scenario &sc = *ScenarioRegistry::findScenario(id);
    RunSettings s;
    s.scenario = sc.id;
    s.strategy = sc.strategyId;
    s.profile = delayProfileName(sc.profile);
    s.bpm = 6000;
    s.beats = stopAfterMs < 0 ? 6 : 0;
    s.seed = 3;
    MetronomeRun run(s);
    run.start();
    if (stopAfterMs >= 0) {
        QTest::qSleep(stopAfterMs); // the point in the run to stop at, not a wait for a result
        run.stop();
    }
    if (!run.wait(20000))
        return {};
    return run.trace();
}

} // namespace cacophony::samples
