// The hand-off of a task to a QThreadPool thread that is already running: the path on
// which ThreadSanitizer sees no synchronisation at all, as it goes only through Qt's
// (uninstrumented, futex-based) QMutex.
//
// The same source is built twice under the tsan preset: tst_runtimehandoff with the
// runtime as shipped (must be clean: the annotation in core/util/TsanHandOff.h is
// sufficient) and tst_runtimehandoff_unannotated with the runtime compiled without it
// (CTest expects "ThreadSanitizer: data race": the annotation is needed). In every build
// it checks that the task ran on that path and saw what its spawner wrote.

#include "runtime/Runtime.h"

#include <QElapsedTimer>
#include <QTest>
#include <atomic>
#include <sched.h>
#include <unistd.h>
#include <vector>

using namespace cacophony;

namespace {

bool pinToCpu(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return sched_setaffinity(0, sizeof set, &set) == 0; // 0: the calling thread
}

} // namespace

class tst_RuntimeHandOff : public QObject
{
    Q_OBJECT
private slots:
    void runningThreadTakesQueuedTask();
};

void tst_RuntimeHandOff::runningThreadTakesQueuedTask()
{
    // Two pool threads: T runs `finisher`, W waits idle in the pool. go(reader) puts the
    // reader in the pool's queue and wakes W, but W shares a CPU with this thread at idle
    // priority while this thread spins, so T, on the other CPU, ends its task and takes
    // the reader from the queue. T's only synchronisation with this thread is inside
    // QThreadPool. The release flag is relaxed on purpose: it must not order anything.
    cpu_set_t original;
    QVERIFY(sched_getaffinity(0, sizeof original, &original) == 0);
    if (CPU_COUNT(&original) < 2 || !CPU_ISSET(0, &original) || !CPU_ISSET(1, &original))
        QSKIP("needs CPUs 0 and 1");
    QVERIFY(pinToCpu(0));
    // Other processes on a busy machine may still let W in now and then: rounds repeat
    // until the path under test was taken kTaken times (bounded).
    constexpr int kTaken = 5, kMaxRounds = 60;
    int taken = 0;
    for (int round = 0; round < kMaxRounds && taken < kTaken; ++round) {
        Runtime rt;
        std::atomic<bool> done{false}, finisherRunning{false}, release{false};
        std::atomic<pid_t> finisherTid{0}, readerTid{0};
        rt.go(QStringLiteral("warm-up"), [&] { done.store(true); }); // thread T, idle after
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rt.busyThreads(), 0, 5000);
        rt.go(QStringLiteral("finisher"), [&] { // T again
            pinToCpu(1);
            finisherTid = gettid();
            finisherRunning.store(true);
            while (!release.load(std::memory_order_relaxed)) {
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(finisherRunning.load(), 5000);
        done = false;
        rt.go(QStringLiteral("second"), [&] { // thread W, idle after
            pinToCpu(0);
            sched_param idle {};
            sched_setscheduler(0, SCHED_IDLE, &idle);
            done.store(true);
        });
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 5000);
        // W is back in the pool's list of waiting threads: only T is busy.
        QTRY_COMPARE_WITH_TIMEOUT(rt.busyThreads(), 1, 5000);

        auto *written = new std::vector<int>(64, round); // plain memory, written here only
        std::atomic<int> seen{-1};
        rt.go(QStringLiteral("reader"), [written, &seen, &readerTid] {
            readerTid = gettid();
            seen.store((*written)[63]);
        });
        release.store(true, std::memory_order_relaxed);
        QElapsedTimer spin; // keeps W off CPU 0 until the reader has started (bounded)
        spin.start();
        while (readerTid.load() == 0 && spin.elapsed() < 5000) {
        }
        QVERIFY(rt.wait(5000));
        QCOMPARE(seen.load(), round);
        taken += readerTid.load() == finisherTid.load(); // the path under test was taken
        delete written;
    }
    sched_setaffinity(0, sizeof original, &original);
    QCOMPARE(taken, kTaken);
}

QTEST_GUILESS_MAIN(tst_RuntimeHandOff)
#include "tst_runtimehandoff.moc"
