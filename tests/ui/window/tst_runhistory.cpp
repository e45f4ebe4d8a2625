#include "window/RunHistory.h"

#include "metronome/Scenario.h"

#include <QSet>
#include <QTest>

using namespace cacophony;

namespace {

TraceData traceOf(const QString &scenarioId, std::uint64_t seed)
{
    const Scenario *scenario = ScenarioRegistry::findScenario(scenarioId);
    TraceData trace;
    trace.settings.scenario = scenarioId;
    trace.settings.strategy = scenario->strategyId;
    trace.settings.profile = QStringLiteral("short");
    trace.settings.seed = seed;
    return trace;
}

} // namespace

class tst_RunHistory : public QObject
{
    Q_OBJECT
private slots:
    // Every lesson has its own short name in the narrow Run column, none elided into
    // "bedti…", and scenarios keep their number.
    void lessonsAreToldApart()
    {
        RunHistory history;
        QSet<QString> names;
        for (const Scenario &lesson : ScenarioRegistry::lessons()) {
            history.add(traceOf(lesson.id, 1), true);
            const QString name = history.data(history.index(0, RunHistory::RunColumn)).toString();
            QVERIFY2(name.size() <= 10, qPrintable(name));
            names.insert(name);
        }
        QCOMPARE(names.size(), int(ScenarioRegistry::lessons().size()));
        history.add(traceOf(QStringLiteral("9"), 1), true);
        QCOMPARE(history.data(history.index(0, RunHistory::RunColumn)).toString(), QStringLiteral("9"));
    }

    // Two runs of one scenario compared: their titles differ by time and seed.
    void compareTitlesCarryTimeAndSeed_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("scenario 9") << "9";
        QTest::newRow("bedtime lesson") << "bedtime_go_pause";
    }
    void compareTitlesCarryTimeAndSeed()
    {
        QFETCH(QString, scenario);
        RunHistory history;
        const QDateTime when(QDate(2026, 12, 7), QTime(14, 2, 11));
        history.add(traceOf(scenario, 7), true, when);
        history.add(traceOf(scenario, 8), true, when.addSecs(1));
        const QString older = RunHistory::compareTitle(*history.entry(1));
        const QString newer = RunHistory::compareTitle(*history.entry(0));
        QVERIFY2(older.contains(QStringLiteral("14:02:11")) && older.contains(QStringLiteral("seed 7")), qPrintable(older));
        QVERIFY2(newer.contains(QStringLiteral("14:02:12")) && newer.contains(QStringLiteral("seed 8")), qPrintable(newer));
    }
};

QTEST_GUILESS_MAIN(tst_RunHistory)
#include "tst_runhistory.moc"
