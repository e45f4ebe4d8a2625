// The hand-off of a task to a QThreadPool thread that is already running, the one path
// ThreadSanitizer cannot see through Qt's (uninstrumented) locks.
//
// The same source is built twice under the tsan preset: tst_runtimehandoff with the
// runtime as shipped (must be clean: the annotation is sufficient) and
// tst_runtimehandoff_unannotated with the runtime compiled without it (CTest expects a
// "ThreadSanitizer: data race" report: the annotation is needed). In other builds it
// checks that the task sees what its spawner wrote.

#include "runtime/Runtime.h"

#include <QTest>
#include <atomic>
#include <vector>

using namespace cacophony;
using namespace std::chrono_literals;

class tst_RuntimeHandOff : public QObject
{
    Q_OBJECT
private slots:
    void runningThreadTakesQueuedTask();
};

void tst_RuntimeHandOff::runningThreadTakesQueuedTask()
{
    // Pool threads: one idle (W), one running `finisher` (T). go(reader) queues the
    // reader and wakes W; T's task ends at that moment and T, already on a CPU, takes the
    // reader from the queue before W has woken. T has synchronised with the spawner only
    // inside QThreadPool. The flag is relaxed on purpose: it must not order anything.
    constexpr int kRounds = 40;
    int taken = 0;
    for (int round = 0; round < kRounds; ++round) {
        Runtime rt;
        std::atomic<bool> idleDone{false}, finisherRunning{false}, release{false};
        // Two pool threads: the first task's thread, idle again once it ends.
        rt.go(QStringLiteral("warm-up"), [&] { idleDone.store(true); });
        QTRY_VERIFY_WITH_TIMEOUT(idleDone.load(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rt.liveTasks(), 0, 5000);
        rt.go(QStringLiteral("finisher"), [&] {
            finisherRunning.store(true);
            while (!release.load(std::memory_order_relaxed)) {
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(finisherRunning.load(), 5000);
        idleDone = false;
        rt.go(QStringLiteral("second"), [&] { idleDone.store(true); }); // a new thread, idle after
        QTRY_VERIFY_WITH_TIMEOUT(idleDone.load(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rt.liveTasks(), 1, 5000);

        auto *written = new std::vector<int>(64, round); // plain memory, written here only
        std::atomic<int> seen{-1};
        rt.go(QStringLiteral("reader"), [written, &seen] { seen.store((*written)[63]); });
        release.store(true, std::memory_order_relaxed);
        QVERIFY(rt.wait(5000));
        QCOMPARE(seen.load(), round);
        delete written;
        ++taken;
    }
    QCOMPARE(taken, kRounds);
}

QTEST_GUILESS_MAIN(tst_RuntimeHandOff)
#include "tst_runtimehandoff.moc"
