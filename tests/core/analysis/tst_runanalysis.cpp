// RunAnalysis on hand-made event lists: every metric, and the edge cases a real run can
// produce (no beats, one beat, all lost, no end of program, unsorted input).

#include "analysis/RunAnalysis.h"
#include "TraceBuilder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <random>

using namespace cacophony;

namespace {

constexpr std::uint32_t kMain = 1;     // the task performing beats
constexpr std::uint32_t kMeasurer = 2; // a separate measuring task

std::int64_t ns(double ms)
{
    return std::llround(ms * 1e6);
}

// Times in ms, through the tests' one event builder.
Event make(EventKind kind, double tMs, double durMs = 0, std::int64_t a = 0, std::int64_t b = 0,
           std::uint32_t task = kMain, std::uint8_t flags = NoFlags)
{
    return testing::ev(kind, ns(tMs), {.dur = ns(durMs), .task = task, .a = a, .b = b, .flags = flags});
}

Event beat(int n, double tMs, int volume = 50, std::uint32_t task = kMain, std::uint8_t flags = NoFlags)
{
    return make(EventKind::Beat, tMs, 0, n, volume, task, flags | (n % 2 ? Tock : NoFlags));
}

Event measure(int n, double tMs, double durMs, int volume, std::uint32_t task = kMain)
{
    return make(EventKind::Measure, tMs, durMs, n, volume, task);
}

Event ideal(int n, double tMs)
{
    return make(EventKind::IdealBeat, tMs, 0, n);
}

Event programEnd(double tMs)
{
    return make(EventKind::ProgramEnd, tMs);
}

TraceData traceOf(const EventBatch &events, int beats = 15, int bpm = 6000)
{
    TraceData t;
    t.settings = testing::settingsOf(QStringLiteral("test_strategy"), QStringLiteral("short"), bpm, beats, 7);
    t.settings.scenario = QStringLiteral("test_scenario");
    t.events = events;
    testing::sortByTime(t);
    return t;
}

} // namespace

class tst_RunAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void beatCounts_data();
    void beatCounts();
    void timing_data();
    void timing();
    void percentileOfManyBeats();
    void offsetIsNotDrift_data();
    void offsetIsNotDrift();
    void overlappingMeasurements_data();
    void overlappingMeasurements();
    void repeatedVolumes_data();
    void repeatedVolumes();
    void spinAndTicks();
    void unsortedInputGivesSameResult();
    void linesAndDuplicates_data();
    void linesAndDuplicates();
    void jsonHasEveryKey();
    void jsonValues();
};

