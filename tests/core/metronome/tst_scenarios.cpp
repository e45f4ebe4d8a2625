// The behaviour the series teaches, scenario by scenario, checked on the recorded events
// of several seeded runs. Timing runs at 750 BPM (80 ms intervals) rather than the
// series' 6000 so that a busy 2-core machine cannot blur the lesson; tolerances are
// stated in intervals.

#include "TraceMetrics.h"

#include <QTest>
#include <set>

using namespace cacophony;
using namespace cacophony::test;

namespace {

constexpr int kBpm = 750;
constexpr int kBeats = 15;
constexpr std::int64_t kInterval = 60'000'000'000LL / kBpm;

double inIntervals(std::int64_t ns)
{
    return double(ns) / double(kInterval);
}

QString describe(const std::vector<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'f', 2);
    return parts.join(QLatin1Char(' '));
}

QString beatTimes(const std::vector<Event> &beats)
{
    QStringList parts;
    for (const Event &b : beats)
        parts << QStringLiteral("%1@%2").arg(b.a).arg(inIntervals(b.t), 0, 'f', 2);
    return parts.join(QLatin1Char(' '));
}

// A busy machine may hold up any thread for a few tens of ms now and then; a lesson about
// the grid must not hang on one such hiccup, so grid checks allow this many outliers
// per run (a broken strategy misses by far more).
constexpr int kHiccupsAllowed = 1;

// How far each beat is from its tick on the ticker's grid (from the trace), in intervals:
// beat k belongs to tick k + firstTick.
std::vector<double> offTicks(const TraceData &trace, const std::vector<Event> &beats, int firstTick)
{
    const std::int64_t grid = tickerGrid(trace);
    std::vector<double> out;
    for (const Event &b : beats)
        out.push_back(inIntervals(b.t - grid - (b.a + firstTick) * kInterval));
    return out;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// A beat is performed when its task gets to run after the tick, which a busy machine may
// delay by a CFS period or two (20-40 ms here, a quarter to half an interval) at any beat;
// scenario 13's main, which spins with yields, was seen 44-65 ms late on 3 beats of one
// run without any thread of the trace oversleeping. The lessons about the grid therefore
// hold for the typical beat (median within a quarter interval of its tick), every beat
// within half an interval of it but for a fifth of them, and none early; a beat that waits
// for a later tick is a whole interval off, and so is the median then.
constexpr double kTypicalOff = 0.25;
constexpr double kWorstOff = 0.5;
constexpr int kLateBeatsAllowed = kBeats / 5;

// Beat k on tick k + firstTick of the ticker's grid, in the sense above.
void checkOnTicks(const TraceData &trace, const std::vector<Event> &beats, int firstTick)
{
    QVERIFY(tickerGrid(trace) >= 0);
    const auto off = offTicks(trace, beats, firstTick);
    const QString context = QStringLiteral("off their ticks by ") + describe(off) + QStringLiteral(" intervals; ") + beatTimes(beats);
    int offGrid = 0;
    for (double o : off) {
        QVERIFY2(o > -0.05, qPrintable(context)); // never before its tick
        offGrid += o >= kWorstOff;
    }
    QVERIFY2(offGrid <= kLateBeatsAllowed, qPrintable(context));
    QVERIFY2(median(off) < kTypicalOff, qPrintable(context));
}

// Beyond a hiccup: a stall this long (see worstStallNs()) makes a run be repeated, at most
// this many times. If every attempt stalled, the least stalled one is checked all the same,
// and a failing test then says that its runs were stalled (cleanup()).
constexpr std::int64_t kStallNs = kInterval / 4;
constexpr int kStallRetries = 4;

} // namespace

