#include "runtime/Cancelled.h"
#include "runtime/Runtime.h"
#include "runtime/RuntimeError.h"
#include "runtime/WaitGroup.h"

#include <QElapsedTimer>
#include <QTest>
#include <atomic>

using namespace cacophony;
using namespace std::chrono_literals;

class tst_WaitGroup : public QObject
{
    Q_OBJECT
private slots:
    void waitReturnsAtOnceWhenZero();
    void waitsForAllDone_data();
    void waitsForAllDone();
    void negativeCounterFails();
    void stopWakesWaiter();
};

void tst_WaitGroup::waitReturnsAtOnceWhenZero()
{
    Runtime rt;
    WaitGroup wg(rt);
    QElapsedTimer timer;
    timer.start();
    wg.wait();
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed()))); // no wait at all, really
}

void tst_WaitGroup::waitsForAllDone_data()
{
    QTest::addColumn<int>("tasks");
    QTest::newRow("1") << 1;
    QTest::newRow("10") << 10;
    QTest::newRow("200") << 200;
}

void tst_WaitGroup::waitsForAllDone()
{
    QFETCH(int, tasks);
    Runtime rt;
    WaitGroup wg(rt);
    std::atomic<int> finished{0};
    for (int i = 0; i < tasks; ++i) {
        wg.add(1);
        rt.go(QStringLiteral("worker"), [&, i] {
            rt.sleep(std::chrono::milliseconds(5 + i % 20));
            ++finished;
            wg.done();
        });
    }
    wg.wait();
    QCOMPARE(finished.load(), tasks); // nobody was still working when wait() returned
    QCOMPARE(wg.count(), 0);
}

void tst_WaitGroup::negativeCounterFails()
{
    Runtime rt;
    WaitGroup wg(rt);
    wg.add(1);
    wg.done();
    try {
        wg.done();
        QFAIL("a negative counter must throw");
    } catch (const RuntimeError &e) {
        QCOMPARE(QString::fromLatin1(e.what()), QStringLiteral("sync: negative WaitGroup counter"));
    }
    QCOMPARE(wg.count(), 0);
}

void tst_WaitGroup::stopWakesWaiter()
{
    Runtime rt;
    WaitGroup wg(rt);
    wg.add(1);
    std::atomic<bool> cancelled{false};
    rt.go(QStringLiteral("waiter"), [&] {
        try {
            wg.wait();
        } catch (const TaskCancelled &) {
            cancelled = true;
        }
    });
    QTest::qWait(20);
    QElapsedTimer timer;
    timer.start();
    rt.stop();
    QVERIFY(rt.wait(2000));
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed()))); // promptly; median checked in tst_runtime
    QVERIFY(cancelled.load());
}

QTEST_GUILESS_MAIN(tst_WaitGroup)
#include "tst_waitgroup.moc"
