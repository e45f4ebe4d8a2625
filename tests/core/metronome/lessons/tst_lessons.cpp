// The lessons' properties (core/metronome/lessons), each checked over several seeded
// runs through MetronomeRun and RunAnalysis, as the window and the command line run them:
// the sequential bedtime routine is always in order; with go and no waiting lines are
// lost; with a pause or a wait group none is, and the order varies; the closure bug
// repeats beat numbers.

#include "../TraceMetrics.h"
#include "analysis/RunAnalysis.h"
#include "metronome/lessons/Lessons.h"
#include "metronome/lessons/LogFormat.h"

#include <QTest>

using namespace cacophony;
using namespace cacophony::test;

namespace {

// 600 BPM: the pause of bedtime_go_pause is 100 ms, far longer than the 1 ms start
// jitter plus what a busy 2-core machine adds to a thread start.
constexpr int kBpm = 600;
constexpr int kSeeds = 10;
// How many of kSeeds runs of the pause and wait-group lessons must print out of order.
// Under a sanitizer creating a thread takes longer than the 1 ms start delay, so the
// goroutines start nearly in spawn order (1 and 4 of 10 under TSan): the disorder is
// checked in the normal build, the sanitizer builds check that nothing is lost or racy.
#ifdef CACOPHONY_SANITIZED
constexpr int kMinDisordered = 0;
#else
constexpr int kMinDisordered = kSeeds / 2;
#endif

std::vector<std::int64_t> linesInOrderPrinted(const TraceData &t)
{
    std::vector<std::int64_t> out;
    for (const Event &e : eventsOf(t, EventKind::Print))
        if (!e.has(Lost))
            out.push_back(e.a);
    return out;
}

QString describe(const std::vector<std::int64_t> &lines)
{
    QStringList parts;
    for (std::int64_t l : lines)
        parts << QString::number(l);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class tst_Lessons : public QObject
{
    Q_OBJECT

private:
    // The lesson's analysis for seeds 1..n; fails the test on a timeout or an error.
    std::vector<RunAnalysis> runs(const QString &id, int n, int bpm = kBpm, int beats = 15,
                                  std::vector<TraceData> *traces = nullptr);

private slots:
    void registry();
    void sequentialIsAlwaysInOrder();
    void goWithoutWaitingLosesLines();
    void waitingLosesNothingButOrderVaries_data();
    void waitingLosesNothingButOrderVaries();
    void closureBugRepeatsBeatNumbers();
    void logFormat();
};

std::vector<RunAnalysis> tst_Lessons::runs(const QString &id, int n, int bpm, int beats,
                                           std::vector<TraceData> *traces)
{
    std::vector<RunAnalysis> out;
    const Scenario *lesson = ScenarioRegistry::findLesson(id);
    if (!lesson) {
        QTest::qFail(qPrintable(QStringLiteral("no lesson %1").arg(id)), __FILE__, __LINE__);
        return out;
    }
    for (int seed = 1; seed <= n; ++seed) {
        const Finished f = runToEnd(settingsFor(*lesson, bpm, beats, std::uint64_t(seed)), 30000);
        if (!f.ok || !f.error.empty()) {
            QTest::qFail(qPrintable(QStringLiteral("%1 seed %2: %3").arg(id).arg(seed).arg(
                             f.ok ? QString::fromStdString(f.error) : QStringLiteral("timed out"))),
                         __FILE__, __LINE__);
            return {};
        }
        if (qEnvironmentVariableIsSet("CACOPHONY_TEST_VERBOSE"))
            qInfo().noquote() << id << "seed" << seed << "printed" << describe(linesInOrderPrinted(f.trace));
        out.push_back(RunAnalysis::analyse(f.trace));
        if (traces)
            traces->push_back(f.trace);
    }
    return out;
}

void tst_Lessons::registry()
{
    const auto &lessons = ScenarioRegistry::lessons();
    QCOMPARE(int(lessons.size()), 5);
    for (const Scenario &l : lessons) {
        QVERIFY(l.isLesson());
        QVERIFY2(!l.explanation.isEmpty(), qPrintable(l.id));
        QCOMPARE(ScenarioRegistry::findScenario(l.id), &l); // found like a scenario, by id
        QVERIFY(ScenarioRegistry::findStrategy(l.strategyId));
    }
    QVERIFY(!ScenarioRegistry::findScenario(u"0")); // a lesson has no number
    QVERIFY(!ScenarioRegistry::findLesson(u"async_naive")); // a scenario is not a lesson
    QCOMPARE(int(ScenarioRegistry::strategies().size()), 11); // custom runs offer the 11 only
}

void tst_Lessons::sequentialIsAlwaysInOrder()
{
    std::vector<TraceData> traces;
    for (const RunAnalysis &a : runs(QStringLiteral("bedtime_sequential"), 5, kBpm, 15, &traces)) {
        QCOMPARE(a.linesPrinted, 6);
        QCOMPARE(a.linesLost, 0);
        QCOMPARE(a.linesOutOfOrder, 0);
        QCOMPARE(a.beatsExpected, 0); // a program that prints has no beats
    }
    for (const TraceData &t : traces)
        QCOMPARE(linesInOrderPrinted(t), (std::vector<std::int64_t>{0, 1, 2, 3, 4, ProgramEnds}));
}

void tst_Lessons::goWithoutWaitingLosesLines()
{
    std::vector<TraceData> traces;
    int runsLosing = 0;
    for (const RunAnalysis &a : runs(QStringLiteral("bedtime_go"), kSeeds, kBpm, 15, &traces)) {
        QCOMPARE(a.linesPrinted + a.linesLost, 6); // every goroutine printed, before or after the end
        runsLosing += a.linesLost > 0 ? 1 : 0;
    }
    // Most runs (all, usually; 7 of 10 under TSan, where main spawns slowly enough for an
    // early goroutine to print first).
    QVERIFY2(runsLosing > kSeeds / 2, qPrintable(QString::number(runsLosing)));
    for (const TraceData &t : traces) {
        const auto printed = linesInOrderPrinted(t);
        QVERIFY(std::find(printed.begin(), printed.end(), ProgramEnds) != printed.end());
        for (const Event &e : eventsOf(t, EventKind::Print)) // lost exactly when after the end
            QVERIFY(e.has(Lost) ? e.t >= programEnd(t) : e.t <= programEnd(t));
    }
}

void tst_Lessons::waitingLosesNothingButOrderVaries_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("minDisordered"); // runs of kSeeds printing out of order, at least
    // Go on a multi-core machine prints out of order in most runs; so must we (the docs
    // state the rates measured over 100 runs).
    QTest::newRow("pause") << QStringLiteral("bedtime_go_pause") << kMinDisordered;
    QTest::newRow("wait group") << QStringLiteral("bedtime_wait_group") << kMinDisordered;
}

void tst_Lessons::waitingLosesNothingButOrderVaries()
{
    QFETCH(QString, lesson);
    QFETCH(int, minDisordered);
    int disordered = 0;
    for (const RunAnalysis &a : runs(lesson, kSeeds)) {
        QCOMPARE(a.linesPrinted, 6);
        QCOMPARE(a.linesLost, 0);
        disordered += a.linesOutOfOrder > 0 ? 1 : 0;
    }
    QVERIFY2(disordered >= minDisordered, qPrintable(QString::number(disordered)));
}

void tst_Lessons::closureBugRepeatsBeatNumbers()
{
    // 750 BPM as in tst_scenarios: measurements of 0.2 to 2.5 intervals let the loop move
    // on by up to two beats before a task reads the counter.
    int withDuplicates = 0;
    for (const RunAnalysis &a : runs(QStringLiteral("async_naive_closure"), 8, 750)) {
        withDuplicates += a.duplicateBeats > 0 ? 1 : 0;
        if (a.duplicateBeats > 0)
            QVERIFY(a.beatsLost > 0); // a repeated number stands for one never played
    }
    QVERIFY2(withDuplicates >= 6, qPrintable(QString::number(withDuplicates)));
}

void tst_Lessons::logFormat()
{
    const QDateTime start(QDate(2018, 5, 1), QTime(17, 59, 29, 999));
    QCOMPARE(LogFormat::prefix(start, 2'500'000), QStringLiteral("2018/05/01 17:59:30.001500"));
    QCOMPARE(LogFormat::line(start, 0, Undress), QStringLiteral("2018/05/01 17:59:29.999000 undress"));
    QCOMPARE(LogFormat::prefix(QDateTime(), 61'000'123'000), QStringLiteral("00:01:01.000123"));
    QCOMPARE(bedtimeLineText(HugYourParents), QStringLiteral("hug your parents and say good night"));
}

QTEST_GUILESS_MAIN(tst_Lessons)
#include "tst_lessons.moc"