class tst_Scenarios : public QObject
{
    Q_OBJECT

private:
    // Runs scenario `number` once per seed; fails the test on a timeout or an error.
    std::vector<TraceData> runs(int number, std::initializer_list<std::uint64_t> seeds, int beats = kBeats);
    // Runs of the current test that stayed stalled through every retry.
    QStringList m_stalledRuns;

private slots:
    void cleanup();
    void s01_volumeNeverChanges();
    void s02_constantDelayIsTooSlow();
    void s03_adaptiveDelayRestoresTempo();
    void s04_lateBeatsAreNeverMadeUp();
    void s05_tickerFirstBeatIsLate();
    void s06_beatsLandOnTicks();
    void s07_noBurstToCatchUp();
    void s08_randomMeasurementsMakeItIrregular();
    void s09_naiveLosesAndReordersBeats();
    void s10_waitGroupLosesNothing();
    void s11_atomicRepeatsVolumes();
    void s12_mutexRepeatsVolumes();
    void s13_channelsInOrderOnGrid();
    void s14_servicesInOrderOnGrid();

private:
    void checkStaleButRegular(int number);
    void checkInOrderOnGrid(int number);
};

std::vector<TraceData> tst_Scenarios::runs(int number, std::initializer_list<std::uint64_t> seeds, int beats)
{
    std::vector<TraceData> out;
    const Scenario &sc = ScenarioRegistry::scenarios().at(number - 1);
    for (std::uint64_t seed : seeds) {
        Finished f = runToEnd(settingsFor(sc, kBpm, beats, seed), 30000);
        // A run during which the machine stalled a thread for a good part of an interval
        // is repeated (same seed, twice at most): it would test the machine, not the
        // strategy. The stall is read from the trace, never assumed: a late wake-up, or
        // a dropped tick where the strategy always takes its ticks in time (only 7 and 8
        // measure for longer than an interval between ticks).
        const bool dropsExpected = number == 7 || number == 8;
        const auto stalled = [dropsExpected](const TraceData &t) {
            return worstStallNs(t) > kStallNs || (!dropsExpected && droppedTicks(t) > 0);
        };
        for (int retry = 0; retry < kStallRetries && f.ok && stalled(f.trace); ++retry) {
            qInfo("scenario %d seed %llu: stalled (%s), running it again", number,
                  static_cast<unsigned long long>(seed), qPrintable(describeStall(f.trace)));
            Finished again = runToEnd(settingsFor(sc, kBpm, beats, seed), 30000);
            // Keep the least stalled attempt.
            if (!again.ok || !again.error.empty() || !stalled(again.trace) || worstStallNs(again.trace) < worstStallNs(f.trace))
                f = std::move(again);
        }
        if (f.ok && stalled(f.trace)) {
            m_stalledRuns << QStringLiteral("scenario %1 seed %2 (%3)").arg(number).arg(seed).arg(describeStall(f.trace));
        }
        if (!f.ok || !f.error.empty()) {
            QTest::qFail(qPrintable(QStringLiteral("scenario %1 seed %2: %3").arg(number).arg(seed).arg(
                             f.ok ? QString::fromStdString(f.error) : QStringLiteral("timed out"))),
                         __FILE__, __LINE__);
            return {};
        }
        if (qEnvironmentVariableIsSet("CACOPHONY_TEST_VERBOSE")) {
            const auto all = eventsOf(f.trace, EventKind::Beat);
            qInfo().noquote() << "scenario" << number << "seed" << seed << "end"
                              << inIntervals(programEnd(f.trace)) << "stale" << staleVolumes(f.trace) << "overlaps"
                              << overlappingMeasurements(f.trace) << "lost" << lostBeats(f.trace).size()
                              << "stall ms" << double(worstStallNs(f.trace)) / 1e6 << "dropped" << droppedTicks(f.trace)
                              << "beats"
                              << beatTimes(all);
        }
        out.push_back(std::move(f.trace));
    }
    return out;
}

void tst_Scenarios::cleanup()
{
    if (QTest::currentTestFailed() && !m_stalledRuns.isEmpty()) {
        qWarning("the failure above may be the machine's: the trace shows these runs stalled in all %d attempts (the least stalled was checked): %s",
                 kStallRetries + 1, qPrintable(m_stalledRuns.join(QStringLiteral(", "))));
    }
    m_stalledRuns.clear();
}

