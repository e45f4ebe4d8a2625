#include "runtime/Runtime.h"
#include "runtime/Ticker.h"
#include "trace/Tracer.h"

#include <QElapsedTimer>
#include <QTest>
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
    QVERIFY2(ms >= 49.0 && ms < 80.0, qPrintable(QString::number(ms)));
}

void tst_Ticker::ticksStayOnTheGrid()
{
    Runtime rt;
    Ticker ticker(rt, 20ms);
    const std::int64_t start = rt.now();
    std::vector<std::int64_t> ticks;
    for (int i = 0; i < 10; ++i)
        ticks.push_back(ticker.c().receive().value);
    // Tick k is due at start + k * interval; errors do not accumulate.
    for (int k = 0; k < 10; ++k) {
        const double errorMs = (ticks[k] - start) / 1e6 - 20.0 * (k + 1);
        QVERIFY2(std::abs(errorMs) < 8.0, qPrintable(QStringLiteral("tick %1 off by %2 ms").arg(k).arg(errorMs)));
    }
}

void tst_Ticker::slowReceiverMissesTicksInsteadOfQueueing()
{
    Tracer tracer;
    Runtime rt(&tracer);
    Ticker ticker(rt, 10ms);
    // Receive one tick, then be busy for ~10 intervals: one tick waits in the channel,
    // the rest are dropped; afterwards ticks do not arrive in a burst.
    ticker.c().receive();
    rt.sleep(105ms);
    QElapsedTimer timer;
    timer.start();
    ticker.c().receive(); // the one buffered tick: immediate
    const qint64 buffered = timer.elapsed();
    ticker.c().receive(); // the next one: on the grid, not immediate
    const qint64 next = timer.elapsed();
    QVERIFY2(buffered < 3, qPrintable(QString::number(buffered)));
    QVERIFY2(next >= 2, qPrintable(QString::number(next)));
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
    QVERIFY(timer.elapsed() < 50);
}

QTEST_GUILESS_MAIN(tst_Ticker)
#include "tst_ticker.moc"