void tst_RunAnalysis::beatCounts_data()
{
    QTest::addColumn<EventBatch>("events");
    QTest::addColumn<int>("beats");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("performed");
    QTest::addColumn<int>("lost");
    QTest::addColumn<int>("outOfOrder");
    QTest::addColumn<double>("firstBeatMs");
    QTest::addColumn<double>("endMs");
    QTest::addColumn<bool>("stopped");

    QTest::newRow("no events") << EventBatch{} << 15 << 15 << 0 << 0 << 0 << -1.0 << -1.0 << true;
    QTest::newRow("no beats, ended") << EventBatch{programEnd(5)} << 3 << 3 << 0 << 3 << 0 << -1.0 << 5.0 << false;
    QTest::newRow("one beat")
        << EventBatch{beat(0, 1.5), programEnd(2)} << 1 << 1 << 1 << 0 << 0 << 1.5 << 2.0 << false;
    QTest::newRow("all in order") << EventBatch{beat(0, 1), beat(1, 11), beat(2, 21), programEnd(30)}
                                  << 3 << 3 << 3 << 0 << 0 << 1.0 << 30.0 << false;
    QTest::newRow("all lost by flag")
        << EventBatch{programEnd(5), beat(0, 6, 50, 3, Lost), beat(1, 7, 50, 4, Lost)}
        << 2 << 2 << 0 << 2 << 0 << -1.0 << 5.0 << false;
    // The flag is the performer's view; the analysis also trusts the clock.
    QTest::newRow("after end without flag")
        << EventBatch{beat(0, 1), programEnd(5), beat(1, 6)} << 2 << 2 << 1 << 1 << 0 << 1.0 << 5.0 << false;
    QTest::newRow("exactly at end counts")
        << EventBatch{beat(0, 1), beat(1, 5), programEnd(5)} << 2 << 2 << 2 << 0 << 0 << 1.0 << 5.0 << false;
    // A stopped run (no end of program): the beats after the last one heard were not yet
    // due when it was stopped; a beat missing before it is lost.
    QTest::newRow("no program end: stopped run")
        << EventBatch{beat(0, 1), beat(1, 11)} << 5 << 5 << 2 << 0 << 0 << 1.0 << -1.0 << true;
    QTest::newRow("never performed") << EventBatch{beat(0, 1), beat(2, 21), programEnd(30)}
                                     << 3 << 3 << 2 << 1 << 0 << 1.0 << 30.0 << false;
    QTest::newRow("one swap") << EventBatch{beat(0, 1), beat(2, 2), beat(1, 3), beat(3, 4), programEnd(9)}
                              << 4 << 4 << 4 << 0 << 1 << 1.0 << 9.0 << false;
    QTest::newRow("reversed") << EventBatch{beat(3, 1), beat(2, 2), beat(1, 3), beat(0, 4), programEnd(9)}
                              << 4 << 4 << 4 << 0 << 3 << 1.0 << 9.0 << false;
    // Disorder among lost beats is not heard, so it does not count.
    QTest::newRow("lost beats out of order")
        << EventBatch{beat(0, 1), programEnd(2), beat(2, 3, 50, kMain, Lost), beat(1, 4, 50, kMain, Lost)}
        << 3 << 3 << 1 << 2 << 0 << 1.0 << 2.0 << false;
    QTest::newRow("stopped run, a beat missing before the last")
        << EventBatch{beat(0, 1), beat(2, 21), beat(1, 22)} << 5 << 5 << 3 << 0 << 1 << 1.0 << -1.0 << true;
    QTest::newRow("stopped run, a beat skipped")
        << EventBatch{beat(0, 1), beat(2, 21)} << 5 << 5 << 2 << 1 << 0 << 1.0 << -1.0 << true;
    // Continuous runs expect as many beats as the ghost grid has shown; stopping one (scenario
    // 14: its beats trail the grid by the first measurement) loses none of those not yet due.
    QTest::newRow("continuous")
        << EventBatch{ideal(0, 0), beat(0, 1), ideal(1, 10), beat(1, 11), ideal(2, 20), ideal(3, 30)}
        << 0 << 4 << 2 << 0 << 0 << 1.0 << -1.0 << true;
    QTest::newRow("continuous, stopped with a beat skipped")
        << EventBatch{ideal(0, 0), beat(0, 1), ideal(1, 10), ideal(2, 20), beat(2, 21), ideal(3, 30)}
        << 0 << 4 << 2 << 1 << 0 << 1.0 << -1.0 << true;
}

void tst_RunAnalysis::beatCounts()
{
    QFETCH(EventBatch, events);
    QFETCH(int, beats);
    const RunAnalysis r = RunAnalysis::analyse(traceOf(events, beats));
    QTEST(r.beatsExpected, "expected");
    QTEST(r.beatsPerformed, "performed");
    QTEST(r.beatsLost, "lost");
    QTEST(r.outOfOrder, "outOfOrder");
    QTEST(r.firstBeatMs, "firstBeatMs");
    QTEST(r.endMs, "endMs");
    QTEST(r.stopped, "stopped");
}

