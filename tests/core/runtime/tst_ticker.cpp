#include "runtime/Runtime.h"
#include "runtime/Ticker.h"
#include "trace/Tracer.h"
#include "TestTiming.h"

#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <vector>

using namespace cacophony;
using namespace std::chrono_literals;

// Timing tolerances suit a noisy, shared 2-core machine.
class tst_Ticker : public QObject
{
    Q_OBJECT
private slots:
    void firstTickAfterOneInterval();
    void ticksStayOnTheGrid();
    void slowReceiverMissesTicksInsteadOfQueueing();
    void stopEndsTicks();
    void runtimeStopEndsTicker();
};

void tst_Ticker::firstTickAfterOneInterval()
{
    Runtime rt;
    const std::int64_t before = rt.now();
    Ticker ticker(rt, 50ms);
    const auto tick = ticker.c().receive();
    QVERIFY(tick.ok);
    const double ms = (tick.value - before) / 1e6;
    QVERIFY2(ms >= 49.0 && ms < 50.0 + 30.0 * test::kTimingScale, qPrintable(QString::number(ms)));
}

void tst_Ticker::ticksStayOnTheGrid()
{
    Runtime rt;
    Ticker ticker(rt, 20ms);
    const std::int64_t start = rt.now();
    std::vector<std::int64_t> ticks;
    for (int i = 0; i < 10; ++i)
        ticks.push_back(ticker.c().receive().value);
    // Tick k is due at start + k * interval: errors do not accumulate, so the last tick
    // is as close to its slot as a typical one (a loaded machine may delay any single one).
    std::vector<double> errors;
    for (int k = 0; k < 10; ++k)
        errors.push_back((ticks[k] - start) / 1e6 - 20.0 * (k + 1));
    const double last = errors.back();
    std::sort(errors.begin(), errors.end());
    const double median = errors[errors.size() / 2];
    QVERIFY2(std::abs(median) < 3.0 * test::kTimingScale, qPrintable(QStringLiteral("median error %1 ms").arg(median)));
    QVERIFY2(std::abs(last) < 15.0 * test::kTimingScale, qPrintable(QStringLiteral("last tick off by %1 ms").arg(last)));
}

void tst_Ticker::slowReceiverMissesTicksInsteadOfQueueing()
{
    Tracer tracer;
    Runtime rt(&tracer);
    Ticker ticker(rt, 10ms);
    // Receive one tick, then be busy for ~10 intervals: one tick waits in the channel,
    // the rest are dropped. Afterwards ticks come at the ticker's pace, not in a burst:
    // four receives take about three intervals (a queue would hand them over at once).
    ticker.c().receive();
    rt.sleep(105ms);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 4; ++i)
        ticker.c().receive();
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 15, qPrintable(QString::number(elapsed)));
    ticker.stop();

    int dropped = 0;
    for (const Event &e : tracer.snapshot().events)
        if (e.kind == EventKind::Tick && e.has(Dropped))
            ++dropped;
    QVERIFY2(dropped >= 6, qPrintable(QString::number(dropped)));
}

void tst_Ticker::stopEndsTicks()
{
    Runtime rt;
    Ticker ticker(rt, 5ms);
    ticker.c().receive();
    ticker.stop();
    std::int64_t value = 0;
    ticker.c().tryReceive(value); // at most one tick left in the buffer
    QTest::qWait(30);
    QCOMPARE(ticker.c().tryReceive(value), TryStatus::WouldBlock);
}

void tst_Ticker::runtimeStopEndsTicker()
{
    Runtime rt;
    Ticker ticker(rt, 1s);
    QElapsedTimer timer;
    timer.start();
    rt.stop();
    ticker.stop(); // joins the tick thread, which was asleep for a whole second
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed()))); // not the full second
}

QTEST_GUILESS_MAIN(tst_Ticker)
#include "tst_ticker.moc"