void tst_Scenarios::s01_volumeNeverChanges()
{
    for (const TraceData &t : runs(1, {1, 2, 3})) {
        const auto measures = eventsOf(t, EventKind::Measure);
        const auto beats = performedBeats(t);
        QCOMPARE(measures.size(), std::size_t(1));
        QCOMPARE(int(beats.size()), kBeats);
        for (const Event &b : beats)
            QCOMPARE(b.b, measures[0].b);
        const auto gaps = gapsInIntervals(beats, kInterval);
        QVERIFY2(mean(gaps) > 0.95 && mean(gaps) < 1.15, qPrintable(describe(gaps)));
    }
}

void tst_Scenarios::s02_constantDelayIsTooSlow()
{
    for (const TraceData &t : runs(2, {1, 2, 3})) {
        const auto beats = performedBeats(t);
        QCOMPARE(int(beats.size()), kBeats);
        QCOMPARE(int(eventsOf(t, EventKind::Measure).size()), kBeats);
        // Each period is an interval plus a half-interval measurement...
        const auto gaps = gapsInIntervals(beats, kInterval);
        QVERIFY2(mean(gaps) > 1.4 && mean(gaps) < 1.75, qPrintable(describe(gaps)));
        for (double g : gaps)
            QVERIFY2(g > 1.3, qPrintable(describe(gaps)));
        // ... and the error accumulates: 14 beats x 0.5 late, plus the first measurement.
        const double drift = inIntervals(beats.back().t - (kBeats - 1) * kInterval);
        QVERIFY2(drift > 6.0, qPrintable(QString::number(drift)));
    }
}

void tst_Scenarios::s03_adaptiveDelayRestoresTempo()
{
    for (const TraceData &t : runs(3, {1, 2, 3})) {
        const auto beats = performedBeats(t);
        QCOMPARE(int(beats.size()), kBeats);
        const auto gaps = gapsInIntervals(beats, kInterval);
        QVERIFY2(mean(gaps) > 0.95 && mean(gaps) < 1.1, qPrintable(describe(gaps)));
        // Every beat about half an interval after its ideal time (the measurement). Only
        // oversleeping, a few ms on a busy machine, may add up - nothing like scenario 2's
        // half an interval per beat.
        for (const Event &b : beats) {
            const double late = inIntervals(b.t - b.a * kInterval);
            QVERIFY2(late > 0.4 && late < 1.5, qPrintable(beatTimes(beats)));
        }
    }
}

void tst_Scenarios::s04_lateBeatsAreNeverMadeUp()
{
    for (const TraceData &t : runs(4, {1, 2, 3})) {
        const auto beats = performedBeats(t);
        const auto measures = eventsOf(t, EventKind::Measure);
        QCOMPARE(int(beats.size()), kBeats);
        QCOMPARE(int(measures.size()), kBeats);
        // A measurement longer than an interval makes its beat late...
        int longOnes = 0;
        for (const Event &m : measures)
            longOnes += m.dur > kInterval * 11 / 10;
        QVERIFY(longOnes >= 3);
        // ... and each loop iteration starts at least an interval after the previous
        // one: how late it starts never decreases, the lost time is never made up.
        std::vector<double> startLateness;
        for (std::size_t k = 0; k < measures.size(); ++k)
            startLateness.push_back(inIntervals(measures[k].t - std::int64_t(k) * kInterval));
        for (std::size_t k = 1; k < startLateness.size(); ++k)
            QVERIFY2(startLateness[k] > startLateness[k - 1] - 0.05, qPrintable(describe(startLateness)));
        QVERIFY2(startLateness.back() > 2.0, qPrintable(describe(startLateness)));
    }
}