void tst_RunAnalysis::timing_data()
{
    QTest::addColumn<EventBatch>("events");
    QTest::addColumn<int>("bpm");
    QTest::addColumn<QList<double>>("interval"); // mean, sd, min, max
    QTest::addColumn<QList<double>>("lateness"); // mean, p99, max
    QTest::addColumn<double>("drift");

    QTest::newRow("no beats") << EventBatch{programEnd(1)} << 6000 << QList<double>{0, 0, 0, 0}
                              << QList<double>{0, 0, 0} << 0.0;
    QTest::newRow("one beat") << EventBatch{beat(0, 2)} << 6000 << QList<double>{0, 0, 0, 0}
                              << QList<double>{2, 2, 2} << 2.0;
    QTest::newRow("perfect") << EventBatch{beat(0, 0), beat(1, 10), beat(2, 20)} << 6000
                             << QList<double>{10, 0, 10, 10} << QList<double>{0, 0, 0} << 0.0;
    // Gaps 11, 8, 13: mean 32/3, population sd sqrt(38/9); lateness 1, 2, 0, 3.
    QTest::newRow("jitter") << EventBatch{beat(0, 1), beat(1, 12), beat(2, 20), beat(3, 33)} << 6000
                            << QList<double>{32.0 / 3, std::sqrt(38.0 / 9), 8, 13}
                            << QList<double>{1.5, 3, 3} << 3.0;
    // Scenario 2's drift: each beat 1.5 intervals after the previous one.
    QTest::newRow("too slow, 60 BPM") << EventBatch{beat(0, 500), beat(1, 2000), beat(2, 3500)} << 60
                                      << QList<double>{1500, 0, 1500, 1500}
                                      << QList<double>{1000, 1500, 1500} << 1500.0;
    QTest::newRow("early beat") << EventBatch{beat(0, 0), beat(1, 5), beat(2, 20)} << 6000
                                << QList<double>{10, 5, 5, 15} << QList<double>{-5.0 / 3, 0, 0} << 0.0;
    // Intervals follow performance order, lateness each beat's own number.
    QTest::newRow("out of order") << EventBatch{beat(0, 0), beat(2, 10), beat(1, 15)} << 6000
                                  << QList<double>{7.5, 2.5, 5, 10} << QList<double>{-5.0 / 3, 5, 5} << 5.0;
    QTest::newRow("lost beats ignored")
        << EventBatch{beat(0, 0), beat(1, 10), programEnd(11), beat(2, 50, 50, kMain, Lost)} << 6000
        << QList<double>{10, 0, 10, 10} << QList<double>{0, 0, 0} << 0.0;
}

void tst_RunAnalysis::timing()
{
    QFETCH(EventBatch, events);
    QFETCH(int, bpm);
    QFETCH(QList<double>, interval);
    QFETCH(QList<double>, lateness);
    QFETCH(double, drift);
    const RunAnalysis r = RunAnalysis::analyse(traceOf(events, 3, bpm));
    const double eps = 1e-9;
    QVERIFY2(std::abs(r.interval.mean - interval[0]) < eps, qPrintable(QString::number(r.interval.mean)));
    QVERIFY2(std::abs(r.interval.sd - interval[1]) < eps, qPrintable(QString::number(r.interval.sd)));
    QVERIFY2(std::abs(r.interval.min - interval[2]) < eps, qPrintable(QString::number(r.interval.min)));
    QVERIFY2(std::abs(r.interval.max - interval[3]) < eps, qPrintable(QString::number(r.interval.max)));
    QVERIFY2(std::abs(r.lateness.mean - lateness[0]) < eps, qPrintable(QString::number(r.lateness.mean)));
    QVERIFY2(std::abs(r.lateness.p99 - lateness[1]) < eps, qPrintable(QString::number(r.lateness.p99)));
    QVERIFY2(std::abs(r.lateness.max - lateness[2]) < eps, qPrintable(QString::number(r.lateness.max)));
    QVERIFY2(std::abs(r.driftMs - drift) < eps, qPrintable(QString::number(r.driftMs)));
}

void tst_RunAnalysis::offsetIsNotDrift_data()
{
    QTest::addColumn<EventBatch>("events");
    QTest::addColumn<double>("offset");
    QTest::addColumn<double>("gridDrift");
    // Scenario 14's shape: every beat 7 ms late (the first measurement), none strays.
    QTest::newRow("constant offset") << EventBatch{beat(0, 7), beat(1, 17), beat(2, 27)} << 7.0 << 0.0;
    // Scenario 2's shape: on time at first, then later and later.
    QTest::newRow("drifting") << EventBatch{beat(0, 0), beat(1, 15), beat(2, 30)} << 0.0 << 10.0;
    QTest::newRow("both") << EventBatch{beat(0, 5), beat(1, 16), beat(2, 27)} << 5.0 << 2.0;
    // The offset is the lowest-numbered beat's, whenever it came.
    QTest::newRow("out of order") << EventBatch{beat(1, 14), beat(0, 15), beat(2, 24)} << 15.0 << -11.0;
    QTest::newRow("no beats") << EventBatch{programEnd(5)} << 0.0 << 0.0;
}

