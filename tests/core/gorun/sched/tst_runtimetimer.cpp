#include "FakeExecutor.h"

#include "gorun/sched/RuntimeTimer.h"

#include <QTest>

using namespace cacophony;
using namespace cacophony::gorun;
using namespace cacophony::gorun::test;

class tst_RuntimeTimer : public QObject
{
    Q_OBJECT

private slots:
    void timerFiresOnceAtItsDeadline();
    void tickerDropsTicksWhenItsChannelIsFull();
    void stopAndReset();
    void realClockTickerStaysOnItsGrid();
    void sleepLastsAtLeastItsDuration_data();
    void sleepLastsAtLeastItsDuration();
};

void tst_RuntimeTimer::timerFiresOnceAtItsDeadline()
{
    FakeExecutor e;
    Scheduler s(e, {.deterministic = true});
    e.scheduler = &s;
    Chan c(s, 1, false);
    RuntimeTimer timer(s, c);
    std::vector<std::pair<Word, bool>> got;
    std::int64_t at = 0;
    QCOMPARE(runMain(s, e,
                     {doOp([&](Goroutine &, FakeTask &) { QVERIFY(!timer.reset(5000)); }), recvOp(c, got),
                      doOp([&](Goroutine &, FakeTask &) { at = s.clock().now(); }), sleepOp(s, 10'000)}),
             0);
    QCOMPARE(got, (std::vector<std::pair<Word, bool>>{{5000, true}}));
    QCOMPARE(at, 5000);
    QCOMPARE(c.len(), std::size_t(0)); // once
}

void tst_RuntimeTimer::tickerDropsTicksWhenItsChannelIsFull()
{
    Tracer tracer;
    FakeExecutor e;
    Scheduler s(e, {.deterministic = true, .tracer = &tracer});
    e.scheduler = &s;
    Chan c(s, 1, false, QStringLiteral("ticker"), ObjectKind::Ticker);
    RuntimeTimer ticker(s, c);
    std::vector<std::pair<Word, bool>> got;
    QCOMPARE(runMain(s, e,
                     {doOp([&](Goroutine &, FakeTask &) { ticker.reset(1000, 1000); }), sleepOp(s, 3500),
                      recvOp(c, got), recvOp(c, got),
                      doOp([&](Goroutine &, FakeTask &) { ticker.stop(); })}),
             0);
    // Ticks at 1000 (kept), 2000 and 3000 (dropped: full), 4000 (the second receive).
    QCOMPARE(got, (std::vector<std::pair<Word, bool>>{{1000, true}, {4000, true}}));
    QCOMPARE(ticker.ticks(), 4);
    std::vector<std::pair<std::int64_t, bool>> ticks;
    for (const Event &ev : tracer.snapshot().events)
        if (ev.kind == EventKind::Tick) {
            QCOMPARE(ev.object, c.id());
            ticks.emplace_back(ev.a, ev.has(EventFlag::Dropped));
        }
    QCOMPARE(ticks, (std::vector<std::pair<std::int64_t, bool>>{{1, false}, {2, true}, {3, true}, {4, false}}));
}

void tst_RuntimeTimer::stopAndReset()
{
    FakeExecutor e;
    Scheduler s(e, {.deterministic = true});
    e.scheduler = &s;
    Chan c(s, 1, false);
    RuntimeTimer timer(s, c);
    std::vector<std::pair<Word, bool>> got;
    std::vector<bool> results;
    QCOMPARE(runMain(s, e,
                     {doOp([&](Goroutine &, FakeTask &) {
                          results.push_back(timer.stop()); // never armed
                          results.push_back(timer.reset(1000));
                          results.push_back(timer.stop()); // armed: stopped it
                      }),
                      sleepOp(s, 2000),
                      doOp([&](Goroutine &, FakeTask &) {
                          results.push_back(c.len() == 0); // nothing fired
                          results.push_back(timer.reset(1000));
                          results.push_back(timer.reset(3000)); // moves it
                      }),
                      recvOp(c, got),
                      doOp([&](Goroutine &, FakeTask &) { results.push_back(timer.stop()); })}),
             0);
    QCOMPARE(results, (std::vector<bool>{false, false, true, true, false, true, false}));
    QCOMPARE(got, (std::vector<std::pair<Word, bool>>{{5000, true}}));
}

void tst_RuntimeTimer::realClockTickerStaysOnItsGrid()
{
    constexpr std::int64_t kPeriod = 2'000'000;
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 2});
    e.scheduler = &s;
    Chan c(s, 1, false);
    RuntimeTimer ticker(s, c);
    std::vector<std::pair<Word, bool>> got;
    std::int64_t start = 0;
    QCOMPARE(runMain(s, e,
                     {doOp([&](Goroutine &, FakeTask &) {
                          start = s.clock().now();
                          ticker.reset(kPeriod, kPeriod);
                      }),
                      recvOp(c, got), loopOp(1, 5), doOp([&](Goroutine &, FakeTask &) { ticker.stop(); })}),
             0);
    QCOMPARE(s.runEnd(), RunEnd::Finished);
    QCOMPARE(got.size(), std::size_t(5));
    for (std::size_t i = 1; i < got.size(); ++i) {
        const auto delta = static_cast<std::int64_t>(got[i].first - got[i - 1].first);
        QVERIFY(delta > 0 && delta % kPeriod == 0); // on the grid, late ticks skipped
    }
    QVERIFY(static_cast<std::int64_t>(got[0].first) >= start + kPeriod);
}

void tst_RuntimeTimer::sleepLastsAtLeastItsDuration_data()
{
    QTest::addColumn<bool>("deterministic");
    QTest::newRow("real clock") << false;
    QTest::newRow("virtual clock") << true;
}

void tst_RuntimeTimer::sleepLastsAtLeastItsDuration()
{
    QFETCH(bool, deterministic);
    constexpr std::int64_t kSleep = 3'000'000;
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 2, .deterministic = deterministic});
    e.scheduler = &s;
    std::int64_t before = 0, after = 0;
    QCOMPARE(runMain(s, e,
                     {doOp([&](Goroutine &, FakeTask &) { before = s.clock().now(); }), sleepOp(s, kSleep),
                      doOp([&](Goroutine &, FakeTask &) { after = s.clock().now(); }), sleepOp(s, 0)}),
             0);
    QVERIFY(after - before >= kSleep);
    if (deterministic)
        QCOMPARE(after - before, kSleep);
    else
        QVERIFY(after - before < kSleep + 2'000'000'000); // bounded, for a loaded machine
}

QTEST_GUILESS_MAIN(tst_RuntimeTimer)
#include "tst_runtimetimer.moc"
