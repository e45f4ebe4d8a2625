#include "session/RunController.h"

#include "trace/TraceWindow.h"

#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace cacophony;

namespace {

RunSettings settings(int beats, int bpm = 6000)
{
    RunSettings s;
    s.scenario = QStringLiteral("async_with_channels_services");
    s.strategy = QStringLiteral("async_with_channels_services");
    s.profile = QStringLiteral("random");
    s.bpm = bpm;
    s.beats = beats;
    s.seed = 7;
    return s;
}

bool byTimeThenFields(const Event &x, const Event &y)
{
    return std::tie(x.t, x.dur, x.task, x.object, x.a, x.b, x.kind, x.flags)
         < std::tie(y.t, y.dur, y.task, y.object, y.a, y.b, y.kind, y.flags);
}

} // namespace

// The run controller of the window, with real runs: continuous runs keep a bounded window
// and tell their listeners exactly what they dropped.
class tst_RunController : public QObject
{
    Q_OBJECT

private slots:
    void continuousRunKeepsABoundedWindow()
    {
        constexpr std::int64_t kSpanNs = 300'000'000; // 0.3 s: 30 beats at 6000 BPM
        RunController controller;
        controller.setRetention(kSpanNs, 1'000'000);

        // A listener that keeps what it is sent and drops what it is told, like the timeline.
        std::vector<Event> shown;
        std::vector<qint64> cutoffs;
        connect(&controller, &RunController::eventsArrived, this,
                [&shown](const EventBatch &batch) { shown.insert(shown.end(), batch.begin(), batch.end()); });
        connect(&controller, &RunController::eventsDropped, this, [&](qint64 cutoff, quint64) {
            cutoffs.push_back(cutoff);
            shown = TraceWindow::keepFrom(shown, cutoff);
        });
        QSignalSpy ended(&controller, &RunController::runEnded);

        QVERIFY(controller.start(settings(0)));
        // At 6000 BPM a beat is 10 ms: a few spans of play take a few seconds at most.
        QTRY_VERIFY_WITH_TIMEOUT(cutoffs.size() >= 3, 30000);
        QVERIFY(controller.droppedEvents() > 0);
        QVERIFY(std::is_sorted(cutoffs.begin(), cutoffs.end()));

        // While it plays: only the window, and it covers the newest time.
        const TraceData live = controller.trace();
        QVERIFY(!live.events.empty());
        QVERIFY(std::is_sorted(live.events.begin(), live.events.end(),
                               [](const Event &x, const Event &y) { return x.t < y.t; }));
        std::int64_t newest = 0;
        int beforeCutoff = 0;
        for (const Event &e : live.events) {
            if (e.kind != EventKind::IdealBeat) // the ghost grid runs ahead of the run
                newest = std::max(newest, e.end());
            // The starts of the tasks that still run, and what arrived since the last trim.
            beforeCutoff += e.end() < cutoffs.back();
        }
        QVERIFY2(beforeCutoff <= 64, qPrintable(QString::number(beforeCutoff)));
        QVERIFY2(double(newest - cutoffs.back()) <= TraceWindow::kHeadroom * kSpanNs + 200'000'000,
                 qPrintable(QString::number(newest - cutoffs.back())));
        QVERIFY(std::any_of(live.events.begin(), live.events.end(),
                            [](const Event &e) { return e.kind == EventKind::Beat; }));
        QVERIFY(!live.tasks.empty());

        controller.stop();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5000);
        const TraceData last = ended.at(0).at(0).value<TraceData>();
        // The listener's copy and the controller's are the same events: nothing dropped
        // twice, nothing kept on one side only, the final batches included.
        std::vector<Event> a = last.events, b = shown;
        std::sort(a.begin(), a.end(), byTimeThenFields);
        std::sort(b.begin(), b.end(), byTimeThenFields);
        QCOMPARE(a.size(), b.size());
        QVERIFY(a == b);
        QCOMPARE(controller.trace().events.size(), last.events.size());
        // It went on after the live look, and those events are in.
        QVERIFY(last.events.back().t > live.events.back().t);
        QVERIFY(last.events.front().t >= live.events.front().t);
    }

    void countedRunKeepsEverything()
    {
        RunController controller;
        controller.setRetention(1'000'000, 10); // would drop nearly all, were it continuous
        QSignalSpy dropped(&controller, &RunController::eventsDropped);
        QSignalSpy ended(&controller, &RunController::runEnded);
        std::size_t arrived = 0;
        connect(&controller, &RunController::eventsArrived, this,
                [&arrived](const EventBatch &batch) { arrived += batch.size(); });
        QVERIFY(controller.start(settings(40)));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 30000);
        QCOMPARE(dropped.size(), 0);
        QCOMPARE(controller.droppedEvents(), std::size_t(0));
        const TraceData trace = ended.at(0).at(0).value<TraceData>();
        QCOMPARE(trace.events.size(), arrived);
        QCOMPARE(int(std::count_if(trace.events.begin(), trace.events.end(),
                                   [](const Event &e) { return e.kind == EventKind::Beat; })),
                 40);
    }
};

QTEST_GUILESS_MAIN(tst_RunController)
#include "tst_runcontroller.moc"
