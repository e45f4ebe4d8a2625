// The painter's layout at presentation scale: every lane label is whole (none elided, as
// "counting ser…" was at 2.5x), in the window at a projector's 1024 px and in exports
// with --presentation-scale 2 and 2.5.

#include "../SyntheticTrace.h"
#include "export/ChartExporter.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"
#include "timeline/render/HitIndex.h"

#include <QFontMetricsF>
#include <QTest>
#include <algorithm>
#include <qcustomplot.h>

using namespace cacophony;

class tst_TimelinePainter : public QObject
{
    Q_OBJECT

private slots:
    void laneLabelsWholeAtPresentationScale_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("width");
        for (double scale : {1.0, 2.0, 2.5}) {
            for (int width : {1024, ChartExporter::kPageWidth})
                QTest::newRow(qPrintable(QStringLiteral("%1x, %2 px").arg(scale).arg(width))) << scale << width;
        }
    }

    void laneLabelsWholeAtPresentationScale()
    {
        QFETCH(double, scale);
        QFETCH(int, width);
        TraceData trace = synthetic::servicesRun();
        trace.tasks.push_back(TaskInfo{99, 1, QStringLiteral("volume measuring service")});
        trace.events.push_back(synthetic::ev(EventKind::TaskStart, 0, {.task = 99}));
        trace.events.push_back(synthetic::ev(EventKind::TaskEnd, 1'000'000, {.task = 99}));
        synthetic::sortByTime(trace);
        TimelineView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.setView(TimelineView::View::Tasks);
        view.setPresentationScale(scale);
        view.setTraceData(trace);
        view.resize(width, ChartExporter::fittedHeight(view));
        view.show();
        view.refresh();
        const QFontMetricsF fm(view.plot()->font());
        const int left = view.plot()->axisRect()->left();
        for (const QString &label : view.laneLabels()) {
            // The label, its padding either side, and a channel's cylinder before it.
            const double needed = fm.horizontalAdvance(label) + 20;
            QVERIFY2(needed <= left, qPrintable(QStringLiteral("\"%1\" needs %2 px, has %3").arg(label).arg(needed).arg(left)));
        }
    }

    void unfinishedTasksEndAtWhatHappened()
    {
        // A live run at 60 BPM: the ghost grid is planned 14 s ahead, the tasks have done
        // 120 ms of work and are still running. Their boxes end where that work ends, not
        // seconds into the future.
        RunSettings settings;
        settings.scenario = QStringLiteral("sync_adaptive_delay");
        settings.strategy = QStringLiteral("sync_adaptive_delay");
        settings.bpm = 60;
        settings.beats = 15;
        TimelineView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.setView(TimelineView::View::Tasks);
        view.clear(settings);
        view.updateNames({TaskInfo{1, 0, QStringLiteral("main")}, TaskInfo{2, 1, QStringLiteral("worker")}}, {});
        EventBatch batch;
        using synthetic::ev;
        batch.push_back(ev(EventKind::TaskStart, 0, {.task = 1}));
        batch.push_back(ev(EventKind::TaskSpawn, 1'000'000, {.task = 1, .object = 2}));
        batch.push_back(ev(EventKind::TaskStart, 2'000'000, {.task = 2}));
        batch.push_back(ev(EventKind::Sleep, 2'000'000, {.dur = 118'000'000, .task = 2, .a = 118'000'000}));
        batch.push_back(ev(EventKind::Sleep, 1'000'000, {.dur = 100'000'000, .task = 1, .a = 100'000'000}));
        for (int n = 0; n < 15; ++n)
            batch.push_back(ev(EventKind::IdealBeat, n * 1'000'000'000LL, {.a = n}));
        view.appendEvents(batch);
        view.setTimeRange(-500, 15'000); // the whole planned run in view
        view.resize(1400, 300);
        view.show();
        view.refresh();
        const double workEnd = view.plot()->xAxis->coordToPixel(120.0);
        const auto lives = view.hitIndex().boxes(TimelineHit::TaskLife);
        QCOMPARE(int(lives.size()), 2);
        for (const auto &[box, hit] : lives)
            QVERIFY2(box.right() <= std::max(workEnd, box.left() + 6) + 1,
                     qPrintable(QStringLiteral("task %1 ends at %2 px, its work at %3 px").arg(hit.ev).arg(box.right()).arg(workEnd)));
    }
};

QTEST_MAIN(tst_TimelinePainter)
#include "tst_timelinepainter.moc"
