#include "runtime/Cancelled.h"
#include "runtime/Channel.h"
#include "runtime/Runtime.h"
#include "runtime/Ticker.h"
#include "runtime/WaitGroup.h"
#include "trace/Tracer.h"
#include "TestTiming.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <unistd.h>
#include <vector>

using namespace cacophony;
using namespace std::chrono_literals;

namespace {

// Threads of this process, from /proc (Linux).
int processThreads()
{
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

} // namespace

class tst_Runtime : public QObject
{
    Q_OBJECT
private slots:
    void runsTasksWithIdsAndParents();
    void thousandSleepersFinishInAboutOneSleep();
    void thousandSleepersStartAtOnce();
    void blockedTaskKeepsItsThread();
    void idleThreadsExpire();
    void sleepLastsItsDuration();
    void clockIsMonotonic();
    void stopEndsBlockedEverywhere_data();
    void stopEndsBlockedEverywhere();
    void goAfterStopSpawnsNothing();
    void spinIsRecordedAsOneSpan();
    void startJitterHoldsTasksBack();
    void stopCutsStartJitterShort();
};

void tst_Runtime::runsTasksWithIdsAndParents()
{
    Tracer tracer;
    Runtime rt(&tracer);
    std::atomic<TaskId> childId{0}, parentSeen{0};
    const TaskId parent = rt.go(QStringLiteral("parent"), [&] {
        parentSeen = Runtime::currentTask();
        childId = rt.go(QStringLiteral("child"), [] {});
    });
    QVERIFY(parent != 0);
    QVERIFY(rt.wait(2000));
    QCOMPARE(parentSeen.load(), parent);
    const auto tasks = tracer.tasks();
    QCOMPARE(tasks.size(), std::size_t(2));
    const TraceData data = tracer.snapshot();
    QCOMPARE(data.task(childId)->parent, parent);
    QCOMPARE(data.task(childId)->name, QStringLiteral("child"));
    int starts = 0, ends = 0, spawns = 0;
    for (const Event &e : data.events) {
        starts += e.kind == EventKind::TaskStart;
        ends += e.kind == EventKind::TaskEnd;
        spawns += e.kind == EventKind::TaskSpawn;
    }
    QCOMPARE(starts, 2);
    QCOMPARE(ends, 2);
    QCOMPARE(spawns, 2);
}

void tst_Runtime::thousandSleepersFinishInAboutOneSleep()
{
    // Blocked tasks must not queue behind each other (Go adds threads for them).
    Runtime rt;
    std::atomic<int> done{0};
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 1000; ++i) {
        rt.go(QStringLiteral("sleeper"), [&] {
            rt.sleep(200ms);
            ++done;
        });
    }
    QVERIFY(rt.wait(20000));
    QCOMPARE(done.load(), 1000);
    // Serially this would take 200 s; allow for thread start-up on 2 busy cores.
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void tst_Runtime::thousandSleepersStartAtOnce()
{
    // A task never waits for a worker: all 1,000 are running (asleep) at the same time,
    // long before any sleep ends. A pool with a thread limit would stall at its limit.
    Runtime rt;
    std::atomic<int> started{0}, finished{0};
    for (int i = 0; i < 1000; ++i) {
        rt.go(QStringLiteral("sleeper"), [&] {
            ++started;
            rt.sleep(1h); // ended by stop()
            ++finished;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(started.load(), 1000, 30000);
    QCOMPARE(finished.load(), 0);
    QVERIFY(processThreads() >= 1000);
    rt.stop();
    QVERIFY(rt.wait(10000));
    QCOMPARE(finished.load(), 0); // every sleep was cancelled, none ran out
}

void tst_Runtime::blockedTaskKeepsItsThread()
{
    // A blocked task holds its thread: the tasks that run meanwhile get other threads,
    // and it resumes on its own.
    Runtime rt;
    Channel<int> wake(rt, QStringLiteral("wake"));
    std::atomic<pid_t> before{0}, after{0};
    std::atomic<bool> blocked{false};
    rt.go(QStringLiteral("blocked"), [&] {
        before = gettid();
        blocked = true;
        wake.receive();
        after = gettid();
    });
    QTRY_VERIFY_WITH_TIMEOUT(blocked.load(), 5000);
    std::mutex mutex;
    std::set<pid_t> others;
    for (int round = 0; round < 20; ++round) {
        for (int i = 0; i < 5; ++i) {
            rt.go(QStringLiteral("other"), [&] {
                std::lock_guard lock(mutex);
                others.insert(gettid());
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(rt.liveTasks(), 1, 5000);
    }
    QVERIFY(!others.empty());
    QVERIFY(!others.count(before.load()));
    wake.send(1);
    QVERIFY(rt.wait(5000));
    QCOMPARE(after.load(), before.load());
}

void tst_Runtime::idleThreadsExpire()
{
    // Threads added for blocked tasks go again once idle for the expiry time. Counted by
    // the tasks' own thread ids, not the process's thread count, which other tests'
    // threads (still ending when this one starts) would disturb.
    Runtime rt;
    rt.setIdleThreadExpiry(100ms);
    QCOMPARE(rt.idleThreadExpiry(), 100ms);
    Channel<int> release(rt, QStringLiteral("release"));
    std::mutex mutex;
    std::set<pid_t> threads; // guarded by mutex
    for (int i = 0; i < 20; ++i) {
        rt.go(QStringLiteral("blocked"), [&] {
            {
                std::lock_guard lock(mutex);
                threads.insert(gettid());
            }
            release.receive();
        });
    }
    auto count = [&] {
        std::lock_guard lock(mutex);
        return threads.size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(count(), std::size_t(20), 10000); // each blocked task has a thread of its own
    release.close();
    QVERIFY(rt.wait(5000));
    auto alive = [&] {
        std::lock_guard lock(mutex);
        return std::count_if(threads.begin(), threads.end(), [](pid_t tid) {
            return QDir(QStringLiteral("/proc/self/task/%1").arg(tid)).exists();
        });
    };
    QTRY_VERIFY2_WITH_TIMEOUT(alive() == 0, qPrintable(QStringLiteral("%1 of 20 still alive").arg(alive())), 10000);
}

void tst_Runtime::sleepLastsItsDuration()
{
    Runtime rt;
    QElapsedTimer timer;
    timer.start();
    rt.sleep(30ms);
    QVERIFY(timer.elapsed() >= 30);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed()))); // a loaded machine oversleeps
}

void tst_Runtime::clockIsMonotonic()
{
    Runtime rt;
    std::int64_t last = rt.now();
    QVERIFY(last >= 0);
    for (int i = 0; i < 10000; ++i) {
        const std::int64_t t = rt.now();
        QVERIFY(t >= last);
        last = t;
    }
}

void tst_Runtime::stopEndsBlockedEverywhere_data()
{
    QTest::addColumn<int>("tasksPerKind");
    QTest::newRow("1") << 1;
    QTest::newRow("20") << 20;
}

void tst_Runtime::stopEndsBlockedEverywhere()
{
    // Tasks blocked in every kind of wait, plus spinners: stop() wakes them all at once
    // (none waits out a timeout or polls), so they end as fast as the machine can run them
    // - a few ms on an idle one. On a busy one that takes longer however stop() works, so
    // each trial also measures a control: as many tasks, blocked on one channel and
    // spinning alongside, released by closing the channel. stop() must be about as quick
    // as that plain wake-up (twice it, plus 20 ms: waking by polling every 100 ms fails).
    // Checked on the median of several trials; every trial must still end within 1 s.
    QFETCH(int, tasksPerKind);
    std::vector<qint64> latencies, controls;
    for (int trial = 0; trial < 5; ++trial) {
        {
            Runtime rt;
            Channel<int> gate(rt, QStringLiteral("gate"));
            std::atomic<bool> released{false};
            std::atomic<int> started{0};
            for (int i = 0; i < 5 * tasksPerKind; ++i)
                rt.go(QStringLiteral("receiver"), [&] { ++started; gate.receive(); });
            for (int i = 0; i < tasksPerKind; ++i) {
                rt.go(QStringLiteral("spinner"), [&] {
                    ++started;
                    while (!released.load())
                        rt.spin();
                });
            }
            QTRY_COMPARE_WITH_TIMEOUT(started.load(), 6 * tasksPerKind, 5000);
            QTest::qWait(20); // let them all reach their waits
            QElapsedTimer timer;
            timer.start();
            released = true;
            gate.close();
            QVERIFY(rt.wait(1000));
            controls.push_back(timer.elapsed());
        }
        Runtime rt;
        Channel<int> unbuffered(rt, QStringLiteral("u"));
        Channel<int> full(rt, QStringLiteral("full"), 1);
        full.send(0);
        WaitGroup wg(rt);
        wg.add(1);
        Ticker ticker(rt, 10s);
        std::atomic<int> started{0};
        for (int i = 0; i < tasksPerKind; ++i) {
            rt.go(QStringLiteral("sleeper"), [&] { ++started; rt.sleep(15s); });
            rt.go(QStringLiteral("receiver"), [&] { ++started; unbuffered.receive(); });
            rt.go(QStringLiteral("sender"), [&] { ++started; full.send(1); });
            rt.go(QStringLiteral("waiter"), [&] { ++started; wg.wait(); });
            rt.go(QStringLiteral("ticker waiter"), [&] { ++started; ticker.c().receive(); });
            rt.go(QStringLiteral("spinner"), [&] {
                ++started;
                for (;;)
                    rt.spin();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(started.load(), 6 * tasksPerKind, 5000);
        QTest::qWait(20); // let them all reach their waits
        QElapsedTimer timer;
        timer.start();
        rt.stop();
        QVERIFY(rt.wait(1000));
        latencies.push_back(timer.elapsed());
        QCOMPARE(rt.liveTasks(), 0);
    }
    std::sort(latencies.begin(), latencies.end());
    std::sort(controls.begin(), controls.end());
    const qint64 median = latencies[latencies.size() / 2];
    const qint64 control = controls[controls.size() / 2];
    qInfo("stop latency median %lld ms, max %lld ms; control (closing a channel) median %lld ms", median,
          latencies.back(), control);
    const qint64 bound = 2 * control + test::boundMs(20);
    QVERIFY2(median <= bound, qPrintable(QStringLiteral("median stop latency %1 ms, bound %2 ms (the machine woke as many tasks blocked on a channel in %3 ms)")
                                             .arg(median)
                                             .arg(bound)
                                             .arg(control)));
}

void tst_Runtime::goAfterStopSpawnsNothing()
{
    Runtime rt;
    rt.stop();
    std::atomic<bool> ran{false};
    QCOMPARE(rt.go(QStringLiteral("late"), [&] { ran = true; }), TaskId(0));
    QVERIFY(rt.wait(1000));
    QVERIFY(!ran.load());
}

void tst_Runtime::spinIsRecordedAsOneSpan()
{
    Tracer tracer;
    Runtime rt(&tracer);
    std::atomic<bool> flag{false};
    rt.go(QStringLiteral("spinner"), [&] {
        while (!flag.load())
            rt.spin();
        rt.sleep(1ms); // a completed operation closes the span
    });
    QTest::qWait(30);
    flag = true;
    QVERIFY(rt.wait(2000));
    int spans = 0;
    double ms = 0;
    for (const Event &e : tracer.snapshot().events) {
        if (e.kind == EventKind::Spin) {
            ++spans;
            ms = e.dur / 1e6;
        }
    }
    QCOMPARE(spans, 1);
    QVERIFY2(ms >= 20, qPrintable(QString::number(ms)));
}

// Spawn -> start gaps of tasks spawned one after another from outside the runtime.
static std::vector<std::int64_t> startGaps(std::chrono::nanoseconds jitter, std::uint64_t seed, int tasks)
{
    Tracer tracer;
    Runtime rt(&tracer);
    rt.setStartJitter(jitter, seed);
    for (int i = 0; i < tasks; ++i)
        rt.go(QStringLiteral("t%1").arg(i), [] {});
    if (!rt.wait(5000))
        return {};
    std::vector<std::int64_t> spawn(tasks + 1, -1), gaps;
    for (const Event &e : tracer.snapshot().events) {
        if (e.kind == EventKind::TaskSpawn && e.object <= std::uint32_t(tasks))
            spawn[e.object] = e.t;
    }
    for (const Event &e : tracer.snapshot().events) {
        if (e.kind == EventKind::TaskStart && e.task <= std::uint32_t(tasks))
            gaps.push_back(e.t - spawn[e.task]);
    }
    return gaps;
}

void tst_Runtime::startJitterHoldsTasksBack()
{
    // 20 tasks, up to 50 ms each: the draws spread over the range, so some task waits
    // well over 10 ms and none longer than the maximum (plus a busy machine's slack).
    const auto gaps = startGaps(50ms, 7, 20);
    QCOMPARE(int(gaps.size()), 20);
    QVERIFY2(*std::max_element(gaps.begin(), gaps.end()) > 10'000'000, "no task was held back");
    QVERIFY(*std::max_element(gaps.begin(), gaps.end()) < 50'000'000 + test::boundMs(200) * 1'000'000);
}

void tst_Runtime::stopCutsStartJitterShort()
{
    Runtime rt;
    rt.setStartJitter(std::chrono::seconds(60), 1);
    std::atomic<bool> ran{false};
    rt.go(QStringLiteral("waiting for the scheduler"), [&] { ran = true; });
    QElapsedTimer timer;
    timer.start();
    rt.stop();
    QVERIFY(rt.wait(int(test::boundMs(1000))));
    QVERIFY(timer.elapsed() < test::boundMs(1000));
    QVERIFY(!ran.load()); // cancelled before it ever ran
}

QTEST_GUILESS_MAIN(tst_Runtime)
#include "tst_runtime.moc"