void tst_RunAnalysis::offsetIsNotDrift()
{
    QFETCH(EventBatch, events);
    QFETCH(double, offset);
    QFETCH(double, gridDrift);
    const RunAnalysis r = RunAnalysis::analyse(traceOf(events, 3));
    QVERIFY2(std::abs(r.offsetMs - offset) < 1e-9, qPrintable(QString::number(r.offsetMs)));
    QVERIFY2(std::abs(r.gridDriftMs - gridDrift) < 1e-9, qPrintable(QString::number(r.gridDriftMs)));
}

void tst_RunAnalysis::percentileOfManyBeats()
{
    // 200 beats, beat n late by n microseconds: the nearest-rank p99 is the 198th value.
    EventBatch events;
    for (int n = 0; n < 200; ++n)
        events.push_back(beat(n, n * 10.0 + n / 1000.0));
    const RunAnalysis r = RunAnalysis::analyse(traceOf(events, 200));
    QCOMPARE(r.beatsPerformed, 200);
    QVERIFY2(std::abs(r.lateness.p99 - 0.197) < 1e-9, qPrintable(QString::number(r.lateness.p99)));
    QVERIFY2(std::abs(r.lateness.max - 0.199) < 1e-9, qPrintable(QString::number(r.lateness.max)));
    QVERIFY2(std::abs(r.lateness.mean - 0.0995) < 1e-9, qPrintable(QString::number(r.lateness.mean)));
}

void tst_RunAnalysis::overlappingMeasurements_data()
{
    QTest::addColumn<EventBatch>("events");
    QTest::addColumn<int>("measurements");
    QTest::addColumn<int>("overlapping");

    QTest::newRow("none") << EventBatch{} << 0 << 0;
    QTest::newRow("one") << EventBatch{measure(0, 0, 5, 10)} << 1 << 0;
    QTest::newRow("back to back") << EventBatch{measure(0, 0, 10, 1), measure(1, 10, 10, 2), measure(2, 20, 10, 3)}
                                  << 3 << 0;
    QTest::newRow("pair") << EventBatch{measure(0, 0, 10, 1), measure(1, 5, 10, 2, kMeasurer)} << 2 << 2;
    QTest::newRow("pair and a loner")
        << EventBatch{measure(0, 0, 10, 1), measure(1, 20, 10, 2), measure(2, 25, 1, 3, kMeasurer)} << 3 << 2;
    // A long one covers two short disjoint ones: all three overlap something.
    QTest::newRow("long covers two")
        << EventBatch{measure(0, 0, 100, 1), measure(1, 10, 10, 2, 3), measure(2, 30, 10, 3, 4)} << 3 << 3;
    // The one starting first is not always the one that reaches furthest.
    QTest::newRow("nested then later")
        << EventBatch{measure(0, 0, 100, 1), measure(1, 1, 2, 2, 3), measure(2, 150, 10, 3, 4)} << 3 << 2;
    QTest::newRow("same start") << EventBatch{measure(0, 5, 10, 1), measure(1, 5, 10, 2, 3)} << 2 << 2;
}

void tst_RunAnalysis::overlappingMeasurements()
{
    QFETCH(EventBatch, events);
    const RunAnalysis r = RunAnalysis::analyse(traceOf(events));
    QTEST(r.measurements, "measurements");
    QTEST(r.overlappingMeasurements, "overlapping");
}

