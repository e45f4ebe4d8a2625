#include "gorun/sched/Goroutine.h"
#include "gorun/sched/RunQueue.h"

#include <QTest>

using namespace cacophony::gorun;

class tst_RunQueue : public QObject
{
    Q_OBJECT

private slots:
    void runsNextComesFirstAndDisplacesToTheTail();
    void aFullRingMovesHalfToTheGlobalQueue();
    void stealHalf_data();
    void stealHalf();
    void runsNextIsStolenOnlyAfterItsGrace();
};

void tst_RunQueue::runsNextComesFirstAndDisplacesToTheTail()
{
    Goroutine a, b, c;
    RunQueue q;
    std::vector<Goroutine *> overflow;
    q.pushBack(&a, overflow);
    q.putNext(&b, overflow);
    q.putNext(&c, overflow); // b goes behind a
    bool fromNext = false;
    QCOMPARE(q.pop(&fromNext), &c);
    QVERIFY(fromNext);
    QCOMPARE(q.pop(&fromNext), &a);
    QVERIFY(!fromNext);
    QCOMPARE(q.pop(), &b);
    QCOMPARE(q.pop(), nullptr);
    QVERIFY(q.empty());
    QVERIFY(overflow.empty());
}

void tst_RunQueue::aFullRingMovesHalfToTheGlobalQueue()
{
    std::vector<Goroutine> gs(RunQueue::kCapacity + 1);
    RunQueue q;
    std::vector<Goroutine *> overflow;
    for (std::size_t i = 0; i < RunQueue::kCapacity; ++i)
        q.pushBack(&gs[i], overflow);
    QVERIFY(overflow.empty());
    q.pushBack(&gs[RunQueue::kCapacity], overflow);
    QCOMPARE(overflow.size(), RunQueue::kCapacity / 2 + 1);
    QCOMPARE(overflow.front(), &gs[0]); // the oldest half, then the newcomer
    QCOMPARE(overflow.back(), &gs[RunQueue::kCapacity]);
    QCOMPARE(q.size(), RunQueue::kCapacity / 2);
    QCOMPARE(q.pop(), &gs[RunQueue::kCapacity / 2]); // order kept
}

void tst_RunQueue::stealHalf_data()
{
    QTest::addColumn<int>("queued");
    QTest::addColumn<int>("stolen");
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("2") << 2 << 1;
    QTest::newRow("5") << 5 << 3;
    QTest::newRow("256") << 256 << 128;
}

void tst_RunQueue::stealHalf()
{
    QFETCH(int, queued);
    QFETCH(int, stolen);
    std::vector<Goroutine> gs(static_cast<std::size_t>(queued));
    RunQueue q;
    std::vector<Goroutine *> overflow, out;
    for (Goroutine &g : gs)
        q.pushBack(&g, overflow);
    QCOMPARE(q.stealHalf(out), std::size_t(stolen));
    QCOMPARE(out.size(), std::size_t(stolen));
    QCOMPARE(out.front(), &gs[0]);
    QCOMPARE(q.size(), std::size_t(queued - stolen));
}

void tst_RunQueue::runsNextIsStolenOnlyAfterItsGrace()
{
    Goroutine g;
    RunQueue q;
    std::vector<Goroutine *> overflow, out;
    constexpr std::int64_t kAt = 1'000'000;
    q.putNext(&g, overflow, kAt);
    QCOMPARE(q.stealHalf(out, kAt + RunQueue::kRunNextGraceNs - 1), std::size_t(0)); // its owner is about to run it
    QCOMPARE(q.stealHalf(out, kAt + RunQueue::kRunNextGraceNs), std::size_t(1));
    QCOMPARE(out.front(), &g);
    QVERIFY(q.empty());
}

QTEST_GUILESS_MAIN(tst_RunQueue)
#include "tst_runqueue.moc"
