#include "runtime/Cancelled.h"
#include "runtime/Runtime.h"
#include "runtime/Select.h"

#include <QElapsedTimer>
#include <QTest>
#include <atomic>

using namespace cacophony;
using namespace std::chrono_literals;

class tst_Select : public QObject
{
    Q_OBJECT
private slots:
    void defaultTakenWhenNothingReady();
    void readyCaseBeatsDefault();
    void blocksUntilFirstReady();
    void choosesFairlyAmongReady();
    void sendCase();
    void receiveCaseSeesClose();
    void timeout();
    void onlyOneCaseCompletes();
    void stopWakesBlockedSelect();
};

void tst_Select::defaultTakenWhenNothingReady()
{
    Runtime rt;
    Channel<int> a(rt, QStringLiteral("a")), b(rt, QStringLiteral("b"), 1);
    bool tookDefault = false;
    const int index = Select(rt)
                          .recv(a, [](int) { QFAIL("a is empty"); })
                          .recv(b, [](int) { QFAIL("b is empty"); })
                          .otherwise([&] { tookDefault = true; })
                          .run();
    QCOMPARE(index, -1);
    QVERIFY(tookDefault);
}

void tst_Select::readyCaseBeatsDefault()
{
    Runtime rt;
    Channel<int> a(rt, QStringLiteral("a"), 1);
    a.send(3);
    int got = 0;
    const int index = Select(rt).recv(a, [&](int v) { got = v; }).otherwise([] { QFAIL("a was ready"); }).run();
    QCOMPARE(index, 0);
    QCOMPARE(got, 3);
}

void tst_Select::blocksUntilFirstReady()
{
    Runtime rt;
    Channel<int> a(rt, QStringLiteral("a")), b(rt, QStringLiteral("b"));
    rt.go(QStringLiteral("sender"), [&] {
        rt.sleep(30ms);
        b.send(9);
    });
    QElapsedTimer timer;
    timer.start();
    int got = 0;
    const int index = Select(rt).recv(a, [](int) { QFAIL("nothing sent on a"); }).recv(b, [&](int v) { got = v; }).run();
    QCOMPARE(index, 1);
    QCOMPARE(got, 9);
    QVERIFY(timer.elapsed() >= 25);
    QVERIFY(rt.wait(2000));
}

void tst_Select::choosesFairlyAmongReady()
{
    // Go picks uniformly among ready cases; a fixed order would starve one of them.
    Runtime rt;
    Channel<int> a(rt, QStringLiteral("a"), 1), b(rt, QStringLiteral("b"), 1);
    int countA = 0, countB = 0;
    for (int i = 0; i < 2000; ++i) {
        a.trySend(1);
        b.trySend(2);
        Select(rt).recv(a, [&](int) { ++countA; }).recv(b, [&](int) { ++countB; }).run();
    }
    QVERIFY2(countA > 700 && countB > 700, qPrintable(QStringLiteral("%1 / %2").arg(countA).arg(countB)));
}

void tst_Select::sendCase()
{
    Runtime rt;
    Channel<int> out(rt, QStringLiteral("out"));
    std::atomic<int> got{0};
    rt.go(QStringLiteral("receiver"), [&] { got = out.receive().value; });
    bool sent = false;
    Select(rt).send(out, 42, [&] { sent = true; }).run();
    QVERIFY(sent);
    QTRY_COMPARE_WITH_TIMEOUT(got.load(), 42, 2000);
}

void tst_Select::receiveCaseSeesClose()
{
    Runtime rt;
    Channel<int> a(rt, QStringLiteral("a"));
    rt.go(QStringLiteral("closer"), [&] {
        rt.sleep(10ms);
        a.close();
    });
    bool sawOk = true;
    Select(rt).recv(a, [&](int, bool ok) { sawOk = ok; }).run();
    QVERIFY(!sawOk);
}

void tst_Select::timeout()
{
    Runtime rt;
    Channel<int> a(rt, QStringLiteral("a"));
    bool timedOut = false;
    QElapsedTimer timer;
    timer.start();
    const int index = Select(rt).recv(a, [](int) {}).timeout(40ms, [&] { timedOut = true; }).run();
    QCOMPARE(index, -2);
    QVERIFY(timedOut);
    QVERIFY(timer.elapsed() >= 35);
    // The abandoned select left nothing queued: a later sender is not matched with it.
    QVERIFY(!a.trySend(1));
}

void tst_Select::onlyOneCaseCompletes()
{
    // Two senders race for one select over two channels: exactly one value is taken, the
    // other sender stays blocked until someone else receives.
    for (int round = 0; round < 200; ++round) {
        Runtime rt;
        Channel<int> a(rt, QStringLiteral("a")), b(rt, QStringLiteral("b"));
        rt.go(QStringLiteral("sa"), [&] { a.send(1); });
        rt.go(QStringLiteral("sb"), [&] { b.send(2); });
        int got = 0;
        Select(rt).recv(a, [&](int v) { got += v; }).recv(b, [&](int v) { got += v; }).run();
        QVERIFY(got == 1 || got == 2);
        QCOMPARE(rt.liveTasks() >= 1, true);
        // Take the other one; both senders must then finish.
        if (got == 1)
            QCOMPARE(b.receive().value, 2);
        else
            QCOMPARE(a.receive().value, 1);
        QVERIFY(rt.wait(2000));
    }
}

void tst_Select::stopWakesBlockedSelect()
{
    Runtime rt;
    Channel<int> a(rt, QStringLiteral("a")), b(rt, QStringLiteral("b"));
    std::atomic<bool> cancelled{false};
    rt.go(QStringLiteral("selector"), [&] {
        try {
            Select(rt).recv(a, [](int) {}).recv(b, [](int) {}).run();
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

QTEST_GUILESS_MAIN(tst_Select)
#include "tst_select.moc"
