#include "runtime/Runtime.h"
#include "runtime/Ticker.h"
#include "trace/Tracer.h"
#include "TestTiming.h"

#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <vector>

using namespace cacophony;
using namespace std::chrono_literals;

// The ticker promises a schedule, not a wake-up time: tick k is due at construction +
// k * interval, its value is that deadline, it is never sent before it, and lateness never
// carries over to the next tick. Those are checked exactly, from the values and the trace,
// so a busy machine cannot make them fail and a broken ticker cannot pass them. How late a
// tick fires depends on the machine; where a check needs the ticker to have run roughly on
// time, a run in which the trace shows the tick thread stalled is repeated (a bounded
// number of times, and the failure says so).
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

namespace {

constexpr int kStallRetries = 3;

std::vector<Event> tickEvents(const TraceData &trace)
{
    std::vector<Event> ticks;
    for (const Event &e : trace.events) {
        if (e.kind == EventKind::Tick)
            ticks.push_back(e);
    }
    return ticks;
}

// How late the tick thread fired its worst tick, against the ticker's own grid (anchor +
// a * interval); and how many ticks it skipped because it was itself more than an interval
// late. A tick thread that was not held up fires within a fraction of a millisecond.
struct Stall
{
    std::int64_t worstLateNs = 0;
    int skipped = 0;
};

Stall stallOf(const std::vector<Event> &ticks, std::int64_t anchor, std::int64_t interval)
{
    Stall s;
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        s.worstLateNs = std::max(s.worstLateNs, ticks[i].t - (anchor + ticks[i].a * interval));
        const std::int64_t previous = i == 0 ? 0 : ticks[i - 1].a;
        s.skipped += int(ticks[i].a - previous - 1);
    }
    return s;
}

QString ms(std::int64_t ns)
{
    return QString::number(double(ns) / 1e6, 'f', 3) + QStringLiteral(" ms");
}

} // namespace

void tst_Ticker::firstTickAfterOneInterval()
{
    Runtime rt;
    const std::int64_t before = rt.now();
    Ticker ticker(rt, 50ms);
    const std::int64_t after = rt.now();
    const auto tick = ticker.c().receive();
    const std::int64_t received = rt.now();
    QVERIFY(tick.ok);
    // Due one interval after the ticker was made (its value is that deadline) ...
    constexpr std::int64_t interval = 50'000'000;
    QVERIFY2(tick.value >= before + interval && tick.value <= after + interval,
             qPrintable(QStringLiteral("due at %1, made between %2 and %3").arg(ms(tick.value), ms(before), ms(after))));
    // ... and not a moment earlier.
    QVERIFY2(received >= tick.value, qPrintable(QStringLiteral("received at %1, due at %2").arg(ms(received), ms(tick.value))));
}

void tst_Ticker::ticksStayOnTheGrid()
{
    constexpr std::int64_t interval = 20'000'000;
    constexpr int kTicks = 10;
    Tracer tracer;
    Runtime rt(&tracer);
    const std::int64_t before = rt.now();
    Ticker ticker(rt, std::chrono::nanoseconds(interval));
    const std::int64_t after = rt.now();
    std::vector<std::int64_t> values, received;
    for (int i = 0; i < kTicks; ++i) {
        values.push_back(ticker.c().receive().value);
        received.push_back(rt.now());
    }
    ticker.stop();

    // The grid is anchored where the ticker was made: tick 1 is due one interval later.
    const std::int64_t anchor = values.front() - interval;
    QVERIFY2(anchor >= before && anchor <= after,
             qPrintable(QStringLiteral("anchor %1, made between %2 and %3").arg(ms(anchor), ms(before), ms(after))));
    // Every value on that grid, exactly, in order, and none received before it was due.
    // Lateness does not accumulate: tick k is due at anchor + k * interval however late
    // the ticks before it were.
    for (int i = 0; i < kTicks; ++i) {
        QVERIFY2((values[i] - anchor) % interval == 0, qPrintable(QStringLiteral("tick %1 due at %2: off the grid at %3 + k * %4").arg(i).arg(ms(values[i]), ms(anchor), ms(interval))));
        QVERIFY2(i == 0 || values[i] > values[i - 1], qPrintable(QStringLiteral("tick %1 due at %2, before or with the previous one").arg(i).arg(ms(values[i]))));
        QVERIFY2(received[i] >= values[i], qPrintable(QStringLiteral("tick %1 received at %2, due at %3").arg(i).arg(ms(received[i]), ms(values[i]))));
    }

    // The trace: every tick fired no earlier than it was due, with increasing numbers;
    // the received ones are the ticks that were sent, by number (drift from the trace: 0).
    const auto ticks = tickEvents(tracer.snapshot());
    std::vector<std::int64_t> sentDue;
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const std::int64_t due = anchor + ticks[i].a * interval;
        QVERIFY2(ticks[i].t >= due, qPrintable(QStringLiteral("tick #%1 fired at %2, due at %3").arg(ticks[i].a).arg(ms(ticks[i].t), ms(due))));
        QVERIFY2(i == 0 || ticks[i].a > ticks[i - 1].a, qPrintable(QStringLiteral("tick #%1 after #%2").arg(ticks[i].a).arg(i > 0 ? ticks[i - 1].a : -1)));
        if (!ticks[i].has(Dropped))
            sentDue.push_back(due);
    }
    QVERIFY2(sentDue.size() >= values.size(), qPrintable(QStringLiteral("%1 ticks sent, %2 received").arg(sentDue.size()).arg(values.size())));
    sentDue.resize(values.size());
    QCOMPARE(sentDue, values);

    // Lateness does not carry over (drift from the trace): after a late tick the next one
    // is sent as close to its own deadline as the machine allows, so some tick is less
    // late than the one before it. A ticker that sleeps an interval after each send (or
    // otherwise measures from the last tick) is later with every tick; a correct one is
    // later every time only if ten independent wake-ups happen to come in rising order.
    std::vector<std::int64_t> late;
    int lessLate = 0;
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        late.push_back(ticks[i].t - (anchor + ticks[i].a * interval));
        lessLate += i > 0 && late[i] < late[i - 1];
    }
    const std::int64_t drift = late.back() - late.front();
    QString lateness;
    for (std::int64_t l : late)
        lateness += QLatin1Char(' ') + ms(l);
    QVERIFY2(lessLate > 0, qPrintable(QStringLiteral("every tick later than the one before, drift %1:%2").arg(ms(drift), lateness)));
    qInfo("lateness of %d ticks:%s (drift %s)", int(late.size()), qPrintable(lateness), qPrintable(ms(drift)));
}

