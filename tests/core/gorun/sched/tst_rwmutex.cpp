#include "FakeExecutor.h"

#include "gorun/sched/RWMutex.h"
#include "gorun/sched/WaitGroup.h"

#include <QTest>

using namespace cacophony;
using namespace cacophony::gorun;
using namespace cacophony::gorun::test;

class tst_RWMutex : public QObject
{
    Q_OBJECT

private slots:
    void readersShareWritersExclude_data();
    void readersShareWritersExclude();
    void waitingWriterHoldsOffNewReaders();
    void unlockOfUnlockedIsFatal_data();
    void unlockOfUnlockedIsFatal();
};

void tst_RWMutex::readersShareWritersExclude_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<bool>("deterministic");
    QTest::newRow("deterministic") << 1 << true;
    QTest::newRow("1 worker") << 1 << false;
    QTest::newRow("2 workers") << 2 << false;
}

void tst_RWMutex::readersShareWritersExclude()
{
    QFETCH(int, workers);
    QFETCH(bool, deterministic);
    constexpr int kReaders = 4, kWriters = 2, kRounds = 100;
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = workers, .deterministic = deterministic, .seed = 9});
    e.scheduler = &s;
    RWMutex mu(s);
    WaitGroup wg(s);
    std::atomic<int> readersIn{0}, writersIn{0}, maxReaders{0}, violations{0};
    const auto yield = Op{[&](Goroutine &c, FakeTask &) { return s.gosched(c); }, {}};
    std::vector<Op> mainOps{{[&](Goroutine &g, FakeTask &) { return wg.add(g, kReaders + kWriters); }, {}}};
    for (int i = 0; i < kReaders; ++i)
        mainOps.push_back(doOp([&](Goroutine &g, FakeTask &) {
            e.go(&g, "reader",
                 {{[&](Goroutine &c, FakeTask &) { return mu.rlock(c); }, {}},
                  doOp([&](Goroutine &, FakeTask &) {
                      const int in = ++readersIn;
                      int seen = maxReaders.load();
                      while (in > seen && !maxReaders.compare_exchange_weak(seen, in))
                          ;
                      violations += writersIn.load() != 0;
                  }),
                  yield, doOp([&](Goroutine &, FakeTask &) { --readersIn; }),
                  {[&](Goroutine &c, FakeTask &) { return mu.runlock(c); }, {}}, loopOp(0, kRounds),
                  {[&](Goroutine &c, FakeTask &) { return wg.done(c); }, {}}});
        }));
    for (int i = 0; i < kWriters; ++i)
        mainOps.push_back(doOp([&](Goroutine &g, FakeTask &) {
            e.go(&g, "writer",
                 {{[&](Goroutine &c, FakeTask &) { return mu.lock(c); }, {}},
                  doOp([&](Goroutine &, FakeTask &) { violations += ++writersIn != 1 || readersIn.load() != 0; }),
                  yield, doOp([&](Goroutine &, FakeTask &) { --writersIn; }),
                  {[&](Goroutine &c, FakeTask &) { return mu.unlock(c); }, {}}, loopOp(0, kRounds),
                  {[&](Goroutine &c, FakeTask &) { return wg.done(c); }, {}}});
        }));
    mainOps.push_back({[&](Goroutine &g, FakeTask &) { return wg.wait(g); }, {}});
    QCOMPARE(runMain(s, e, mainOps), 0);
    QCOMPARE(s.runEnd(), RunEnd::Finished);
    QCOMPARE(violations.load(), 0);
    QVERIFY2(maxReaders.load() > 1, "readers never shared the lock");
}

void tst_RWMutex::waitingWriterHoldsOffNewReaders()
{
    FakeExecutor e;
    Scheduler s(e, {.deterministic = true});
    e.scheduler = &s;
    RWMutex mu(s);
    const std::vector<Op> mainOps{
        {[&](Goroutine &g, FakeTask &) { return mu.rlock(g); }, {}},
        doOp([&](Goroutine &g, FakeTask &) {
            e.go(&g, "writer", {{[&](Goroutine &c, FakeTask &) { return mu.lock(c); }, {}},
                                doOp([&](Goroutine &, FakeTask &) { e.log("writer in"); }),
                                {[&](Goroutine &c, FakeTask &) { return mu.unlock(c); }, {}}});
        }),
        {[&](Goroutine &g, FakeTask &) { return s.sleep(g, 100); }, {}}, // the writer waits now
        doOp([&](Goroutine &g, FakeTask &) { e.log(mu.tryRLock(g) ? "reader in" : "reader held off"); }),
        {[&](Goroutine &g, FakeTask &) { return mu.runlock(g); }, {}},
        {[&](Goroutine &g, FakeTask &) { return s.sleep(g, 100); }, {}},
        doOp([&](Goroutine &g, FakeTask &) { e.log(mu.tryRLock(g) ? "reader in" : "reader held off"); }),
    };
    QCOMPARE(runMain(s, e, mainOps), 0);
    QCOMPARE(e.logged(), (std::vector<std::string>{"reader held off", "writer in", "reader in"}));
}

void tst_RWMutex::unlockOfUnlockedIsFatal_data()
{
    QTest::addColumn<bool>("read");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Unlock") << false << QStringLiteral("fatal error: sync: Unlock of unlocked RWMutex");
    QTest::newRow("RUnlock") << true << QStringLiteral("fatal error: sync: RUnlock of unlocked RWMutex");
}

void tst_RWMutex::unlockOfUnlockedIsFatal()
{
    QFETCH(bool, read);
    QFETCH(QString, expected);
    FakeExecutor e;
    Scheduler s(e, {.gomaxprocs = 1});
    e.scheduler = &s;
    RWMutex mu(s);
    QCOMPARE(runMain(s, e,
                     {{[&](Goroutine &g, FakeTask &t) {
                          t.message = read ? RWMutex::kRUnlockOfUnlocked : RWMutex::kUnlockOfUnlocked;
                          return read ? mu.runlock(g) : mu.unlock(g);
                      },
                       {}}}),
             2);
    QCOMPARE(e.logged(), std::vector<std::string>{expected.toStdString()});
}

QTEST_GUILESS_MAIN(tst_RWMutex)
#include "tst_rwmutex.moc"