void tst_Scenarios::s05_tickerFirstBeatIsLate()
{
    for (const TraceData &t : runs(5, {1, 2, 3})) {
        const auto beats = performedBeats(t);
        QCOMPARE(int(beats.size()), kBeats);
        // The first tick a whole interval after the ticker was made (its grid, from the
        // trace), then a half-interval measurement.
        const std::int64_t grid = tickerGrid(t);
        QVERIFY(grid >= 0);
        const double first = inIntervals(beats.front().t - grid);
        QVERIFY2(first > 1.4 && first < 1.8, qPrintable(QString::number(first)));
        // After that, regular.
        const auto gaps = gapsInIntervals(beats, kInterval);
        QVERIFY2(mean(gaps) > 0.95 && mean(gaps) < 1.05, qPrintable(describe(gaps)));
    }
}

void tst_Scenarios::s06_beatsLandOnTicks()
{
    for (const TraceData &t : runs(6, {1, 2, 3})) {
        const auto beats = performedBeats(t);
        QCOMPARE(int(beats.size()), kBeats);
        // Beat k on tick k + 1 (on the ticker's grid, from the trace): the measurement
        // happened while waiting for it.
        checkOnTicks(t, beats, 1);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(int(eventsOf(t, EventKind::Measure).size()), kBeats);
    }
}

void tst_Scenarios::s07_noBurstToCatchUp()
{
    for (const TraceData &t : runs(7, {1, 2, 3})) {
        const auto beats = performedBeats(t);
        QCOMPARE(int(beats.size()), kBeats);
        // Long measurements make beats late: the ticker dropped the ticks nobody took...
        QVERIFY(droppedTicks(t) >= 2);
        const double drift = inIntervals(beats.back().t - (beats.back().a + 1) * kInterval);
        QVERIFY2(drift > 2.0, qPrintable(beatTimes(beats)));
        // ... so when measurements get short again, beats do not rush through queued
        // ticks: no two beats much closer than an interval (0.7 at the tightest).
        const auto gaps = gapsInIntervals(beats, kInterval);
        for (double g : gaps)
            QVERIFY2(g > 0.5, qPrintable(describe(gaps)));
    }
}

void tst_Scenarios::s08_randomMeasurementsMakeItIrregular()
{
    for (const TraceData &t : runs(8, {1, 2, 3})) {
        const auto beats = performedBeats(t);
        QCOMPARE(int(beats.size()), kBeats);
        const auto gaps = gapsInIntervals(beats, kInterval);
        QVERIFY2(stddev(gaps) > 0.15, qPrintable(describe(gaps)));
        QVERIFY2(*std::max_element(gaps.begin(), gaps.end()) > 1.3, qPrintable(describe(gaps)));
        // Never early: a beat waits for its tick.
        for (const Event &b : beats)
            QVERIFY(b.t > (b.a + 1) * kInterval - kInterval / 20);
    }
}

void tst_Scenarios::s09_naiveLosesAndReordersBeats()
{
    int runsLosing = 0, runsLosingOrReordering = 0;
    for (const TraceData &t : runs(9, {1, 2, 3, 4, 5})) {
        const auto performed = performedBeats(t);
        const auto lost = lostBeats(t);
        const std::int64_t end = programEnd(t);
        QVERIFY(end >= 0);
        // Main returns after the last tick: n intervals (later if a tick was dropped
        // because spawning a task kept main from taking it in time).
        const double endAt = inIntervals(end);
        QVERIFY2(endAt > 14.9, qPrintable(QString::number(endAt)));
        for (const Event &b : lost)
            QVERIFY(b.t >= end);
        // Each beat happens at most once; those cut off may not happen at all.
        std::set<std::int64_t> numbers;
        for (const Event &b : eventsOf(t, EventKind::Beat))
            QVERIFY(numbers.insert(b.a).second);
        const int missing = kBeats - int(performed.size());
        // Measurements run concurrently, one task each.
        QVERIFY(overlappingMeasurements(t) >= 2);
        runsLosing += missing > 0;
        runsLosingOrReordering += missing > 0 || outOfOrder(performed) > 0;
    }
    QVERIFY2(runsLosing >= 2, qPrintable(QString::number(runsLosing)));
    QVERIFY2(runsLosingOrReordering >= 4, qPrintable(QString::number(runsLosingOrReordering)));
}