void tst_Ticker::slowReceiverMissesTicksInsteadOfQueueing()
{
    // Receive one tick, then be busy for ~10 intervals: one tick waits in the channel, the
    // rest are dropped. Afterwards ticks come at the ticker's pace, not in a burst.
    constexpr std::int64_t interval = 10'000'000;
    QString stalls;
    for (int attempt = 1;; ++attempt) {
        Tracer tracer;
        Runtime rt(&tracer);
        Ticker ticker(rt, std::chrono::nanoseconds(interval));
        std::vector<std::int64_t> values{ticker.c().receive().value};
        rt.sleep(105ms);
        const std::int64_t ready = rt.now(); // the receiver makes room again
        for (int i = 0; i < 4; ++i)
            values.push_back(ticker.c().receive().value);
        ticker.stop();

        // The ticks sent are exactly the ones received, in order (the oldest waits, none is
        // overwritten); every other tick the ticker fired was dropped.
        const auto ticks = tickEvents(tracer.snapshot());
        const std::int64_t anchor = values[0] - ticks.front().a * interval;
        std::vector<const Event *> sent;
        int dropped = 0;
        for (const Event &e : ticks) {
            if (!e.has(Dropped))
                sent.push_back(&e);
            else if (sent.size() == 2)
                ++dropped; // between the waiting tick and the next one received
        }
        const Stall stall = stallOf(ticks, anchor, interval);
        QString context = QStringLiteral("received ticks due at");
        for (std::int64_t v : values)
            context += QLatin1Char(' ') + ms(v);
        context += QStringLiteral("; receiver ready at %1; %2 dropped in between; tick thread late by up to %3, %4 ticks skipped%5")
                       .arg(ms(ready))
                       .arg(dropped)
                       .arg(ms(stall.worstLateNs))
                       .arg(stall.skipped)
                       .arg(stalls.isEmpty() ? QString() : QStringLiteral("; earlier attempts stalled:") + stalls);
        QVERIFY2(sent.size() >= values.size(), qPrintable(context));
        for (std::size_t i = 0; i < values.size(); ++i)
            QVERIFY2(anchor + sent[i]->a * interval == values[i], qPrintable(QStringLiteral("sent ticks are not the received ones: ") + context));
        // Not queued: the tick after the waiting one was handed over only once the receiver
        // had made room, and it is not the next on the grid: the ~9 due in between were
        // dropped (or skipped by a late tick thread), never delivered.
        QVERIFY2(sent[2]->t >= ready, qPrintable(QStringLiteral("handed over before the receiver made room: ") + context));
        if (values[2] - values[1] < 7 * interval) {
            // Only a tick thread that slept through the receiver's whole busy spell sends
            // the next tick on the grid at that point; the trace shows it as that very tick
            // sent over an interval late. Then this run tested the machine: run it again.
            const std::int64_t late = sent[2]->t - values[2];
            if (late >= interval && attempt < kStallRetries) {
                stalls += QStringLiteral(" attempt %1: the tick after the waiting one sent %2 late;").arg(attempt).arg(ms(late));
                qInfo("attempt %d: the tick thread stalled through the busy spell (tick sent %s late), running it again",
                      attempt, qPrintable(ms(late)));
                continue;
            }
            QFAIL(qPrintable(QStringLiteral("queued ticks: ") + context));
        }
        // From then on they come at the ticker's pace, on its grid.
        for (std::size_t i = 3; i < values.size(); ++i)
            QVERIFY2(values[i] > values[i - 1] && (values[i] - anchor) % interval == 0, qPrintable(context));
        break;
    }
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
