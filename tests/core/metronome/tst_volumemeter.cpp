#include "metronome/VolumeMeter.h"
#include "runtime/Cancelled.h"
#include "runtime/Runtime.h"
#include "trace/Tracer.h"

#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <set>
#include <thread>
#include <vector>

using namespace cacophony;
using namespace std::chrono_literals;

class tst_VolumeMeter : public QObject
{
    Q_OBJECT

private slots:
    void shortFactorIsHalf();
    void oscillatingSteps_data();
    void oscillatingSteps();
    void oscillatingIsATriangleWave();
    void randomFactorSpansRange();
    void sameSeedSameDraws_data();
    void sameSeedSameDraws();
    void differentSeedsDiffer();
    void volumesAreUniform();
    void measureSleepsAndRecords();
    void concurrentMeasurementsKeepCallOrder();
    void stopCancelsAMeasurement();
};

void tst_VolumeMeter::shortFactorIsHalf()
{
    for (std::int64_t t : {0LL, 123'456LL, 9'999'999'999LL})
        QCOMPARE(VolumeMeter::delayFactor(DelayProfile::Short, t, 10'000'000, 0.9), 0.5);
}

void tst_VolumeMeter::oscillatingSteps_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<double>("factor");
    const double unit = (2.5 - 0.2) / 9;
    for (int step = 0; step < 20; ++step) {
        const int level = step < 10 ? step : 19 - step;
        QTest::addRow("step %d", step) << step << 0.2 + level * unit;
    }
}

void tst_VolumeMeter::oscillatingSteps()
{
    QFETCH(int, step);
    QFETCH(double, factor);
    const std::int64_t baseline = 10'000'000;
    // Anywhere inside the step, and in any later period.
    for (std::int64_t offset : {std::int64_t(0), baseline / 2, baseline - 1}) {
        for (int period = 0; period < 3; ++period) {
            const std::int64_t t = period * 20 * baseline + step * baseline + offset;
            QVERIFY(qFuzzyCompare(VolumeMeter::delayFactor(DelayProfile::Oscillating, t, baseline, 0.0), factor));
        }
    }
}

void tst_VolumeMeter::oscillatingIsATriangleWave()
{
    const std::int64_t baseline = 7'000'000;
    std::set<double> levels;
    for (int step = 0; step < 20; ++step)
        levels.insert(VolumeMeter::delayFactor(DelayProfile::Oscillating, step * baseline, baseline, 0));
    QCOMPARE(levels.size(), std::size_t(10));
    QVERIFY(qFuzzyCompare(*levels.begin(), 0.2));
    QVERIFY(qFuzzyCompare(*levels.rbegin(), 2.5));
    // Symmetric: up for ten baselines, back down for ten.
    for (int step = 0; step < 10; ++step) {
        QCOMPARE(VolumeMeter::delayFactor(DelayProfile::Oscillating, step * baseline, baseline, 0),
                 VolumeMeter::delayFactor(DelayProfile::Oscillating, (19 - step) * baseline, baseline, 0));
    }
}

void tst_VolumeMeter::randomFactorSpansRange()
{
    QCOMPARE(VolumeMeter::delayFactor(DelayProfile::Random, 0, 1000, 0.0), 0.2);
    QVERIFY(qFuzzyCompare(VolumeMeter::delayFactor(DelayProfile::Random, 0, 1000, 1.0), 2.5));
    QVERIFY(qFuzzyCompare(VolumeMeter::delayFactor(DelayProfile::Random, 0, 1000, 0.5), 1.35));

    Runtime rt;
    VolumeMeter meter(rt, DelayProfile::Random, 10ms, 7);
    double lo = 10, hi = 0;
    for (int i = 0; i < 2000; ++i) {
        const double f = double(meter.draw(0).delayNs) / 10'000'000.0;
        QVERIFY2(f >= 0.2 - 1e-9 && f <= 2.5 + 1e-9, qPrintable(QString::number(f)));
        lo = std::min(lo, f);
        hi = std::max(hi, f);
    }
    QVERIFY(lo < 0.25);
    QVERIFY(hi > 2.45);
}

void tst_VolumeMeter::sameSeedSameDraws_data()
{
    QTest::addColumn<int>("profile");
    QTest::addRow("short") << int(DelayProfile::Short);
    QTest::addRow("random") << int(DelayProfile::Random);
}

void tst_VolumeMeter::sameSeedSameDraws()
{
    QFETCH(int, profile);
    Runtime rt;
    VolumeMeter a(rt, DelayProfile(profile), 10ms, 42);
    VolumeMeter b(rt, DelayProfile(profile), 10ms, 42);
    VolumeMeter randomOne(rt, DelayProfile::Random, 10ms, 42);
    for (int i = 0; i < 100; ++i) {
        const auto da = a.draw(i * 1000);
        const auto db = b.draw(i * 7777);
        QCOMPARE(da.number, i);
        QCOMPARE(db.number, i);
        QCOMPARE(da.volume, db.volume);
        QCOMPARE(da.delayNs, db.delayNs);
        // The volume sequence does not depend on the profile.
        QCOMPARE(randomOne.draw(0).volume, da.volume);
    }
    QCOMPARE(a.started(), 100);
}

