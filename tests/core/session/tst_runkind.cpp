#include "session/RunKind.h"

#include "metronome/Scenario.h"

#include <QTest>

using namespace cacophony;

namespace {

RunSettings settingsOf(const QString &scenarioId)
{
    const Scenario *scenario = ScenarioRegistry::findScenario(scenarioId);
    RunSettings s;
    s.scenario = scenarioId;
    s.strategy = scenario ? scenario->strategyId : scenarioId;
    s.profile = QStringLiteral("short");
    return s;
}

} // namespace

class tst_RunKind : public QObject
{
    Q_OBJECT
private slots:
    void ofSettings_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("lesson");
        QTest::addColumn<bool>("prints");
        QTest::addColumn<bool>("orderMatters");
        QTest::addColumn<bool>("endOfProgram");
        QTest::addColumn<bool>("beatView");
        QTest::newRow("1 synchronous") << "1" << false << false << false << false << true;
        QTest::newRow("9 a task per beat") << "9" << false << false << true << true << true;
        QTest::newRow("10 waiting for completion") << "10" << false << false << true << true << true;
        QTest::newRow("14 channels") << "14" << false << false << false << true << true;
        QTest::newRow("bedtime sequential") << "bedtime_sequential" << true << true << true << false << false;
        QTest::newRow("bedtime pause") << "bedtime_go_pause" << true << true << true << true << false;
        QTest::newRow("closure lesson") << "async_naive_closure" << true << false << true << true << true;
        // An unknown strategy (a file of another version): its end of program is drawn.
        QTest::newRow("unknown") << "no_such_strategy" << false << false << false << true << true;
    }
    void ofSettings()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, lesson);
        QFETCH(bool, prints);
        QFETCH(bool, orderMatters);
        QFETCH(bool, endOfProgram);
        QFETCH(bool, beatView);
        const RunKind kind = RunKind::of(settingsOf(scenario));
        QCOMPARE(kind.isLesson(), lesson);
        QCOMPARE(kind.printsLines(), prints);
        QCOMPARE(kind.orderMatters(), orderMatters);
        QCOMPARE(kind.endOfProgramMatters(), endOfProgram);
        QCOMPARE(kind.beatViewOffered(), beatView);
        QCOMPARE(kind.source() == RunKind::Source::Lesson, lesson);
    }

    // Every scenario of the series is a scenario, every lesson a lesson.
    void registryKinds()
    {
        for (const Scenario &s : ScenarioRegistry::scenarios())
            QCOMPARE(RunKind::of(settingsOf(s.id)).source(), RunKind::Source::Scenario);
        for (const Scenario &s : ScenarioRegistry::lessons())
            QCOMPARE(RunKind::of(settingsOf(s.id)).source(), RunKind::Source::Lesson);
    }

    void ofTrace_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("printEvent");
        QTest::addColumn<bool>("source");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("prints");
        QTest::addColumn<bool>("beatView");
        QTest::newRow("scenario") << "9" << false << false << int(RunKind::Source::Scenario) << false << true;
        QTest::newRow("unknown strategy that printed")
            << "no_such_strategy" << true << false << int(RunKind::Source::Scenario) << true << false;
        QTest::newRow("program that printed")
            << "custom" << true << true << int(RunKind::Source::Program) << true << false;
        QTest::newRow("program without a line")
            << "custom" << false << true << int(RunKind::Source::Program) << false << false;
    }
    void ofTrace()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, printEvent);
        QFETCH(bool, source);
        QFETCH(int, kind);
        QFETCH(bool, prints);
        QFETCH(bool, beatView);
        TraceData trace;
        trace.settings = settingsOf(scenario);
        if (printEvent) {
            Event e {};
            e.kind = EventKind::Print;
            trace.events.push_back(e);
        }
        if (source)
            trace.source = QStringLiteral("package main\nfunc main() {}\n");
        const RunKind of = RunKind::of(trace);
        QCOMPARE(int(of.source()), kind);
        QCOMPARE(of.printsLines(), prints);
        QCOMPARE(of.beatViewOffered(), beatView);
    }
};

QTEST_GUILESS_MAIN(tst_RunKind)
#include "tst_runkind.moc"