void tst_RunAnalysis::repeatedVolumes_data()
{
    QTest::addColumn<EventBatch>("events");
    QTest::addColumn<int>("repeated");

    QTest::newRow("no beats") << EventBatch{measure(0, 0, 5, 40)} << 0;
    // Scenario 1: one measurement before the loop serves every beat.
    QTest::newRow("measured once")
        << EventBatch{measure(0, 0, 5, 40), beat(0, 5, 40), beat(1, 15, 40), beat(2, 25, 40)} << 2;
    QTest::newRow("fresh each beat")
        << EventBatch{measure(0, 0, 5, 40), beat(0, 5, 40), measure(1, 5, 5, 41), beat(1, 10, 41),
                      measure(2, 10, 5, 42), beat(2, 15, 42)}
        << 0;
    // Equal values from different measurements are not stale.
    QTest::newRow("same value, new measurement")
        << EventBatch{measure(0, 0, 5, 42), beat(0, 10, 42), measure(1, 10, 5, 42), beat(1, 20, 42)} << 0;
    // Scenario 11: a separate task measures; the ticker outruns it.
    QTest::newRow("atomic, slow measurer")
        << EventBatch{measure(0, 0, 5, 10, kMeasurer), beat(0, 10, 10), beat(1, 20, 10),
                      measure(1, 5, 20, 30, kMeasurer), beat(2, 30, 30), beat(3, 40, 30)}
        << 2;
    // Scenario 9: each task performs its own measurement even when another task's
    // measurement with the same value ended later.
    QTest::newRow("own task preferred")
        << EventBatch{measure(0, 0, 5, 7, 3), measure(1, 1, 7, 7, 4), beat(1, 9, 7, 4), beat(0, 10, 7, 3)}
        << 0;
    // A measurement still running when the beat happens cannot be its source.
    QTest::newRow("unfinished measurement")
        << EventBatch{measure(0, 0, 20, 5), beat(0, 10, 5), beat(1, 12, 5)} << 0;
    QTest::newRow("volume never measured") << EventBatch{beat(0, 10, 99), beat(1, 20, 99)} << 0;
    QTest::newRow("lost beats do not count")
        << EventBatch{measure(0, 0, 5, 40), beat(0, 5, 40), programEnd(6), beat(1, 15, 40, kMain, Lost)} << 0;
}

void tst_RunAnalysis::repeatedVolumes()
{
    QFETCH(EventBatch, events);
    const RunAnalysis r = RunAnalysis::analyse(traceOf(events));
    QTEST(r.repeatedVolumes, "repeated");
}

void tst_RunAnalysis::spinAndTicks()
{
    Event tick = make(EventKind::Tick, 10, 0, 1);
    Event dropped = make(EventKind::Tick, 20, 0, 2, 0, 0, Dropped);
    const EventBatch events{make(EventKind::Spin, 0, 3), make(EventKind::Spin, 10, 2.5, 0, 0, kMeasurer),
                            make(EventKind::Sleep, 0, 100), tick, dropped};
    const RunAnalysis r = RunAnalysis::analyse(traceOf(events));
    QCOMPARE(r.spinMs, 5.5);
    QCOMPARE(r.droppedTicks, 1);
}

void tst_RunAnalysis::unsortedInputGivesSameResult()
{
    EventBatch events{measure(0, 0, 12, 1), measure(1, 5, 10, 2, kMeasurer), beat(0, 1, 1), beat(2, 13, 2),
                      beat(1, 14, 1), make(EventKind::Spin, 2, 1), programEnd(14.5), beat(3, 30, 2, kMain, Lost)};
    TraceData sorted = traceOf(events, 4);
    const QJsonObject expected = RunAnalysis::analyse(sorted).toJson();
    std::mt19937 rng(1);
    for (int i = 0; i < 5; ++i) {
        TraceData shuffled = sorted;
        std::shuffle(shuffled.events.begin(), shuffled.events.end(), rng);
        QCOMPARE(RunAnalysis::analyse(shuffled).toJson(), expected);
    }
    QCOMPARE(expected.value(QStringLiteral("out_of_order")).toInt(), 1);
    QCOMPARE(expected.value(QStringLiteral("beats_lost")).toInt(), 1);
}