void tst_VolumeMeter::differentSeedsDiffer()
{
    Runtime rt;
    VolumeMeter a(rt, DelayProfile::Random, 10ms, 1);
    VolumeMeter b(rt, DelayProfile::Random, 10ms, 2);
    int sameVolume = 0, sameDelay = 0;
    for (int i = 0; i < 50; ++i) {
        const auto da = a.draw(0);
        const auto db = b.draw(0);
        sameVolume += da.volume == db.volume;
        sameDelay += da.delayNs == db.delayNs;
    }
    QVERIFY(sameVolume < 10);
    QVERIFY(sameDelay < 5);
}

void tst_VolumeMeter::volumesAreUniform()
{
    Runtime rt;
    VolumeMeter meter(rt, DelayProfile::Short, 10ms, 3);
    std::vector<int> histogram(101, 0);
    const int n = 20200;
    for (int i = 0; i < n; ++i) {
        const int v = meter.draw(0).volume;
        QVERIFY(v >= 0 && v <= 100);
        ++histogram[v];
    }
    QVERIFY(histogram[0] > 0 && histogram[100] > 0);
    // Each value expects 200 hits; a 10-value band 2000. Generous bounds (~5 sigma).
    for (int band = 0; band < 10; ++band) {
        int hits = 0;
        for (int v = band * 10; v < band * 10 + 10; ++v)
            hits += histogram[v];
        QVERIFY2(hits > 1780 && hits < 2220, qPrintable(QString::number(hits)));
    }
}

void tst_VolumeMeter::measureSleepsAndRecords()
{
    Tracer tracer;
    Runtime rt(&tracer);
    VolumeMeter meter(rt, DelayProfile::Short, 40ms, 5);
    VolumeMeter reference(rt, DelayProfile::Short, 40ms, 5);

    QElapsedTimer timer;
    timer.start();
    const int v0 = meter.measure();
    const qint64 elapsedMs = timer.elapsed();
    const int v1 = meter();
    QCOMPARE(v0, reference.draw(0).volume);
    QCOMPARE(v1, reference.draw(0).volume);
    QVERIFY2(elapsedMs >= 19 && elapsedMs < 200, qPrintable(QString::number(elapsedMs)));

    std::vector<Event> measures;
    for (const Event &e : tracer.snapshot().events) {
        if (e.kind == EventKind::Measure)
            measures.push_back(e);
    }
    QCOMPARE(measures.size(), std::size_t(2));
    QCOMPARE(measures[0].a, 0);
    QCOMPARE(measures[0].b, v0);
    QCOMPARE(measures[1].a, 1);
    QCOMPARE(measures[1].b, v1);
    QVERIFY(measures[0].dur >= 19'000'000 && measures[0].dur < 200'000'000);
    QVERIFY(measures[1].t >= measures[0].end());
}

void tst_VolumeMeter::concurrentMeasurementsKeepCallOrder()
{
    Tracer tracer;
    Runtime rt(&tracer);
    VolumeMeter meter(rt, DelayProfile::Random, 2ms, 11);
    VolumeMeter reference(rt, DelayProfile::Random, 2ms, 11);
    const int tasks = 4, each = 10;
    for (int t = 0; t < tasks; ++t) {
        rt.go(QStringLiteral("measurer %1").arg(t), [&meter] {
            for (int i = 0; i < each; ++i)
                meter.measure();
        });
    }
    QVERIFY(rt.wait(10000));
    QCOMPARE(rt.firstError(), std::string());

    std::vector<Event> measures;
    for (const Event &e : tracer.snapshot().events) {
        if (e.kind == EventKind::Measure)
            measures.push_back(e);
    }
    QCOMPARE(int(measures.size()), tasks * each);
    std::sort(measures.begin(), measures.end(), [](const Event &x, const Event &y) { return x.a < y.a; });
    std::set<std::uint32_t> measuringTasks;
    for (int i = 0; i < tasks * each; ++i) {
        // The n-th call gets the n-th volume of the seed, whichever task made it.
        QCOMPARE(measures[i].a, i);
        QCOMPARE(measures[i].b, reference.draw(0).volume);
        measuringTasks.insert(measures[i].task);
    }
    QCOMPARE(int(measuringTasks.size()), tasks);
}

void tst_VolumeMeter::stopCancelsAMeasurement()
{
    Tracer tracer;
    Runtime rt(&tracer);
    VolumeMeter meter(rt, DelayProfile::Short, 10s, 1); // a 5 s measurement
    std::atomic<bool> cancelled{false};
    rt.go(QStringLiteral("measurer"), [&] {
        try {
            meter.measure();
        } catch (const TaskCancelled &) {
            cancelled = true;
            throw;
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(meter.started() == 1, 4000);
    QElapsedTimer timer;
    timer.start();
    rt.stop();
    QVERIFY(rt.wait(4000));
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(cancelled);
    for (const Event &e : tracer.snapshot().events)
        QVERIFY(e.kind != EventKind::Measure);
}

QTEST_GUILESS_MAIN(tst_VolumeMeter)
#include "tst_volumemeter.moc"
