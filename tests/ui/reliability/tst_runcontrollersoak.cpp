// The one-hour session in CI size: a continuous run of scenario 9 (a task per beat) at
// 6000 BPM through RunController, with the window shortened from 10 minutes to 2 s, for
// long enough that the run spawns many times the tasks it keeps. What a long session
// must not do, it must not do here: hold more events or more task names than its window,
// or stall the UI thread. Also built and run under the asan preset (RunController is
// compiled into the test there, as that preset builds no UI library).

#include "session/RunController.h"

#include "TestTiming.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace cacophony;

class tst_RunControllerSoak : public QObject
{
    Q_OBJECT

private slots:
    void continuousRunStaysBounded()
    {
        constexpr std::int64_t kSpanNs = 2'000'000'000; // 2 s: 200 beats at 6000 BPM
        constexpr std::size_t kMaxEvents = 5'000;
        // Spawned tasks to reach: 10x the ~200 beat tasks a 2 s window holds.
        constexpr std::uint32_t kTasksToSpawn = 2'000;
        // Events arriving between two trims (the controller polls at 10 Hz) come on top.
        const auto eventBound = std::size_t(TraceWindow::kHeadroom * kMaxEvents) + 3'000;
        constexpr std::size_t kNameBound = 800;
        const qint64 stallBoundMs = test::boundMs(250);

        RunController controller;
        controller.setRetention(kSpanNs, kMaxEvents);
        RunSettings s;
        s.scenario = s.strategy = QStringLiteral("async_naive");
        s.profile = QStringLiteral("random");
        s.bpm = 6000;
        s.beats = 0;
        s.seed = 11;

        // UI lag: how late a 60 Hz timer fires, as a user would feel it.
        QElapsedTimer clock;
        qint64 last = -1, worstLag = 0;
        QTimer frame;
        frame.setTimerType(Qt::PreciseTimer);
        frame.setInterval(16);
        connect(&frame, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (last >= 0)
                worstLag = std::max(worstLag, now - last - 16);
            last = now;
        });
        std::size_t namesMax = 0;
        connect(&controller, &RunController::namesChanged, this,
            [&](const std::vector<TaskInfo> &tasks, const std::vector<ObjectInfo> &) {
                namesMax = std::max(namesMax, tasks.size());
            });
        std::uint32_t newestTask = 0;
        connect(&controller, &RunController::eventsArrived, this, [&](const EventBatch &batch) {
            for (const Event &e : batch) {
                if (e.kind == EventKind::TaskSpawn)
                    newestTask = std::max(newestTask, e.object);
            }
        });

        QVERIFY(controller.start(s));
        clock.start();
        frame.start();
        std::size_t eventsMax = 0, tasksMax = 0;
        QElapsedTimer sampled;
        sampled.start();
        // Bounded: 6000 BPM spawns 100 tasks a second, so this takes ~20 s (more when slow).
        while (newestTask < kTasksToSpawn && clock.elapsed() < 120'000) {
            QTest::qWait(50);
            if (sampled.elapsed() >= 1000) {
                sampled.restart();
                const TraceData now = controller.trace();
                eventsMax = std::max(eventsMax, now.events.size());
                tasksMax = std::max(tasksMax, now.tasks.size());
            }
        }
        const TraceData atEnd = controller.trace();
        controller.stop();
        frame.stop();
        qInfo("spawned %u tasks in %lld ms; held at most %zu events, %zu task names (%zu announced), "
              "%zu dropped; worst UI lag %lld ms",
            newestTask, clock.elapsed(), eventsMax, tasksMax, namesMax, controller.droppedEvents(), worstLag);

        QVERIFY2(newestTask >= kTasksToSpawn, qPrintable(QString::number(newestTask)));
        QVERIFY(controller.droppedEvents() > 0);
        QVERIFY2(eventsMax <= eventBound, qPrintable(QString::number(eventsMax)));
        QVERIFY2(tasksMax <= kNameBound, qPrintable(QString::number(tasksMax)));
        QVERIFY2(namesMax <= kNameBound, qPrintable(QString::number(namesMax)));
        QVERIFY2(atEnd.tasks.size() <= kNameBound, qPrintable(QString::number(atEnd.tasks.size())));
        // Every event held still has its task's name.
        for (const Event &e : atEnd.events) {
            if (e.task != 0)
                QVERIFY2(atEnd.task(e.task) != nullptr, qPrintable(QString::number(e.task)));
        }
        QVERIFY2(worstLag <= stallBoundMs, qPrintable(QStringLiteral("UI stalled %1 ms").arg(worstLag)));
    }
};

QTEST_GUILESS_MAIN(tst_RunControllerSoak)
#include "tst_runcontrollersoak.moc"