void tst_RunAnalysis::linesAndDuplicates_data()
{
    QTest::addColumn<EventBatch>("events");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("printed");
    QTest::addColumn<int>("linesLost");
    QTest::addColumn<int>("linesOutOfOrder");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<int>("beatsLost");

    const auto line = [](int n, double tMs, std::uint8_t flags = NoFlags) {
        return make(EventKind::Print, tMs, 0, n, 0, kMain, flags);
    };
    // A program that prints has no beats to expect.
    QTest::newRow("printed in order") << EventBatch{line(0, 1), line(1, 2), line(5, 3), programEnd(3)}
                                      << 0 << 3 << 0 << 0 << 0 << 0;
    QTest::newRow("pyjamas before the shower")
        << EventBatch{line(3, 1), line(0, 2), line(2, 3), line(1, 4), line(6, 5), programEnd(5)}
        << 0 << 5 << 0 << 3 << 0 << 0;
    QTest::newRow("cut off by the end")
        << EventBatch{line(5, 1), programEnd(1), line(1, 2, Lost), line(0, 3, Lost)} << 0 << 1 << 2 << 0 << 0 << 0;
    // The closure bug: numbers repeat, others are never played; still in time order.
    QTest::newRow("duplicate numbers")
        << EventBatch{beat(0, 1), beat(2, 2), beat(2, 3), beat(3, 4), beat(3, 5), programEnd(6)}
        << 5 << 0 << 0 << 0 << 2 << 2;
}

void tst_RunAnalysis::linesAndDuplicates()
{
    QFETCH(EventBatch, events);
    const RunAnalysis r = RunAnalysis::analyse(traceOf(events, 5));
    QTEST(r.beatsExpected, "expected");
    QTEST(r.linesPrinted, "printed");
    QTEST(r.linesLost, "linesLost");
    QTEST(r.linesOutOfOrder, "linesOutOfOrder");
    QTEST(r.duplicateBeats, "duplicates");
    QTEST(r.beatsLost, "beatsLost");
}

void tst_RunAnalysis::jsonHasEveryKey()
{
    const QJsonObject o = RunAnalysis::analyse(traceOf({})).toJson();
    const QStringList keys{"scenario", "bpm", "seed", "beats_expected", "beats_performed", "beats_lost",
                           "out_of_order", "interval_ms", "lateness_ms", "first_beat_ms", "end_ms",
                           "measurements", "overlapping_measurements", "repeated_volumes", "spin_ms",
                           "duplicate_beats", "lines_printed", "lines_lost", "lines_out_of_order"};
    for (const QString &k : keys)
        QVERIFY2(o.contains(k), qPrintable(k));
    for (const char *k : {"mean", "sd", "min", "max"})
        QVERIFY2(o.value(QStringLiteral("interval_ms")).toObject().contains(QLatin1String(k)), k);
    for (const char *k : {"mean", "p99", "max"})
        QVERIFY2(o.value(QStringLiteral("lateness_ms")).toObject().contains(QLatin1String(k)), k);
    // One line per scenario: the compact form has no newline.
    QVERIFY(!QJsonDocument(o).toJson(QJsonDocument::Compact).contains('\n'));
}

void tst_RunAnalysis::jsonValues()
{
    const EventBatch events{measure(0, 0, 1, 40), beat(0, 1.0004, 40), beat(1, 11, 40), programEnd(12)};
    const QJsonObject o = RunAnalysis::analyse(traceOf(events, 2)).toJson();
    QCOMPARE(o.value(QStringLiteral("scenario")).toString(), QStringLiteral("test_scenario"));
    QCOMPARE(o.value(QStringLiteral("bpm")).toInt(), 6000);
    QCOMPARE(o.value(QStringLiteral("seed")).toInt(), 7);
    QCOMPARE(o.value(QStringLiteral("beats_expected")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("beats_performed")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("repeated_volumes")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("end_ms")).toDouble(), 12.0);
    // Rounded to the microsecond.
    QCOMPARE(o.value(QStringLiteral("first_beat_ms")).toDouble(), 1.0);
    QCOMPARE(o.value(QStringLiteral("interval_ms")).toObject().value(QStringLiteral("max")).toDouble(), 10.0);
    QCOMPARE(o.value(QStringLiteral("lateness_ms")).toObject().value(QStringLiteral("max")).toDouble(), 1.0);
}

QTEST_GUILESS_MAIN(tst_RunAnalysis)
#include "tst_runanalysis.moc"