void tst_Scenarios::s10_waitGroupLosesNothing()
{
    int runsReordering = 0;
    for (const TraceData &t : runs(10, {1, 2, 3, 4, 5})) {
        const auto performed = performedBeats(t);
        QVERIFY(lostBeats(t).empty());
        QCOMPARE(int(performed.size()), kBeats);
        std::set<std::int64_t> numbers;
        for (const Event &b : performed)
            numbers.insert(b.a);
        QCOMPARE(int(numbers.size()), kBeats);
        QVERIFY(programEnd(t) >= performed.back().t);
        QVERIFY(overlappingMeasurements(t) >= 2);
        runsReordering += outOfOrder(performed) > 0;
    }
    QVERIFY2(runsReordering >= 3, qPrintable(QString::number(runsReordering)));
}

void tst_Scenarios::checkStaleButRegular(int number)
{
    int runsWithStale = 0;
    for (const TraceData &t : runs(number, {1, 2, 3, 4, 5})) {
        const auto beats = performedBeats(t);
        QCOMPARE(int(beats.size()), kBeats);
        QCOMPARE(outOfOrder(beats), 0);
        // The ticker alone decides when to play: beat k on tick k + 1 of its grid.
        checkOnTicks(t, beats, 1);
        if (QTest::currentTestFailed())
            return;
        // Main busy-waited, and ended only after the measuring task had stopped.
        bool spun = false;
        for (const Event &e : t.events)
            spun = spun || e.kind == EventKind::Spin;
        QVERIFY(spun);
        const auto measures = eventsOf(t, EventKind::Measure);
        QVERIFY(!measures.empty());
        std::int64_t lastMeasureEnd = 0;
        for (const Event &m : measures)
            lastMeasureEnd = std::max(lastMeasureEnd, m.end());
        QVERIFY(programEnd(t) >= lastMeasureEnd);
        runsWithStale += staleVolumes(t) > 0;
    }
    QVERIFY2(runsWithStale >= 4, qPrintable(QString::number(runsWithStale)));
}

void tst_Scenarios::s11_atomicRepeatsVolumes()
{
    checkStaleButRegular(11);
}

void tst_Scenarios::s12_mutexRepeatsVolumes()
{
    checkStaleButRegular(12);
}

void tst_Scenarios::checkInOrderOnGrid(int number)
{
    for (const TraceData &t : runs(number, {1, 2, 3})) {
        const auto beats = performedBeats(t);
        QVERIFY(lostBeats(t).empty());
        QCOMPARE(int(beats.size()), kBeats);
        QCOMPARE(outOfOrder(beats), 0);
        for (int k = 0; k < kBeats; ++k)
            QCOMPARE(beats[k].a, std::int64_t(k));
        // The first beat as soon as the first volume is there, not a tick later (a wait
        // of one interval); half an interval leaves room for a wake-up on a loaded machine...
        const auto measures = eventsOf(t, EventKind::Measure);
        QVERIFY(!measures.empty());
        const double wait = inIntervals(beats.front().t - measures.front().end());
        QVERIFY2(wait > -0.01 && wait < 0.5, qPrintable(QString::number(wait)));
        // ... then on the grid of the ticker started with it (from the trace): beat k on
        // its tick k, beat 0 as the ticker starts.
        checkOnTicks(t, beats, 0);
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_Scenarios::s13_channelsInOrderOnGrid()
{
    checkInOrderOnGrid(13);
}

void tst_Scenarios::s14_servicesInOrderOnGrid()
{
    checkInOrderOnGrid(14);
    // Four services, three of them tasks of their own.
    const TraceData t = runs(14, {7}, 3).front();
    QStringList names;
    for (const TaskInfo &task : t.tasks)
        names << task.name;
    for (const char *service : {"main", "counting service", "volume measuring service", "timing service"})
        QVERIFY2(names.contains(QLatin1String(service)), qPrintable(names.join(QLatin1String(", "))));
}

QTEST_GUILESS_MAIN(tst_Scenarios)
#include "tst_scenarios.moc"
