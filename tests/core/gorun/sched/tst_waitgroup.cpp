#include "FakeExecutor.h"

#include "gorun/sched/WaitGroup.h"

#include <QTest>

using namespace cacophony;
using namespace cacophony::gorun;
using namespace cacophony::gorun::test;

class tst_WaitGroup : public QObject
{
    Q_OBJECT

private slots:
    void waitReturnsWhenAllAreDone_data();
    void waitReturnsWhenAllAreDone();
    void negativeCounterPanics();
    void traceRecordsAddAndWait();
};

void tst_WaitGroup::waitReturnsWhenAllAreDone_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("goroutines");
    QTest::addColumn<int>("waiters");
    QTest::newRow("1 worker, 1 waiter") << 1 << 10 << 1;
    QTest::newRow("2 workers, 3 waiters") << 2 << 50 << 3;
    QTest::newRow("2 workers, none to wait for") << 2 << 0 << 2;
}

void tst_WaitGroup::waitReturnsWhenAllAreDone()
{
    QFETCH(int, workers);
    QFETCH(int, goroutines);
    QFETCH(int, waiters);
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = workers});
    e.scheduler = &s;
    WaitGroup wg(s), waitersDone(s);
    std::atomic<int> finished{0};
    std::atomic<int> sawAllFinished{0};
    std::vector<Op> mainOps{{[&](Goroutine &g, FakeTask &) { return wg.add(g, goroutines); }, {}},
                            {[&](Goroutine &g, FakeTask &) { return waitersDone.add(g, waiters); }, {}}};
    for (int i = 0; i < waiters; ++i)
        mainOps.push_back(doOp([&](Goroutine &g, FakeTask &) {
            e.go(&g, "waiter", {{[&](Goroutine &c, FakeTask &) { return wg.wait(c); }, {}},
                                doOp([&](Goroutine &, FakeTask &) {
                                    if (finished.load() == goroutines)
                                        ++sawAllFinished;
                                }),
                                {[&](Goroutine &c, FakeTask &) { return waitersDone.done(c); }, {}}});
        }));
    for (int i = 0; i < goroutines; ++i)
        mainOps.push_back(doOp([&](Goroutine &g, FakeTask &) {
            e.go(&g, "worker", {{[&](Goroutine &c, FakeTask &) { return s.gosched(c); }, {}},
                                doOp([&](Goroutine &, FakeTask &) { ++finished; }),
                                {[&](Goroutine &c, FakeTask &) { return wg.done(c); }, {}}});
        }));
    mainOps.push_back({[&](Goroutine &g, FakeTask &) { return waitersDone.wait(g); }, {}});
    QCOMPARE(runMain(s, e, mainOps), 0);
    QCOMPARE(s.runEnd(), RunEnd::Finished);
    QCOMPARE(sawAllFinished.load(), waiters);
    QCOMPARE(wg.counter(), 0);
}

void tst_WaitGroup::negativeCounterPanics()
{
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 1});
    e.scheduler = &s;
    WaitGroup wg(s);
    Goroutine g;
    QCOMPARE(wg.add(g, 1), OpResult::Done);
    QCOMPARE(wg.done(g), OpResult::Done);
    QCOMPARE(wg.done(g), OpResult::Panic);
    QCOMPARE(wg.counter(), 0); // undone: a recovered panic leaves a usable group
    QCOMPARE(QString(WaitGroup::kNegativeCounter), QStringLiteral("sync: negative WaitGroup counter"));
}

void tst_WaitGroup::traceRecordsAddAndWait()
{
    Tracer tracer;
    FakeExecutor e;
    Scheduler s(e, {.deterministic = true, .tracer = &tracer});
    e.scheduler = &s;
    WaitGroup wg(s);
    const std::vector<Op> mainOps{
        {[&](Goroutine &g, FakeTask &) { return wg.add(g, 2); }, {}},
        doOp([&](Goroutine &g, FakeTask &) {
            for (int i = 0; i < 2; ++i)
                e.go(&g, "w", {{[&](Goroutine &c, FakeTask &) { return s.sleep(c, 300); }, {}},
                               {[&](Goroutine &c, FakeTask &) { return wg.done(c); }, {}}});
        }),
        {[&](Goroutine &g, FakeTask &) { return wg.wait(g); }, {}},
    };
    QCOMPARE(runMain(s, e, mainOps), 0);
    std::vector<std::pair<std::int64_t, std::int64_t>> adds;
    int waits = 0;
    for (const Event &ev : tracer.snapshot().events) {
        if (ev.kind == EventKind::WgAdd)
            adds.emplace_back(ev.a, ev.b);
        if (ev.kind == EventKind::WgWait) {
            ++waits;
            QVERIFY(ev.has(EventFlag::Blocked));
            QCOMPARE(ev.dur, 300);
        }
    }
    QCOMPARE(adds, (std::vector<std::pair<std::int64_t, std::int64_t>>{{2, 2}, {-1, 1}, {-1, 0}}));
    QCOMPARE(waits, 1);
}

QTEST_GUILESS_MAIN(tst_WaitGroup)
#include "tst_waitgroup.moc"
