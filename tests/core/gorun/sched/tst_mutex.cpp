#include "FakeExecutor.h"

#include "gorun/sched/Mutex.h"
#include "gorun/sched/WaitGroup.h"

#include <QTest>

using namespace cacophony;
using namespace cacophony::gorun;
using namespace cacophony::gorun::test;

class tst_Mutex : public QObject
{
    Q_OBJECT

private slots:
    void mutualExclusion_data();
    void mutualExclusion();
    void unlockOfUnlockedIsFatal();
    void tryLock();
    void traceHasBlockedLockSpans();
};

void tst_Mutex::mutualExclusion_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("goroutines");
    QTest::addColumn<bool>("deterministic");
    QTest::newRow("1 worker, 2") << 1 << 2 << false;
    QTest::newRow("2 workers, 2") << 2 << 2 << false;
    QTest::newRow("2 workers, 8") << 2 << 8 << false;
    QTest::newRow("deterministic, 8") << 1 << 8 << true;
}

void tst_Mutex::mutualExclusion()
{
    // Each goroutine reads the counter, yields inside the critical section, writes it + 1:
    // without mutual exclusion increments are lost.
    QFETCH(int, workers);
    QFETCH(int, goroutines);
    QFETCH(bool, deterministic);
    constexpr int kRounds = 200;
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = workers, .deterministic = deterministic, .seed = 2});
    e.scheduler = &s;
    Mutex mu(s);
    WaitGroup wg(s);
    std::int64_t counter = 0; // guarded by mu
    int inside = 0;           // guarded by mu
    int maxInside = 0;
    std::vector<Op> mainOps{{[&](Goroutine &g, FakeTask &) { return wg.add(g, goroutines); }, {}}};
    for (int i = 0; i < goroutines; ++i)
        mainOps.push_back(doOp([&](Goroutine &g, FakeTask &) {
            e.go(&g, "incrementer",
                 {{[&](Goroutine &c, FakeTask &) { return mu.lock(c); }, {}},
                  doOp([&](Goroutine &, FakeTask &t) {
                      maxInside = std::max(maxInside, ++inside);
                      t.counters[1] = counter;
                  }),
                  {[&](Goroutine &c, FakeTask &) { return s.gosched(c); }, {}},
                  doOp([&](Goroutine &, FakeTask &t) {
                      counter = t.counters[1] + 1;
                      --inside;
                  }),
                  {[&](Goroutine &c, FakeTask &) { return mu.unlock(c); }, {}},
                  loopOp(0, kRounds),
                  {[&](Goroutine &c, FakeTask &) { return wg.done(c); }, {}}});
        }));
    mainOps.push_back({[&](Goroutine &g, FakeTask &) { return wg.wait(g); }, {}});
    QCOMPARE(runMain(s, e, mainOps), 0);
    QCOMPARE(s.runEnd(), RunEnd::Finished);
    QCOMPARE(counter, std::int64_t(goroutines) * kRounds);
    QCOMPARE(maxInside, 1);
}

void tst_Mutex::unlockOfUnlockedIsFatal()
{
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 2});
    e.scheduler = &s;
    Mutex mu(s);
    QCOMPARE(runMain(s, e,
                     {{[&](Goroutine &g, FakeTask &) { return mu.lock(g); }, {}},
                      {[&](Goroutine &g, FakeTask &) { return mu.unlock(g); }, {}},
                      {[&](Goroutine &g, FakeTask &t) {
                           t.message = Mutex::kUnlockOfUnlocked;
                           return mu.unlock(g);
                       },
                       {}},
                      doOp([&](Goroutine &, FakeTask &) { e.log("went on"); })}),
             2);
    QCOMPARE(s.runEnd(), RunEnd::Panicked);
    QCOMPARE(e.logged(), (std::vector<std::string>{"fatal error: sync: unlock of unlocked mutex"}));
}

void tst_Mutex::tryLock()
{
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 1});
    e.scheduler = &s;
    Mutex mu(s);
    Goroutine g;
    QVERIFY(mu.tryLock(g));
    QVERIFY(!mu.tryLock(g));
    QCOMPARE(mu.unlock(g), OpResult::Done);
    QVERIFY(mu.tryLock(g));
}

void tst_Mutex::traceHasBlockedLockSpans()
{
    Tracer tracer;
    FakeExecutor e;
    Scheduler s(e, {.deterministic = true, .tracer = &tracer});
    e.scheduler = &s;
    Mutex mu(s, QStringLiteral("mu"));
    const std::vector<Op> mainOps{
        {[&](Goroutine &g, FakeTask &) { return mu.lock(g); }, {}},
        doOp([&](Goroutine &g, FakeTask &) {
            e.go(&g, "waiter", {{[&](Goroutine &c, FakeTask &) { return mu.lock(c); }, {}}});
        }),
        {[&](Goroutine &g, FakeTask &) { return s.sleep(g, 500); }, {}},
        {[&](Goroutine &g, FakeTask &) { return mu.unlock(g); }, {}},
        {[&](Goroutine &g, FakeTask &) { return s.sleep(g, 500); }, {}},
    };
    QCOMPARE(runMain(s, e, mainOps), 0);
    int locks = 0, blocked = 0, unlocks = 0;
    for (const Event &ev : tracer.snapshot().events) {
        if (ev.kind == EventKind::Lock) {
            ++locks;
            QCOMPARE(ev.object, mu.id());
            if (ev.has(EventFlag::Blocked)) {
                ++blocked;
                QCOMPARE(ev.dur, 500);
            }
        }
        unlocks += ev.kind == EventKind::Unlock;
    }
    QCOMPARE(locks, 2);
    QCOMPARE(blocked, 1);
    QCOMPARE(unlocks, 1);
}

QTEST_GUILESS_MAIN(tst_Mutex)
#include "tst_mutex.moc"
